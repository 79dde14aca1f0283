"""Commitments and deadlines among stored event mentions: which events promise something, what kind of
thing (data/commitment_kinds.tsv), who is bound by it, and by when.

A commitment is one story (mentions of the same real-world promise merged across articles), or one
mention where it has no story. Plain event dicts in (as `Store.iter_events` gives them), `Commitment`s out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..data_files import data_path, tsv_rows
from ..errors import DataFileError

OTHER = "other"
_NOT_PROMISES = {"negated", "hypothetical", "historical"}  # "will not withdraw" promises nothing


@dataclass(frozen=True)
class Kind:
    name: str
    promise: tuple[str, ...]
    met: tuple[str, ...]
    broken: tuple[str, ...]
    words: tuple[str, ...] = ()  # trigger word beginnings that claim a shared promise code for this kind


@dataclass
class Commitment:
    """What was promised or demanded, by whom, binding whom, by when."""
    id: str  # the story id, else the mention id
    kind: str
    cameo: dict[str, Any]
    promised_by: list[dict[str, Any]]  # actor-refs of who promised or demanded it
    bound: list[dict[str, Any]]  # actor-refs of who must act (the target of an appeal, else the source)
    date: str  # YYYY-MM-DD: the earliest mention's date
    deadline: dict[str, Any] | None  # {value, text} or None
    evidence: str
    location: dict[str, Any] | None
    confidence: float
    mention_ids: list[str] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)

    @property
    def countries(self) -> set[str]:
        """The countries of the bound parties, and of the place named with the promise."""
        found = {a["country"] for a in self.bound if a.get("country")}
        if self.location and self.location.get("country"):
            found.add(self.location["country"])
        return found

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "cameo": self.cameo, "promised_by": self.promised_by,
                "bound": self.bound, "date": self.date, "deadline": self.deadline, "evidence": self.evidence,
                "location": self.location, "confidence": self.confidence, "mention_ids": self.mention_ids,
                "document_ids": self.document_ids}


@lru_cache(maxsize=4)
def load_kinds(path: Path | None = None) -> tuple[Kind, ...]:
    path = path or data_path("commitment_kinds.tsv")
    kinds = []
    for number, cells in tsv_rows(path, "the commitment kinds table", header=True):
        if len(cells) not in (4, 5):
            raise DataFileError(f"{path}, line {number}: expected 4 or 5 tab-separated columns, found {len(cells)}.")
        name, *columns = cells
        kinds.append(Kind(name, *(tuple(c for c in column.lower().split("|") if c) for column in columns)))
    return tuple(kinds)


def kind_of(code: str | None, kinds: Iterable[Kind], trigger: str | None = None) -> Kind | None:
    """The kind whose promise codes hold the longest prefix of `code`; where kinds share that prefix, the
    one whose words begin the trigger ("withdraw" makes an intent to de-escalate, 0356, a withdrawal)."""
    best, best_key = None, (0, False)
    word = (trigger or "").lower()
    for kind in kinds:
        named = bool(kind.words) and word.startswith(kind.words)
        if kind.words and not named:
            continue  # a kind with words claims only the events its words name
        for prefix in kind.promise:
            key = (len(prefix), named)
            if code and code.startswith(prefix) and key > best_key:
                best, best_key = kind, key
    return best


def matches(code: str | None, prefixes: Iterable[str]) -> bool:
    return bool(code) and any(code.startswith(p) for p in prefixes)


def is_promise(event: dict[str, Any], kind: Kind | None) -> bool:
    """An event with a deadline; or an appeal or intent for something, or that thing told as future."""
    if event.get("modality") in _NOT_PROMISES:
        return False
    if event.get("deadline"):
        return True
    if kind is None:
        return False
    root = (event.get("cameo") or {}).get("root")
    return root in ("02", "03") or event.get("modality") == "future"


def find_commitments(events: Iterable[dict[str, Any]], kinds: tuple[Kind, ...] | None = None) -> list[Commitment]:
    """The commitments among these event dicts, one per story, in date order."""
    kinds = kinds if kinds is not None else load_kinds()
    grouped: dict[str, list[tuple[dict[str, Any], Kind | None]]] = {}
    for event in events:
        kind = kind_of((event.get("cameo") or {}).get("code"), kinds, event.get("trigger"))
        if is_promise(event, kind):
            grouped.setdefault(event.get("story") or event["id"], []).append((event, kind))
    found = [_commitment(key, members) for key, members in grouped.items()]
    return sorted(found, key=lambda c: (c.date, c.id))


def _commitment(key: str, members: list[tuple[dict[str, Any], Kind | None]]) -> Commitment:
    members = sorted(members, key=lambda m: (_day(m[0]), m[0]["id"]))
    with_deadline = [e for e, _ in members if e.get("deadline")]
    first, kind = members[0]
    lead = with_deadline[0] if with_deadline else first  # the mention that states the deadline speaks for it
    kind = next((k for _, k in members if k is not None), None)
    cameo = lead.get("cameo") or {}
    appeal = cameo.get("root") == "02"
    bound = _unique(a for e, _ in members for a in (e.get("target") if appeal else e.get("source")) or [])
    if appeal and not bound:  # an appeal with no target binds no one we know of; fall back on who asked
        bound = _unique(a for e, _ in members for a in e.get("source") or [])
    return Commitment(
        id=key, kind=kind.name if kind else OTHER, cameo=cameo,
        promised_by=_unique(a for e, _ in members for a in e.get("source") or []), bound=bound,
        date=_day(first), deadline=lead.get("deadline"), evidence=lead.get("evidence") or "",
        location=next((e["location"] for e, _ in members if e.get("location")), None),
        confidence=max(float(e.get("confidence") or 0.0) for e, _ in members),
        mention_ids=[e["id"] for e, _ in members],
        document_ids=list(dict.fromkeys(e.get("document_id") for e, _ in members if e.get("document_id"))))


def _unique(actors: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for actor in actors:
        key = actor.get("code") or actor.get("name")
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def _day(event: dict[str, Any]) -> str:
    return str((event.get("date") or {}).get("value") or event.get("published") or "")[:10]
