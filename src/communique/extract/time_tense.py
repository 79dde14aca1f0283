"""Which way a time expression points: from the tense of the verb that governs it in the parse.

"said Wednesday" points back (the most recent Wednesday), "will meet on Friday" forward, "is expected
to head to Iraq tomorrow" forward; a plain present ("expires Sunday") forward too, except a reporting verb
("says Wednesday"). A verbless fragment gives "nearest".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from .time_words import time_words

CLIMB_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acl", "relcl", "prep", "dep", "ccomp"}
MAX_CLIMB = 6


@dataclass(frozen=True)
class Tense:
    direction: str  # past | future | nearest
    finite_past: bool  # the nearest verb itself is a finite past form ("had risen by Tuesday")
    sets_deadline: bool = False  # the nearest verb grants time ("gave them until Friday")


def governing_verb(span: Span) -> Token | None:
    """The first verb on the way up from the expression's root, outside the expression."""
    return _verb_above(span.root, 40, outside=(span.start, span.end))


def tense_of(span: Span) -> Tense:
    verb = governing_verb(span)
    if verb is None:
        return Tense("nearest", False)
    direction = verb_direction(verb)
    sets_deadline = verb.lemma_.lower() in time_words().get("deadline_verb")
    return Tense(direction, direction == "past" and _is_finite_past(verb), sets_deadline)


def verb_direction(verb: Token, depth: int = 0) -> str:
    words = time_words()
    future_aux = _future_auxiliaries()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):
        return "past"  # "has met", "would have met"
    if any(a.lower_ in future_aux for a in auxes) or verb.lower_ in future_aux:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    head = verb.head
    if any(a.lower_ == "to" for a in auxes):
        return "future"  # "urged them to leave by Sunday", "a truce to take effect on Jan. 12"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        if any(c.dep_ == "xcomp" and c.lemma_ != verb.lemma_ for c in verb.children) and \
                verb.lemma_.lower() in words.get("future_governor"):
            return "future"
        return "nearest" if verb.lemma_.lower() in words.get("reporting_verb") else "future"
    if head.i != verb.i and depth < MAX_CLIMB and verb.dep_ in CLIMB_DEPS | {"advmod", "pobj"}:
        upper = _verb_above(head)
        if upper is not None:
            return verb_direction(upper, depth + 1)
    return "nearest"


@lru_cache(maxsize=1)
def _future_auxiliaries() -> frozenset[str]:
    return frozenset(time_words().lowered("future_aux"))


def _verb_above(token: Token, steps: int = 8, outside: tuple[int, int] = (0, 0)) -> Token | None:
    """The first verb at or above `token` within `steps` arcs, not inside the span `outside`."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") and not (outside[0] <= token.i < outside[1]):
            return token
        if token.head.i == token.i:  # the root: spaCy makes a new Token object on each access
            return None
        token = token.head
    return None


def _is_finite_past(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
