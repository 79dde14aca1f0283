"""What the evaluation keeps per gold record: the gold, the output, the counts, the misses and spurious items."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import EventMention
from .scoring import Counts


@dataclass(frozen=True)
class GoldRecord:
    """One record of a gold file: the text to code and the format's own gold fields."""
    id: str
    text: str
    published: str | None  # ISO date used as the article's publication date
    gold: dict[str, Any]  # the format's gold, already normalised (see each format module)


@dataclass(frozen=True)
class Finding:
    """One missed or spurious item, for the report."""
    kind: str  # "missed" | "spurious" | "wrong" (a single label, such as the main event class, not the gold one)
    measure: str  # which figure it counts against: "type", "triple", "exact", "label", ...
    group: str  # what the report groups it under: a PLOVER type, a CAMEO root, a CASE label
    item: str  # the item, readable
    reason: str = ""  # what went wrong, in a few words the report can count ("wrong target", ...)
    step: str = ""  # for a missed event: the coder's step that lost it (evaluate/steps.py)


@dataclass
class Judgement:
    """The comparison of one gold record with the document extracted from its text."""
    record: GoldRecord
    gold: list[str]  # the gold, readable
    output: list[str]  # the extracted events, readable
    counts: dict[str, Counts] = field(default_factory=dict)  # per measure
    findings: list[Finding] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)  # format-specific values the figures need
    error: str | None = None  # the document's error, where extraction failed


def describe_event(event: EventMention) -> str:
    """One line for an extracted event: CAMEO code, PLOVER type, actors, confidence, ACLED, evidence."""
    sources = ",".join(a.code for a in event.source) or "-"
    targets = ",".join(a.code for a in event.target) or "-"
    acled = ""
    if event.acled:
        acled = f" ACLED={event.acled.get('communique_type') or event.acled.get('sub_event_type')}"
    return (f"{event.cameo.get('code')} {event.cameo.get('name', '')} [{event.plover.get('type')}] "
            f"{sources} -> {targets} conf={event.confidence:.2f}{acled} «{event.evidence}»")


def triple_reason(triple: tuple, other_side: set[tuple], family_size: int = 0) -> str:
    """Why a (source, target, code) triple has no match on the other side, in countable words.

    `other_side` holds the triples of the other side (predicted for a miss, gold for a spurious item);
    `family_size` > 0 compares codes on their first `family_size` characters too (the CAMEO root).
    """
    source, target, code = triple
    if not other_side:
        return "nothing on the other side"
    same_code = [t for t in other_side if t[2] == code]
    if same_code:
        if any(t[0] == source for t in same_code):
            return "same code and source, other target"
        if any(t[1] == target for t in same_code):
            return "same code and target, other source"
        return "same code, other actors"
    same_actors = [t for t in other_side if (t[0], t[1]) == (source, target)]
    if same_actors:
        if family_size and any(t[2][:family_size] == code[:family_size] for t in same_actors):
            return "same actors and root, other code"
        return "same actors, other code"
    if family_size and any(t[2][:family_size] == code[:family_size] for t in other_side):
        return "same root, other code and actors"
    return "no related triple"


def most_confident(events: list[EventMention], counts) -> EventMention | None:
    """The most confident event for which `counts(event)` is true, the first among equals; None if none is."""
    best = None
    for event in events:
        if counts(event) and (best is None or event.confidence > best.confidence):
            best = event
    return best
