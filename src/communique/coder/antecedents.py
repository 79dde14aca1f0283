"""Pronoun antecedents on the phrase view (spec §3.7), found once the view's clauses and their PRE-noun candidates are
built (phrase_builder.Builder.build): a pronoun in a complement clause stands for its governor's first object, else
its subject; a reflexive object for its clause's subject; a first-person pronoun in a fronted quotation for the
quotation's speaker; and a possessive pronoun that determines a complement's subject ("said his country would ...")
for the governing verb's subject.

    find_antecedents(view, pronouns)   # sets NounPhrase.antecedent, .speaker and .possessor in place
"""
from __future__ import annotations

from functools import lru_cache

from ..extract.reference_words import reference_words
from .actors.possessors import state_nouns
from .phrases import Clause, NounPhrase, SentenceView

COMPLEMENT_LABELS = frozenset({"ccomp", "xcomp", "advcl"})


def find_antecedents(v: SentenceView, pronouns: bool) -> None:
    """§3.7: a pronoun in a complement clause stands for its governor's first object (before the
    complement), else its subject, climbing further when the governor has neither; a reflexive object
    stands for its own clause's subject; pronouns in top-level or conj-only clauses stay unresolved. The
    possessive pronoun that determines a complement clause's subject ("said his country would ...", and "the
    country" as it) is given the governing verb's subject, as the subject's `possessor` (`_possessed`,
    `_governing_np` with no object; read only with the switch `possessive_antecedents`: PETRARCH-2 ignores possessive
    pronouns, §3.7)."""
    for cl in v.clauses.values():
        for np in cl.subjects:
            if np.possessor is None and _possessed(v, np.head):
                np.possessor = _governing_np(v, cl, objects=False)
    if not pronouns:
        return
    for cl in v.clauses.values():
        for np in _clause_nps(cl):
            if not np.is_pronoun or np.antecedent is not None:
                continue
            if np.is_reflexive:
                if np in cl.objects and cl.subject_candidates:
                    np.antecedent = cl.subject_candidates[0]
                continue
            np.antecedent = _governing_np(v, cl)
            if np.antecedent is None and v.words[np.head] in _first_person():
                np.speaker = _fronted_speaker(v, cl)


def _clause_nps(cl: Clause):
    stack = list(cl.subjects) + list(cl.objects) + [pp.obj for pp in cl.pps + cl.fronted_pps if pp.obj is not None]
    seen = set()
    while stack:
        np = stack.pop()
        if id(np) in seen:
            continue
        seen.add(id(np))
        yield np
        stack.extend(np.nested)
        stack.extend(pp.obj for pp in np.pps if pp.obj is not None)


def _fronted_speaker(v: SentenceView, cl: Clause) -> NounPhrase | None:
    """The subject of the reporting verb whose quotation, fronted before it, holds clause cl (climbing
    conjuncts and complements), else None: '"We will attack," the army said' gives "the army"."""
    g, seen = cl, set()
    while (g.dep == "conj" or g.dep in COMPLEMENT_LABELS) and g.governor is not None and g.governor not in seen:
        if g.fronted_top:
            reporting = v.clauses.get(g.governor)
            return reporting.subjects[0] if reporting is not None and reporting.subjects else None
        seen.add(g.governor)
        g = v.clauses.get(g.governor)
        if g is None:
            return None
    return None


def _possessed(v: SentenceView, head: int) -> bool:
    """Whether a subject's head is determined by a possessive pronoun ("his country", "its troops"), or is a
    noun naming a state itself after "the" ("the country", "the nation": data/coder_possessed_states.tsv),
    which stands for the state of the one who speaks of it as a possessive does."""
    return any((v.deps[c] == "poss" and v.tags[c] == "PRP$")
               or (v.deps[c] == "det" and v.words[c] == "THE" and v.words[head] in state_nouns())
               for c in v.children[head])


def _governing_np(v: SentenceView, cl: Clause, objects: bool = True) -> NounPhrase | None:
    """§3.7's antecedent of a pronoun in clause cl: the first object before cl of the verb that governs it as a
    complement, else that verb's subject, climbing conjuncts and complements with neither. `objects=False`: the
    subject alone, a possessive's antecedent ("Yland's minister told Xland's envoy that his country would ...":
    the minister; a speaker's possessive names the speaker's own side, where the object-first recipe would
    make it the addressee's)."""
    g, seen = cl, set()
    while g.dep == "conj" and g.governor is not None and g.governor not in seen:
        seen.add(g.governor)
        g = v.clauses[g.governor]
    while g.dep in COMPLEMENT_LABELS and g.governor is not None and g.governor not in seen:
        if g.fronted_top:  # a fronted quote is a sibling clause, not a complement (§4.1): no governor
            return None
        seen.add(g.governor)
        h = v.clauses.get(g.governor)
        if h is None:
            return None
        before = [o for o in h.objects if o.head < g.verb and v.deps[o.head] in ("dobj", "dative", "attr")]
        if objects and before:
            return before[0]
        if h.subjects:
            return h.subjects[0]
        g = h
        while g.dep == "conj" and g.governor is not None and g.governor not in seen:
            seen.add(g.governor)
            g = v.clauses[g.governor]
    return None


@lru_cache(maxsize=1)
def _first_person() -> frozenset[str]:
    """The pronouns that speak for the speaker, upper case: what a quotation's speaker says of "I" and "we" is said
    of the speaker (data/actor_references.tsv, pronoun:first)."""
    return frozenset(word.upper() for word in reference_words()["pronoun:first"])
