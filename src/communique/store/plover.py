"""PLOVER 2.0 JSONL export: one record per event mention, with the manual's fields (its "Data Fields"
chapter, ../shared/reference/PLOVER_MANUAL.tex) plus communique's own.

Following the manual:
- `date` is YYYY-MM-DD. An event known only to the month or the year has `date` on the first day of the
  period and `enddate` on its last (2019-04 -> 2019-04-01 .. 2019-04-30), and a week its Monday and
  Sunday; communique's own `date_precision` says which (day, week, month, year, hour, minute). A time of
  day goes in `time`.
- Auxiliary modes go in `context`, as the manual prescribes: "historical", "future", "hypothetical" and
  "negation". A negated event has `has_event: false` (the manual: negated events can be excluded from
  the final event dataset); every other record `has_event: true`.
- `event_loc` is the manual's location object: extracted_place, resolved_place, geonameid, lat, lon,
  country_code (ISO alpha-3), country (its name), city/province where the place is one, feature_class
  (GeoNames: P populated place, A country or admin area, L region), resolution (4 city, 2 province,
  1 country).
By default only asserted and historical mentions are exported (what happened, or was said); give
`modality="all"` for every mention.
"""
from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache
from typing import Any, Iterator, TextIO

from .. import __version__
from ..jsonl import dumps_line
from .database import Store
from .gdelt import with_default_modality

_RESOLUTION = {"country": 1, "admin": 2, "city": 4}
_FEATURE_CLASS = {"country": "A", "admin": "A", "city": "P", "region": "L"}
_AUXILIARY = {"historical": "historical", "future": "future", "hypothetical": "hypothetical",
              "negated": "negation"}


def write_plover(store: Store, out: TextIO, filters: dict[str, Any] | None = None) -> None:
    for record in plover_records(store, filters):
        out.write(dumps_line(record) + "\n")


def plover_records(store: Store, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """PLOVER 2.0 records, one per exported event mention."""
    documents = {r[0]: r[1:] for r in store.query(
        "SELECT id, title, source, strftime(ingested_at, '%Y-%m-%d') FROM documents").fetchall()}
    for event in store.iter_events(order="stored", **with_default_modality(filters)):
        title, publisher, coded = documents.get(event["document_id"], (None, None, None))
        yield plover_record(event, title, publisher, coded)


def plover_record(event: dict[str, Any], title: str | None = None, publisher: str | None = None,
                  coded_date: str | None = None) -> dict[str, Any]:
    """One PLOVER record from an event dict as `Store.events` returns it."""
    date = event["date"] or {}
    when = date.get("value") or event.get("published")
    precision = date.get("precision") if date.get("value") else "day"
    start, end = period(when, precision)
    plover = event["plover"] or {}
    modality = event.get("modality") or "asserted"
    context = list(plover.get("context") or [])
    if modality in _AUXILIARY and _AUXILIARY[modality] not in context:
        context.append(_AUXILIARY[modality])
    record = {
        "id": event["id"], "has_event": modality != "negated", "date": start,
        "actor": [_entity(a) for a in event["source"]],
        "recipient": [_entity(a) for a in event["target"]],
        "event": [plover["type"]] if plover.get("type") else [],
        "mode": [plover["mode"]] if plover.get("mode") else [],
        "context": context,
        "event_text": [event.get("trigger") or event["evidence"]],
        "event_loc": _location(event["location"]),
        "quad_code": event["quad_class"], "text": event["evidence"],
        "text_info": {"sequence": event["sentence"], "start": event["start"], "end": event["end"]},
        "cite_info": {"url": event.get("url"), "title": title, "language": "en", "publication": publisher,
                      "coder": f"communique {__version__}", "codebook": "plover-2.0"},
        "size": {k: v for k, v in (event["size"] or {}).items() if k in ("dead", "injured", "arrested")},
        "link": event["story"], "coder": f"communique {__version__}", "coded_date": coded_date,
        "cameo": event["cameo"]["code"], "goldstein": event["goldstein"], "modality": modality,
        "date_precision": precision, "confidence": event["confidence"],
        "document_id": event.get("document_id"),
    }
    if end and end != start:
        record["enddate"] = end
    if when and len(when) > 10 and "T" in when:
        record["time"] = when.split("T", 1)[1]
    return record


def period(value: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """The first and last day (YYYY-MM-DD) of the period an ISO date string names."""
    if not value or not value[:4].isdecimal():
        return None, None
    year = int(value[:4])
    if len(value) == 4:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    if len(value) == 7 and value[5:7].isdecimal() and 1 <= int(value[5:7]) <= 12:
        month = int(value[5:7])
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    day = value[:10]
    if precision == "week":
        try:
            return day, (dt.date.fromisoformat(day) + dt.timedelta(days=6)).isoformat()
        except (ValueError, OverflowError):
            return day, day
    return day, day


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    code = actor.get("country") or (actor.get("code") or "")[:3] or None
    return {"code": code, "sector": actor.get("sector"), "entity_text": actor.get("text"),
            "identifier_text": actor.get("name"), "cameo_code": actor.get("code")}


def _location(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    feature = place.get("feature")
    record = {"extracted_place": place.get("text"), "resolved_place": place.get("name"),
              "geonameid": place.get("geonameid"), "lat": place.get("lat"), "lon": place.get("lon"),
              "country_code": place.get("country"), "country": _country_name(place.get("country")),
              "feature_class": _FEATURE_CLASS.get(feature), "resolution": _RESOLUTION.get(feature),
              "feature": feature}
    if feature == "city":
        record["city"] = place.get("name")
    elif feature == "admin":
        record["province"] = place.get("name")
    return record


@lru_cache(maxsize=512)
def _country_name(code: str | None) -> str | None:
    if not code or len(code) != 3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return country.name if country is not None else None
