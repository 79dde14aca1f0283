"""The analyst's filters over stored event mentions, as one parameterised WHERE clause: actor, country,
directed and undirected dyad, CAMEO root or code, PLOVER type, QuadClass, modality, date range, place,
story and minimum confidence. Used by the API and the follow-up commands (`store.filters` keeps the CLI's
original subset). Every value is passed as a parameter; nothing the user gives is put into SQL text.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..errors import BadInput
from .filters import check_day, normalise_root

MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")
DAY_SQL = "substr(coalesce(e.date_value, d.published), 1, 10)"


@dataclass(frozen=True)
class EventQuery:
    actor: str | None = None  # part of an actor's name or text, or its CAMEO code (either side)
    country: str | None = None  # a source or target country code
    dyad: str | None = None  # "SRC,TGT": source and target country or actor codes, directed
    pair: str | None = None  # "A,B": A and B on opposite sides, either way round
    root: str | None = None  # CAMEO root, "2" or "02"
    cameo: str | None = None  # CAMEO code or its first digits, "0256" or "025"
    plover: str | None = None  # PLOVER type, e.g. ASSAULT
    quad_class: int | None = None  # 1..4
    modality: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive, on the event date (else the publication date)
    until: str | None = None
    place: str | None = None  # part of the location's name or text, or its country code
    story: str | None = None  # a story id or its first characters
    min_confidence: float | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


def two_codes(value: str, name: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise BadInput(f"The {name} {value!r} needs two codes separated by a comma, e.g. TUR,LBY.")
    return parts[0], parts[1]


def _side(column: str) -> str:
    return f"(list_contains(e.{column}_countries, ?) OR list_contains(e.{column}_codes, ?))"


def event_where(q: EventQuery) -> tuple[str, list[Any]]:
    """' WHERE ...' over `event_mentions e JOIN documents d`, and its parameters ('' where no filter)."""
    clauses: list[str] = []
    params: list[Any] = []
    if q.actor:
        clauses.append("contains(e.actor_names, ?)")
        params.append(q.actor.strip().lower())
    if q.country:
        clauses.append("(list_contains(e.source_countries, ?) OR list_contains(e.target_countries, ?))")
        params += [q.country.strip().upper()] * 2
    if q.dyad:
        source, target = two_codes(q.dyad, "dyad")
        clauses.append(f"{_side('source')} AND {_side('target')}")
        params += [source, source, target, target]
    if q.pair:
        a, b = two_codes(q.pair, "pair")
        clauses.append(f"(({_side('source')} AND {_side('target')}) OR ({_side('source')} AND {_side('target')}))")
        params += [a, a, b, b, b, b, a, a]
    if q.root:
        clauses.append("e.cameo_root = ?")
        params.append(normalise_root(q.root))
    if q.cameo:
        code = q.cameo.strip()
        if not code.isdecimal() or len(code) > 4:
            raise BadInput(f"CAMEO code {code!r} is not a CAMEO event code; give 2 to 4 digits, e.g. 0256.")
        clauses.append("starts_with(e.cameo_code, ?)")
        params.append(code)
    if q.plover:
        clauses.append("upper(e.plover_type) = ?")
        params.append(q.plover.strip().upper())
    if q.quad_class is not None:
        if q.quad_class not in (1, 2, 3, 4):
            raise BadInput(f"QuadClass {q.quad_class} is not one of 1, 2, 3, 4.")
        clauses.append("e.quad_class = ?")
        params.append(q.quad_class)
    if q.modality:
        if q.modality not in MODALITIES:
            raise BadInput(f"Modality {q.modality!r} is not one of {', '.join(MODALITIES)}.")
        clauses.append("e.modality = ?")
        params.append(q.modality)
    if q.since:
        clauses.append(f"{DAY_SQL} >= ?")
        params.append(check_day(q.since, "since"))
    if q.until:
        clauses.append(f"{DAY_SQL} <= ?")
        params.append(check_day(q.until, "until"))
    if q.place:
        clauses.append("(contains(lower(coalesce(e.location_name, '')), ?) OR "
                       "contains(lower(coalesce(e.location_text, '')), ?) OR e.location_country = ?)")
        params += [q.place.strip().lower(), q.place.strip().lower(), q.place.strip().upper()]
    if q.story:
        clauses.append("starts_with(e.story_id, ?)")
        params.append(q.story.strip())
    if q.min_confidence is not None:
        if not 0.0 <= q.min_confidence <= 1.0:
            raise BadInput(f"The minimum confidence {q.min_confidence} is not between 0 and 1.")
        clauses.append("e.confidence >= ?")
        params.append(q.min_confidence)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
