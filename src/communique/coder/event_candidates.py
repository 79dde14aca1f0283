"""An event candidate: what the adapter (adapter.py) makes of the coder's records of one sentence (the pattern
matcher's candidate words are another thing, in candidates.py).

A candidate is one event as the pipeline carries it on: the governing verb's token, the CAMEO code, lists of
`ActorRef`s on each side, the sentence as evidence and a confidence. Records of one verb and code are grouped
back into one candidate per shared target (sources merged: "Erdogan and Putin urged"), then per shared source set
(targets merged); each side's actors are listed once; the confidence says how sure the coding is.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Span

from ..extract.actors import UNKNOWN_COUNTRY
from ..nlp import doc_text
from ..records import ActorRef
from .adjuncts.clauses import CIRCUMSTANCE_STEP
from .recall import RECIPROCAL_STEP
from .side_actors import named_by_pronoun

MOOD_STEPS = ("negate:", "transform: rule")
NOUN_EVENT_STEP = "noun event:"  # coder/nouns/events.py: an event told by a noun, no verb pattern
UNIDENTIFIED = ActorRef(text="", name="unidentified", country=None, sector=None, code=UNKNOWN_COUNTRY)


class CodedEventLike(Protocol):
    """What the adapter reads of `coder.CodedEvent` (see coder/__init__.py)."""
    source: str
    target: str
    code: str
    verb: int
    source_tokens: tuple[int, ...]
    target_tokens: tuple[int, ...]
    pattern: str | None
    steps: tuple[str, ...]


@dataclass
class EventCandidate:
    """An event found in one sentence, before dates, places and modality are attached."""
    trigger: int  # token index of the verb that governs the event
    code: str  # CAMEO event code
    source: list[ActorRef]
    target: list[ActorRef]
    sentence: int
    start: int  # char offsets of the evidence (the sentence)
    end: int
    evidence: str
    confidence: float
    pattern: str = ""
    steps: tuple[str, ...] = ()  # the coder's trace: verb, pattern, transformation, addition
    asserted: bool = False  # the code already says what the clause's mood would (a refusal, a threat)
    context_tokens: tuple[int, ...] = field(default_factory=tuple)


Side = tuple[CodedEventLike, list[ActorRef], list[ActorRef]]


def grouped_sides(sides: list[Side]) -> list[list[Side]]:
    """Records of one verb and code sharing a target are one event with several sources; then those
    sharing their sources are one event with several targets. Mirror pairs (A->B and B->A, from a
    cooperation or a visit's passive code) stay apart."""
    by_target: dict[tuple, list[Side]] = {}
    for side in sides:
        event, _, target = side
        by_target.setdefault((event.verb, event.code, side_codes(target)), []).append(side)
    by_sources: dict[tuple, list[list[Side]]] = {}
    for (verb, code, _), group in by_target.items():
        sources = frozenset(c for _, source, _ in group for c in side_codes(source))
        by_sources.setdefault((verb, code, sources), []).append(group)
    return [[side for group in groups for side in group] for groups in by_sources.values()]


def side_codes(refs: list[ActorRef]) -> tuple[str, ...]:
    return tuple(sorted(r.code for r in refs))


def merged_actors(refs: list[list[ActorRef]]) -> list[ActorRef]:
    """The actors of one side of records grouped into one event, each once: by code and name, and an actor named
    only by a pronoun not beside one of its code named otherwise ("The Yland president said he would meet ...":
    "he" is the president, not a second actor)."""
    out: list[ActorRef] = []
    for group in refs:
        for ref in group:
            if all((r.code, r.name) != (ref.code, ref.name) for r in out):
                out.append(ref)
    named = {r.code for r in out if not named_by_pronoun(r)}
    return [r for r in out if not (named_by_pronoun(r) and r.code in named)]


def candidate_of(n: int, evidence: tuple[int, int, str], group: list[Side]) -> EventCandidate:
    first = group[0][0]
    source = merged_actors([s for _, s, _ in group])
    target = merged_actors([t for _, _, t in group])
    steps = tuple(dict.fromkeys(step for event, _, _ in group for step in event.steps))
    start, end, text = evidence
    return EventCandidate(
        trigger=first.verb, code=first.code, source=source, target=target, sentence=n, start=start, end=end,
        evidence=text, confidence=confidence(first, source, target), pattern=first.pattern or "", steps=steps,
        asserted=code_says_mood(first), context_tokens=tuple(sorted(set(first.target_tokens))))


def confidence(event: CodedEventLike, source: list[ActorRef], target: list[ActorRef]) -> float:
    """How sure we are of the event as coded, 0.55 to 0.95: higher for a pattern than for a verb's default
    code, for two actors than one, for a named source; lower for an unidentified source and for an event
    told by a noun. `prominence.ranked` then lowers it where the sentence tells the event as background
    (a subordinate clause, a statement framing a specific act, a weaker layer), so that the most
    confident event of a sentence is its main event as a reader ranks them."""
    score = 0.55
    score += 0.15 if target or RECIPROCAL_STEP in event.steps or CIRCUMSTANCE_STEP in event.steps else 0.0
    # a reciprocal event names both sides; a clause of circumstance left out took away a recipient by design
    score += 0.1 if event.pattern else 0.0
    score += 0.1 if event.source else 0.0  # PETRARCH read the source itself, not the document
    score -= 0.15 if source == [UNIDENTIFIED] else 0.0
    score -= 0.1 if any(step.startswith(NOUN_EVENT_STEP) for step in event.steps) else 0.0  # below a pattern
    return round(min(score, 0.95), 2)


def code_says_mood(event: CodedEventLike) -> bool:
    """A code the coder computed from a negation or by a transformation rule already says what the
    clause's mood would add ("did not surrender" is 124, "would not provide support" 121): asserted."""
    if any(step.startswith("negate:") for step in event.steps):
        return True
    if any(step.startswith("reported act:") for step in event.steps):
        return False  # "said it would withdraw": the code is the act's own, its mood is read from its verb
    return any(step.startswith(MOOD_STEPS) for step in event.steps)


def sentence_evidence(doc: Doc, sentence: Span) -> tuple[int, int, str]:
    """(start, end, text) of a sentence without its surrounding whitespace."""
    raw = doc_text(doc)[sentence.start_char:sentence.end_char]  # Span.text joins its tokens anew
    text = raw.strip()
    start = sentence.start_char + (len(raw) - len(raw.lstrip()))
    return start, start + len(text), text
