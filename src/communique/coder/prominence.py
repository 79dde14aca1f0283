"""How prominent each event of a sentence is, as a reader ranks them: the adapter's confidence, adjusted.

An event's `confidence` says how sure we are of the event as coded (adapter `_confidence`: 0.55 to 0.95,
higher for a dictionary pattern, two actors, a source PETRARCH read itself). A reader who names "the main
event" of a sentence also weighs where in the sentence the event is told, and the owners (and any user
who keeps the most confident event of a sentence) read that choice from `confidence`. So the coding
certainty is lowered, in small steps with one reason each, where the sentence itself says an event is
not its main one; an event no other event of its sentence outranks keeps its value but for rule 1:

1. **A subordinate clause** (`SUBORDINATE_STEP` = 0.1 per clause, at most `MAX_SUBORDINATE` levels): an
   event told in an adverbial clause ("after Xland rejected its demands"), a relative or participial
   clause ("Xland, which denied the charges, ..."), a prepositional clause ("accused Xland of violating
   ...") or the complement of a verb that is not one of saying ("denied that it attacked") is background
   to the clause it hangs on. A complement of a verb of saying ("X said [Y shelled Z]", "[Y shelled Z],
   officials said") is not: what is said is the news (`statement_verbs`: the reporting verbs of
   `data/quote_cues.tsv`, and a verb the dictionary codes as a statement).
   Coordination (`conj`) and an infinitive of the same clause chain (`xcomp`) are no subordination. With the
   profile's switch `permitted_acts` (on in `communique`) the infinitive of a verb of permission whose permitted
   party is named ("Yland allowed the ship to dock": spaCy's ccomp with its own subject, or an xcomp after an
   object; data/coder_permission_verbs.tsv) is one level more: the act permitted is the permitted party's, only
   allowed, and what the permission is about, so the permission outranks it where the dictionary coded both.
   **A speaker's stance** ("Xland said [the sanctions imposed by Yland were illegal]", "called Yland's move a
   provocation": the verb of saying's event took the evaluation's code, coder/phenomena/stance_complements.py)
   judges what its complement tells: the act told there by a noun or participle ("the sanctions imposed by
   Yland", "the arrest of ... by Yland") is what is judged, background to the judgement, as an act under
   "denied that ..." is. So the verb of a stance is no verb of saying here: its complement is subordinate to it,
   and the stance frames nothing (rule 2).
2. **A statement framing an act** (at least `RESIDUAL_STEP` = 0.2 below its own value, and
   `RESIDUAL_GAP` = 0.15 below the least confident specific act of the sentence: more than the 0.1 the
   pipeline later takes from an act whose target it reads from the place, so the order holds): where a
   sentence codes a specific act, a "make statement" (CAMEO 010: a verb of saying, a bare comment), and
   the code a verb of saying takes from an act coded in the clause it reports (PETRARCH's rule
   "a (b . ATTACK) SAY = a b 112": "Xland said Yland's troops shelled Z" is Xland accusing Yland), rank
   below that act: the "said" frames the act, it is not the news. The framing event keeps its own code
   and actors, the reported act its own attribution. An appeal, intent, demand or threat a verb of
   saying makes ("reiterated that Xland must ...") is an act of its own, not a frame (and what it asks
   for is no event: `requested_acts.without_request_complements`). With the profile's switch
   `reported_background` (on in `communique`), an act told in a clause that modifies a noun (a participle or
   relative clause: "said [the diplomats expelled by Moscow] would return", "said [the man who attacked a mosque]
   had been known to police") is the background of a thing the statement is about, not an act it reports nor a
   rival: it makes no frame, and a residual statement is not ranked below it.
3. **A weaker layer** (`RECALLED_STEP` = 0.05): an event the profile's additions recalled where the
   dictionary gave nothing ("agreed to an uncoded act", an intent read from a noun or adjective, a
   speech act over an unresolved report) ranks below one a dictionary pattern coded. (An event told by
   a noun is already 0.1 below a verb's in `_confidence`.)

4. **An act adjoined to another** (with the profile's switches `saying_adjuncts` and `first_conjuncts`,
   coder/adjoined_acts.py): an event told by a participial adjunct of speech after an act ("expelled two diplomats,
   saying they had met ..."; "recalled its ambassador, calling the visit a provocation") or under it, and an act
   of a later conjunct ("condemned the bombing and urged calm"), rank `RESIDUAL_GAP` below the act they follow: the
   act is the news, the participle its comment, the later conjunct what the actor did besides.

Scores stay in 0..1 (at least `FLOOR`). The sentence's events are returned most prominent first (by
confidence, then the less subordinate clause, then the engine's order), so that the first of the most
confident events -- the owners' "first among equals" -- is the main clause's. Both profiles are ranked
alike (but for `reported_background`, `saying_adjuncts` and `first_conjuncts`, off in `petrarch2`): the ranking changes confidence values and the
order of a sentence's events, never which events are emitted or their codes and actors.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence, TypeVar

from spacy.tokens import Doc, Span

from ..data_files import upper_words
from ..nlp import doc_tokens, doc_tree
from . import adjoined_acts
from .cameo_roots import FUTURE_ACT_ROOTS
from .codes import to_cameo
from .compose import AGREED_OBJECT_STEP_END
from .nouns.intents import INTENT_STEP
from .recall import AGREED_UNCODED_STEP, UNCODED_CONTENT_STEP
from .sentence import UNRESOLVED_REPORT_STEP
from .phenomena.adverbial_background import reporting_verb
from .phenomena.stance_complements import STANCE_STEP

SUBORDINATE_STEP = 0.1
MAX_SUBORDINATE = 2
RESIDUAL_STEP = 0.2
RESIDUAL_GAP = 0.15  # > the pipeline's later -0.1 for a target read from the place (_target_from_location)
RECALLED_STEP = 0.05
FLOOR = 0.05

STATEMENT_ROOT = "01"
RESIDUAL_CODE = "010"  # CAMEO "make statement, not specified below"
# dependency links that open a clause subordinate to the one above it (spaCy's English labels)
SUBORDINATE_LINKS = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "csubjpass", "pcomp"})
# links of a clause that modifies a noun: what it tells is the background of a thing, not a reported act
NOUN_MODIFIER_LINKS = frozenset({"acl", "relcl"})
# links whose clause is what a verb of saying says: not subordinate under such a verb
REPORTED_LINKS = frozenset({"ccomp", "parataxis"})
# links of a permission's infinitive ("allowed the ship to dock"): one level more with the switch permitted_acts
PERMITTED_LINKS = frozenset({"ccomp", "xcomp"})
PERMISSION_FILE = "coder_permission_verbs.tsv"
# the coder's steps (compose.py, recall.py, sentence.py, nouns/intents.py: their own constants) that recall an event the
# dictionary did not code: the profile's weaker layer
RECALL_STEPS = (UNCODED_CONTENT_STEP, AGREED_UNCODED_STEP, UNRESOLVED_REPORT_STEP, INTENT_STEP)  # or their starts
RECALL_SUFFIX = AGREED_OBJECT_STEP_END

C = TypeVar("C")  # adapter.EventCandidate: trigger, code, confidence, steps


def ranked(doc: Doc, candidates: Sequence[C], sentence: Span | None = None, noun_background: bool = False,
           permitted: bool = False, adverbial: bool = False, adjuncts: bool = False,
           conjuncts: bool = False) -> list[C]:
    """The candidates of one sentence (`sentence`, else the first trigger's) with their confidence adjusted
    by prominence (module docstring), most prominent first: by confidence, then the less subordinate
    clause, then the engine's order. `noun_background` (the profile's switch `reported_background`): an act
    told in a clause that modifies a noun of the reported clause is not what the verb of saying reports (rule 2);
    `permitted` (the switch `permitted_acts`): the infinitive of a verb of permission with an object is a
    subordinate level (rule 1); `adverbial` (the switch `adverbial_background`): where every act is told in an
    adverbial clause of a clause a statement of the sentence reports, that statement is the news and each act ranks
    `RESIDUAL_GAP` below it (rule 2, coder/phenomena/adverbial_background.py); `adjuncts` and `conjuncts` (the
    switches `saying_adjuncts` and `first_conjuncts`): an event told in a participial adjunct of speech after an act,
    or in a later conjunct of an act, ranks below that act (rule 4, coder/adjoined_acts.py)."""
    if not candidates:
        return []
    saying = statement_verbs(doc, candidates, sentence if sentence is not None else doc[candidates[0].trigger].sent)
    saying = saying - {c.trigger for c in candidates if _is_stance(c)}  # a stance judges what it says (rule 1)
    levels = [subordination(doc, c.trigger, saying, permitted) for c in candidates]
    adjusted = [replace(c, confidence=_rounded(c.confidence - _layer_penalty(c) - SUBORDINATE_STEP * level))
                for c, level in zip(candidates, levels)]
    background = _adverbial_acts(doc, adjusted, saying) if adverbial else {}
    frames = [_is_frame(doc, c, adjusted, saying, noun_background) and not background for c in adjusted]
    adjusted = adjoined_acts.lowered(doc, adjusted, frames, adjuncts, conjuncts, RESIDUAL_GAP, FLOOR)
    specific = [c.confidence for c, frame in zip(adjusted, frames)
                if not frame and not (noun_background and _modifies_noun(doc, c.trigger))]
    if specific:
        lowest = min(specific)
        adjusted = [replace(c, confidence=_rounded(min(c.confidence - RESIDUAL_STEP, lowest - RESIDUAL_GAP)))
                    if frame else c for c, frame in zip(adjusted, frames)]
    if background:  # each act RESIDUAL_GAP below the statement that reports the clause it is background to
        said = {c.trigger: c.confidence for c in adjusted if c.code[:2] == STATEMENT_ROOT}
        adjusted = [replace(c, confidence=_rounded(min(c.confidence, said[background[k]] - RESIDUAL_GAP)))
                    if k in background else c for k, c in enumerate(adjusted)]
    order = sorted(range(len(adjusted)), key=lambda k: (-adjusted[k].confidence, levels[k], k))
    return [adjusted[k] for k in order]


def _adverbial_acts(doc: Doc, candidates: Sequence, saying: frozenset[int]) -> dict[int, int]:
    """With `adverbial_background`: where each act (no statement, CAMEO 01) is told in an adverbial clause of the
    clause a verb of saying reports, and that verb's statement is a candidate ("the coalition lost its majority
    after two lawmakers defected, officials said"), each act's index with that verb; else {}."""
    statements = {c.trigger for c in candidates if c.code[:2] == STATEMENT_ROOT}
    acts = {k: reporting_verb(doc, c.trigger, saying) for k, c in enumerate(candidates)
            if c.code[:2] != STATEMENT_ROOT}
    if not acts or any(verb not in statements for verb in acts.values()):
        return {}
    return acts


def statement_verbs(doc: Doc, candidates: Sequence = (), span: Span | None = None) -> frozenset[int]:
    """The verbs of saying in `span` (default: the whole document), as token indices: a verb that only
    reports speech (a lemma of `quotes.reporting_verbs`: say, tell, add, claim ...), or a candidate's verb
    whose own dictionary code is a statement (CAMEO 01: the SAY of PETRARCH's transformation rules,
    "announced", "declared")."""
    reporting, words = reporting_lemmas(), doc_tokens(doc)
    span = span if span is not None else doc[:]
    found = {i for i in range(span.start, span.end) if words.lemma[i] in reporting}
    for c in candidates:
        if any(_states(step, words.text[c.trigger].upper()) for step in c.steps):
            found.add(c.trigger)
    return frozenset(found)


def _states(step: str, form: str) -> bool:
    """Whether a coder step "verb: FORM HEX" gives the verb `form` a statement code (CAMEO root 01)."""
    parts = step.split()
    if len(parts) != 3 or parts[0] != "verb:" or parts[1] != form:
        return False
    try:
        code = to_cameo(int(parts[2], 16))
    except ValueError:
        return False
    return bool(code) and code[:2] == STATEMENT_ROOT


def subordination(doc: Doc, i: int, saying: frozenset[int] = frozenset(), permitted: bool = False) -> int:
    """How many subordinate clauses token i is told in, up to `MAX_SUBORDINATE` (rule 1); `saying`
    holds the token indices of the sentence's verbs of saying (`statement_verbs`); with `permitted`, the
    infinitive of a verb of permission with a direct object counts as one."""
    tree = doc_tree(doc)
    levels, seen = 0, set()
    while tree.heads[i] != i and i not in seen:
        seen.add(i)
        link, head = tree.dep[i], tree.heads[i]
        if link in SUBORDINATE_LINKS and not (link in REPORTED_LINKS and head in saying):
            levels += 1
        if permitted and link in PERMITTED_LINKS and _permits(doc, head, i):
            levels += 1
        i = head
    return min(levels, MAX_SUBORDINATE)


def _permits(doc: Doc, verb: int, complement: int) -> bool:
    """Whether token `verb` is a verb of permission (data/coder_permission_verbs.tsv) whose infinitive
    `complement` names the party permitted: its own subject ("allowed [the ship] to dock", spaCy's ccomp) or the
    verb's direct object (an xcomp); a passive ("was allowed to leave") names no permitter, and is left alone."""
    tree = doc_tree(doc)
    return doc_tokens(doc).lemma[verb].upper() in permission_verbs() and (
        any(tree.dep[k] == "nsubj" for k in tree.children[complement])
        or any(tree.dep[k] == "dobj" for k in tree.children[verb]))


def _is_frame(doc: Doc, candidate, candidates: Sequence, saying: frozenset[int], noun_background: bool = False) -> bool:
    """A residual statement, or the event of a verb of saying over an act coded in the clause it reports
    (rule 2). A demand, appeal, intent or threat the verb of saying makes ("reiterated that Xland must hand
    over ...") is an act of its own, not a frame."""
    if candidate.code == RESIDUAL_CODE:
        return True
    if candidate.code[:2] in FUTURE_ACT_ROOTS or candidate.trigger not in saying:
        return False
    return any(other.trigger != candidate.trigger and _reported_by(doc, other.trigger, candidate.trigger)
               and not (noun_background and _modifies_noun(doc, other.trigger, candidate.trigger))
               for other in candidates)


def _reported_by(doc: Doc, i: int, verb: int) -> bool:
    """Whether token i is in the clause the verb of saying `verb` reports: under it through a complement."""
    tree = doc_tree(doc)
    seen = set()
    while tree.heads[i] != i and tree.heads[i] != verb and i not in seen:
        seen.add(i)
        i = tree.heads[i]
    return tree.heads[i] == verb and tree.dep[i] in REPORTED_LINKS | {"xcomp"}


def _modifies_noun(doc: Doc, i: int, verb: int | None = None) -> bool:
    """Whether token i is told, below the verb of saying `verb` (default: anywhere in its sentence), in a clause
    that modifies a noun (a participle or relative clause: "said [the soldiers killed in the attack] would be
    buried", "freed 40 protesters detained during the sit-in"): the background of a thing, not an act told."""
    tree = doc_tree(doc)
    seen = set()
    while tree.heads[i] != i and i != verb and i not in seen:
        seen.add(i)
        if tree.dep[i] in NOUN_MODIFIER_LINKS:
            return True
        i = tree.heads[i]
    return False


def _is_stance(candidate) -> bool:
    """Whether the candidate is a speaker's stance on an act its complement tells (stance_complements.py's
    step): an evaluation, not a report."""
    return any(step.startswith(STANCE_STEP) for step in candidate.steps)


def _layer_penalty(candidate) -> float:
    recalled = any(step.startswith(RECALL_STEPS) or step.endswith(RECALL_SUFFIX) for step in candidate.steps)
    return RECALLED_STEP if recalled else 0.0


def _rounded(score: float) -> float:
    return round(min(1.0, max(FLOOR, score)), 2)


@lru_cache(maxsize=1)
def permission_verbs() -> frozenset[str]:
    """The lemmas (upper case) of the verbs of permission, data/coder_permission_verbs.tsv."""
    return upper_words(PERMISSION_FILE, "the coder's verbs of permission", columns=2,
                       expected="'LEMMA<TAB>what it grants'")


@lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    """The lemmas of verbs that only report speech (say, tell, add, claim ...; quotes.reporting_verbs)."""
    from ..quotes import reporting_verbs
    return frozenset(reporting_verbs())
