"""A foiled attack is the attackers' act, not the foiler's (profile `communique`, switch `foiled_attacks`; session 28).

CAMEO.2.0.txt's FOIL block (FOIL, THWART) codes the act that was foiled: `- * {ASSASSINATION ATTEMPT} [185]`,
`- * {ROCKET ATTACK} [193]`. PETRARCH-2 gives that code the clause's subject as its source and the object's actors as
its target, so "Israeli troops thwarted a rocket attack from Gaza" reads ISRMIL -> PSEGZA 193: the foiler fires the
rockets at the attackers. The act coded is the attack attempted: its source is the attacker the object names (a
FROM or BY phrase, the agent of a participle, "launched by Houthi rebels", or a modifier of the attack's noun,
"a Houthi rocket attack"), else unidentified; its target is the attack's own target where the object names one ("on
the interior minister", "against a church", "in Kabul"), else the foiler, the side the attack was stopped by and
aimed at ("Saudi air defences thwarted a rocket attack launched by Houthi rebels": YEMREB -> SAU). Only force
(CAMEO 18-20) under a verb of data/coder_foil_verbs.tsv; the block's other patterns (a bid foiled, 1246) are left.
`petrarch2` keeps PETRARCH-2's reading.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Span

from ...data_files import upper_words
from ..cameo_roots import FORCE_ROOTS
from ..phrases import SentenceView

VERBS_FILE = "coder_foil_verbs.tsv"
ATTACKER_PREPOSITIONS = frozenset({"FROM", "BY"})
STEP = "addition: a foiled attack is the attackers' act (foiled_attacks)"


@lru_cache(maxsize=1)
def foil_verbs() -> frozenset[str]:
    """The verbs of data/coder_foil_verbs.tsv (lemmas, upper case)."""
    return upper_words(VERBS_FILE, "the verbs of foiling an attack")


def foiled_attacks(records: Sequence, view: SentenceView, lemmas: list[str], sent: Span) -> list:
    """The records of force under a verb of foiling turned round (see the module docstring): per (verb, code), one
    record from each attacker the object names (else an unidentified source) to each target it names (else the
    foiler)."""
    groups: dict[tuple[int, str], list] = {}
    for record in records:
        if record.code.startswith(FORCE_ROOTS) and 0 <= record.verb < len(lemmas) \
                and lemmas[record.verb].upper() in foil_verbs():
            groups.setdefault((record.verb, record.code), []).append(record)
    if not groups:
        return list(records)
    out, done = [], set()
    for record in records:
        key = (record.verb, record.code)
        if key not in groups:
            out.append(record)
        elif key not in done:
            done.add(key)
            out.extend(_turned(groups[key], view, sent))
    return out


def _turned(group: list, view: SentenceView, sent: Span) -> list:
    attackers = {(r.target, r.target_tokens) for r in group if r.target and _attacker(view, r.target_tokens, r.verb, sent)}
    aims = {(r.target, r.target_tokens) for r in group if r.target and not _attacker(view, r.target_tokens, r.verb, sent)}
    foilers = {(r.source, r.source_tokens) for r in group if r.source}
    sources = sorted(attackers) or [("", ())]
    targets = sorted(aims) or sorted(foilers) or [("", ())]
    first = group[0]
    return [replace(first, source=source, source_tokens=source_tokens, target=target, target_tokens=target_tokens,
                    steps=tuple(first.steps) + (STEP,))
            for source, source_tokens in sources for target, target_tokens in targets if source != target]


def _attacker(view: SentenceView, tokens: Sequence[int], verb: int, sent: Span) -> bool:
    """Whether a target's words name the attack's doer: they lie in a FROM or BY phrase (or a participle's agent)
    below the verb's object, or modify the object's noun itself ("a Houthi rocket attack", "the rebels' attack");
    not in another PP ("on the minister", "against a church", "in Kabul": the attack's aim)."""
    heads = view.phrase_heads(tuple(tokens)) if tokens else []
    return bool(heads) and all(_doer_below(view, head, verb, sent) for head in heads)


def _doer_below(view: SentenceView, head: int, verb: int, sent: Span) -> bool:
    node = head
    for _ in range(12):
        parent = view.heads[node]
        if view.deps[node] == "agent":
            return True
        if view.deps[node] == "pobj":
            return view.words[parent] in ATTACKER_PREPOSITIONS
        if parent == verb:  # a modifier of the object's noun is its doer; the object itself was read from its
            return node != head or _named_before(view, node, sent) or _first_pp_names_doer(view, node)  # words
        if parent == node:
            return False
        node = parent
    return False


NAME_ENTITIES = frozenset({"NORP", "ORG", "GPE", "PERSON"})


def _named_before(view: SentenceView, noun: int, sent: Span) -> bool:
    """Whether a word before the object's noun names someone ("a TALIBAN rocket attack", "a SYRIAN rocket attack"):
    the actor the object's own words give is its doer."""
    doc, words, stack = sent.doc, [], [c for c in view.children[noun] if c < noun]
    while stack:  # the premodifiers and theirs ("a Taliban rocket attack": Taliban under rocket)
        word = stack.pop()
        words.append(word)
        stack.extend(c for c in view.children[word] if c < noun)
    return any(view.tags[w] in ("NNP", "NNPS") or doc[w].ent_type_ in NAME_ENTITIES for w in words)


def _first_pp_names_doer(view: SentenceView, noun: int) -> bool:
    """Whether the first PP of the object's noun (or of a participle describing it: "launched BY Houthi rebels") is
    one of the doer (FROM, BY); with none, its modifiers named the actor ("a Houthi rocket attack")."""
    for child in view.children[noun]:
        if view.deps[child] == "prep":
            return view.words[child] in ATTACKER_PREPOSITIONS
        if view.deps[child] == "acl":
            marks = [c for c in view.children[child] if view.deps[c] in ("agent", "prep")]
            if marks:
                return view.deps[marks[0]] == "agent" or view.words[marks[0]] in ATTACKER_PREPOSITIONS
    return True
