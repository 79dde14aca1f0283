"""Follow-up of commitments: was the promise kept? Each commitment gets a status from the later events
between the same parties and places, with the events that decided it and a confidence.

- `met`: a later asserted event does what was promised (a ceasefire declared, troops withdrawn, talks held)
  between the commitment's date and its deadline, or after it (then the reason says it came late).
- `broken`: a later asserted event refuses it or does its opposite; for a ceasefire or a withdrawal,
  fighting reported after the deadline (after the promise where there is no deadline).
- both: the latest report stands where it is later than every report on the other side; else `unclear`.
- none: `pending` while the deadline has not passed on the store's as-of date (its latest publication
  day) or where there is no deadline; `unclear` once the deadline has passed with no report either way.

A later event counts where a bound party's country is among its actors (weight 1) or it happened in
one of the commitment's countries (weight 0.6). Confidence: for met and broken, the noisy-or of the
deciding events' confidence x weight, less half the noisy-or of the evidence on the other side; 1.0 for
`pending` before a deadline (nothing could have decided it yet), 0.5 for `pending` with no deadline, and
for `unclear` one minus the lead of the stronger side (0.5 where nothing was reported).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .commitments import OTHER, Commitment, Kind, load_kinds, matches

PENDING, MET, BROKEN, UNCLEAR = "pending", "met", "broken", "unclear"
STATUSES = (PENDING, MET, BROKEN, UNCLEAR)
ACTOR_WEIGHT, PLACE_WEIGHT = 1.0, 0.6


@dataclass
class Decider:
    """A later event that meets or breaks a commitment."""
    event_id: str
    document_id: str | None
    date: str
    effect: str  # met | broken
    cameo: dict[str, Any]
    evidence: str
    weight: float  # how the event touches the commitment: its actors (1.0) or only its place (0.6)
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass
class Followup:
    commitment: Commitment
    status: str
    confidence: float
    reason: str
    deciding: list[Decider] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**self.commitment.to_dict(), "status": self.status, "confidence_status": self.confidence,
                "reason": self.reason, "deciding": [d.to_dict() for d in self.deciding]}


def assess(commitment: Commitment, later: Iterable[dict[str, Any]], as_of: str,
           kinds: tuple[Kind, ...] | None = None) -> Followup:
    """The status of one commitment, from event dicts (any; those that do not bear on it are ignored)."""
    kinds = kinds if kinds is not None else load_kinds()
    kind = next((k for k in kinds if k.name == commitment.kind), None)
    deadline = _deadline_day(commitment.deadline)
    deciders = [d for event in later if (d := _decider(commitment, kind, deadline, event)) is not None]
    deciders.sort(key=lambda d: (d.date, d.event_id))
    met = [d for d in deciders if d.effect == MET]
    broken = [d for d in deciders if d.effect == BROKEN]
    if met or broken:
        return _decided(commitment, met, broken, deadline)
    if deadline and deadline >= as_of:
        return Followup(commitment, PENDING, 1.0, f"the deadline {deadline} has not passed on {as_of}")
    if deadline:
        return Followup(commitment, UNCLEAR, 0.5, f"no report after the deadline {deadline} meets or breaks it")
    what = "no later report meets or breaks it" if commitment.kind != OTHER else "it sets no deadline"
    return Followup(commitment, PENDING, 0.5, what)


def assess_all(commitments: Iterable[Commitment], events: list[dict[str, Any]], as_of: str,
               kinds: tuple[Kind, ...] | None = None) -> list[Followup]:
    """Every commitment's status; `events` are all candidate later events (indexed here by country)."""
    kinds = kinds if kinds is not None else load_kinds()
    by_country: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        for country in _countries(event) | {_location_country(event)} - {None}:
            by_country.setdefault(country, []).append(event)
    out = []
    for commitment in commitments:
        seen, candidates = set(), []
        for country in sorted(commitment.countries):
            for event in by_country.get(country, []):
                if event["id"] not in seen:
                    seen.add(event["id"])
                    candidates.append(event)
        out.append(assess(commitment, candidates, as_of, kinds))
    return out


def _decided(commitment: Commitment, met: list[Decider], broken: list[Decider], deadline: str | None) -> Followup:
    met_strength, broken_strength = _noisy_or(met), _noisy_or(broken)
    if met and broken:
        last_met, last_broken = met[-1].date, broken[-1].date
        if last_met == last_broken:
            return Followup(commitment, UNCLEAR, round(1 - abs(met_strength - broken_strength), 2),
                            f"reports on {last_met} both meet and break it", met + broken)
        winner = MET if last_met > last_broken else BROKEN
    else:
        winner = MET if met else BROKEN
    won, lost = (met, broken) if winner == MET else (broken, met)
    confidence = _noisy_or(won) * (1 - 0.5 * _noisy_or(lost))
    first = won[0]
    reason = f"{first.cameo.get('name') or first.cameo.get('code')} reported on {first.date}"
    if winner == MET and deadline and first.date > deadline:
        reason += f", after the deadline {deadline}"
    if lost:
        reason += f"; an earlier report {('broke' if winner == MET else 'met')} it"
    return Followup(commitment, winner, round(confidence, 2), reason, won + lost)


def _decider(commitment: Commitment, kind: Kind | None, deadline: str | None,
             event: dict[str, Any]) -> Decider | None:
    if kind is None or event["id"] in commitment.mention_ids or event.get("modality") != "asserted":
        return None
    if event.get("story") and event.get("story") == commitment.id:
        return None
    code = (event.get("cameo") or {}).get("code")
    effect = MET if matches(code, kind.met) else BROKEN if matches(code, kind.broken) else None
    if effect is None:
        return None
    day = _day(event)
    if not day or day < commitment.date or (effect == BROKEN and not _after_start(day, commitment, deadline)):
        return None
    weight = ACTOR_WEIGHT if _countries(event) & commitment.countries else (
        PLACE_WEIGHT if _location_country(event) in commitment.countries else 0.0)
    if not weight:
        return None
    return Decider(event["id"], event.get("document_id"), day, effect, event.get("cameo") or {},
                   event.get("evidence") or "", weight, float(event.get("confidence") or 0.0))


def _after_start(day: str, commitment: Commitment, deadline: str | None) -> bool:
    """Whether an event on `day` can break the commitment: after its deadline (on the deadline day
    itself where the deadline is that day's midnight start), else after the day it was made."""
    if deadline is None:
        return day > commitment.date
    value = str((commitment.deadline or {}).get("value") or "")
    starts_the_day = value[10:16] in ("T00:00", " 00:00")
    return day >= deadline if starts_the_day else day > deadline


def _noisy_or(deciders: list[Decider]) -> float:
    miss = 1.0
    for d in deciders:
        miss *= 1 - max(0.0, min(1.0, d.confidence * d.weight))
    return 1 - miss


def _deadline_day(deadline: dict[str, Any] | None) -> str | None:
    value = (deadline or {}).get("value")
    return str(value)[:10] if value else None


def _countries(event: dict[str, Any]) -> set[str]:
    return {a["country"] for a in (event.get("source") or []) + (event.get("target") or []) if a.get("country")}


def _location_country(event: dict[str, Any]) -> str | None:
    return (event.get("location") or {}).get("country")


def _day(event: dict[str, Any]) -> str:
    return str((event.get("date") or {}).get("value") or event.get("published") or "")[:10]
