"""The plain data that flows between stages.

Every stage takes and returns these dataclasses; `to_dict()` gives the JSON shape
fixed by ../shared/CONTRACT.md. Offsets are character offsets into `Document.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Article:
    """One article as it enters the pipeline."""
    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    path: str | None = None  # file it came from, for messages
    warnings: list[str] = field(default_factory=list)  # fields dropped at reading ("not a date"), for messages


@dataclass
class Actor:
    """An actor mentioned in a document, with everything the text tells about it."""
    name: str
    country: str | None  # ISO 3166-1 alpha-3 or CAMEO group code (IGO, NGO, ...)
    sector: str | None  # GOV, MIL, REB, OPP, COP, JUD, CVL, MED, BUS, ...
    code: str  # CAMEO actor code, e.g. TURGOV
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None  # title or role text ("President", "Foreign Minister")
    kind: str = "person"  # person | state | organisation | group

    def ref(self, text: str) -> "ActorRef":
        return ActorRef(text=text, name=self.name, country=self.country, sector=self.sector, code=self.code)

    def to_dict(self) -> dict[str, Any]:
        d = {"name": self.name, "country": self.country, "sector": self.sector, "code": self.code,
             "mentions": [list(m) for m in self.mentions]}
        if self.role:
            d["role"] = self.role
        return d


@dataclass(frozen=True)
class ActorRef:
    """An actor as an event or quote refers to it: the words used, and who they stand for."""
    text: str
    name: str
    country: str | None
    sector: str | None
    code: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector,
                "code": self.code}


@dataclass
class DateMention:
    text: str
    value: str | None  # ISO date/datetime, or None where it cannot be resolved (no publication date)
    precision: str  # minute|hour|day|week|month|year
    start: int
    end: int
    end_value: str | None = None  # last day of a range ("last week")
    relative: bool = False  # depends on the publication date
    resolved: bool = True  # False where a relative expression had no anchor
    deadline: bool = False  # "by midnight on Jan. 12", "within 48 hours"

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "value": self.value, "precision": self.precision,
             "start": self.start, "end": self.end}
        if self.end_value:
            d["end_value"] = self.end_value
        if not self.resolved:
            d["resolved"] = False
        if self.deadline:
            d["deadline"] = True
        return d


@dataclass
class Place:
    text: str
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    feature: str  # city|admin|country|region
    start: int
    end: int
    geonameid: int | None = None
    precision: str | None = None  # what the point stands for: point (a city), admin1, admin2, country, region
    reason: str | None = None  # why this entry of the name was chosen ("qualified by US.LA; article names USA")

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat,
             "lon": self.lon, "feature": self.feature, "start": self.start, "end": self.end}
        if self.geonameid is not None:
            d["geonameid"] = self.geonameid
        if self.precision is not None:
            d["precision"] = self.precision
        if self.reason is not None:
            d["reason"] = self.reason
        return d


@dataclass
class Quote:
    text: str
    kind: str  # direct|indirect
    speaker: ActorRef | None
    start: int
    end: int
    cue: str | None = None  # the reporting verb or phrase ("said", "according to")
    speakers: list[ActorRef] = field(default_factory=list)  # all who speak ("a joint statement by X and Y")

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "kind": self.kind,
             "speaker": self.speaker.to_dict() if self.speaker else None,
             "speakers": [s.to_dict() for s in self.speakers],
             "start": self.start, "end": self.end}
        if self.cue:
            d["cue"] = self.cue
        return d


@dataclass
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    displaced: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"dead": self.dead, "injured": self.injured, "arrested": self.arrested,
                "displaced": self.displaced}

    def is_empty(self) -> bool:
        return all(v is None for v in self.to_dict().values())


@dataclass
class EventMention:
    """One mention of an event in one document."""
    id: str
    sentence: int
    start: int
    end: int
    evidence: str
    source: list[ActorRef]
    target: list[ActorRef]
    cameo: dict[str, str]  # {code, root, name}
    plover: dict[str, Any]  # {type, mode, context: [...]}
    quad_class: int
    goldstein: float
    date: dict[str, Any]  # {value, precision, text}
    deadline: dict[str, Any] | None = None  # {value, text}
    location: Place | None = None
    modality: str = "asserted"
    size: Size = field(default_factory=Size)
    acled: dict[str, str] | None = None
    confidence: float = 0.5
    story: str | None = None
    trigger: str | None = None  # the verb or noun that carries the event
    trigger_start: int | None = None  # char offset of the trigger
    speaker: ActorRef | None = None  # who reported it, where a quote carries it
    steps: tuple[str, ...] = ()  # the coder's trace (verb, pattern, composition): for reports, not output
    origin: str = "coder"  # "classifier" for an event the learned classifier made where the coder found none

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id, "sentence": self.sentence, "start": self.start, "end": self.end,
            "evidence": self.evidence,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "cameo": dict(self.cameo), "plover": dict(self.plover),
            "quad_class": self.quad_class, "goldstein": self.goldstein,
            "date": dict(self.date), "deadline": dict(self.deadline) if self.deadline else None,
            "location": self.location.to_dict() if self.location else None,
            "modality": self.modality, "size": self.size.to_dict(), "acled": self.acled,
            "confidence": round(self.confidence, 3), "story": self.story,
            "trigger": self.trigger,
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }
        if self.origin != "coder":
            d["origin"] = self.origin
        return d


@dataclass(frozen=True)
class SentenceClass:
    """What the learned event classifier (setting `classifier`) read a sentence as: its best ACLED-style class
    (data/classify_acled_labels.tsv: a CASE 2021 label, or NONE) and that class's score."""
    sentence: int
    label: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "label": self.label, "score": self.score}


@dataclass
class Document:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    events: list[EventMention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    error: str | None = None
    # records the coder found but did not output (source, target, CAMEO code, steps): for reports, not output
    dropped: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)
    # with the classifier on: each sentence it read, as it read it (empty with it off)
    sentence_classes: list[SentenceClass] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id, "title": self.title, "published": self.published, "url": self.url,
            "source": self.source, "text": self.text,
            "events": [e.to_dict() for e in self.events],
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [t.to_dict() for t in self.dates],
        }
        if self.sentence_classes:
            d["sentence_classes"] = [c.to_dict() for c in self.sentence_classes]
        if self.error:
            d["error"] = self.error
        return d


@dataclass
class Story:
    """One real-world event merged across mentions and documents."""
    id: str
    cameo: dict[str, str]
    plover: dict[str, Any]
    source: list[dict[str, Any]]
    target: list[dict[str, Any]]
    date: dict[str, Any] | None
    location: dict[str, Any] | None
    deadline: dict[str, Any] | None
    mentions: int
    documents: int
    first_seen: str | None
    last_seen: str | None
    mention_ids: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # why mentions were merged

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data; nested values are copied so the dict can be changed freely."""
        return {f.name: _copied(getattr(self, f.name)) for f in fields(self)}


def _copied(value: Any) -> Any:
    """A copy of JSON-like data (dicts, lists, scalars), much cheaper than copy.deepcopy."""
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copied(v) for v in value]
    return value
