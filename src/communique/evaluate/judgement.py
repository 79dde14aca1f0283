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
    kind: str  # "missed" | "spurious"
    measure: str  # which figure it counts against: "type", "triple", "exact", "label", ...
    group: str  # what the report groups it under: a PLOVER type, a CAMEO root, a CASE label
    item: str  # the item, readable


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
    acled = f" ACLED={event.acled.get('sub_event_type')}" if event.acled else ""
    return (f"{event.cameo.get('code')} {event.cameo.get('name', '')} [{event.plover.get('type')}] "
            f"{sources} -> {targets} conf={event.confidence:.2f}{acled} «{event.evidence}»")
