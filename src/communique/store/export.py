"""Exports of the store: GDELT 2.0 Event and Mentions tables (gdelt.py), PLOVER 2.0 JSONL (plover.py),
CSV, Parquet and JSONL.

Every export takes the filters of `communique events` (`filters`: actor, country, dyad, root, since,
until, story, modality). GDELT and PLOVER hold only asserted and historical mentions unless a modality
is given ("all" for every mention); CSV, Parquet and JSONL hold every modality unless one is given, and
have a `modality` column or field. `communique events --format csv` writes the same CSV as
`export --format csv` (one schema, EVENTS_FLAT_COLUMNS), in date order.
JSONL and PLOVER lines escape U+2028, U+2029 and U+0085 (jsonl.dumps_line), so no reader splits a record.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, TextIO

from ..errors import BadInput
from ..jsonl import dumps_line
from .database import Store
from .filters import event_filters, limit_clause, story_filters
from .gdelt import gdelt_columns, gdelt_rows, write_gdelt, write_gdelt_mentions  # noqa: F401
from .plover import plover_record, plover_records, write_plover  # noqa: F401

FORMATS = ("gdelt", "gdelt-mentions", "plover", "csv", "parquet", "jsonl")
TABLES = ("events", "stories")
FILTER_KEYS = ("actor", "country", "dyad", "root", "since", "until", "story", "modality")

EVENTS_FLAT_SELECT = """
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
FROM event_mentions e JOIN documents d ON d.id = e.document_id"""
EVENTS_FLAT_SQL = EVENTS_FLAT_SELECT + " ORDER BY d.seq, e.position"  # kept for callers of the old name
EVENT_ORDER = {"stored": "d.seq, e.position",
               "date": "coalesce(e.date_value, d.published), d.seq, e.position"}

STORIES_FLAT_SELECT = """
SELECT s.id, s.cameo_root, json_extract_string(s.cameo_json, '$.code') AS cameo_code,
       json_extract_string(s.plover_json, '$.type') AS plover_type, s.source_country, s.target_country,
       s.source_json AS source_actors, s.target_json AS target_actors, s.date_value,
       json_extract_string(s.date_json, '$.precision') AS date_precision, s.location_json AS location,
       s.deadline_json AS deadline, s.mentions, s.documents, s.first_seen, s.last_seen,
       (SELECT string_agg(DISTINCT coalesce(m.modality, 'asserted'), ';' ORDER BY coalesce(m.modality, 'asserted'))
        FROM event_mentions m WHERE m.story_id = s.id) AS modalities,
       s.reasons_json AS reasons
FROM stories s"""
STORIES_FLAT_SQL = STORIES_FLAT_SELECT + " ORDER BY s.date_value, s.first_seen, s.id"


def export(store: Store, fmt: str, out: TextIO | None = None, path: Path | None = None,
           table: str = "events", filters: dict[str, Any] | None = None) -> None:
    """Write the store in `fmt` to `out` (a text stream) or, for Parquet, to `path`."""
    if fmt not in FORMATS:
        raise BadInput(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if table not in TABLES:
        raise BadInput(f"Unknown table {table!r}; choose events or stories.")
    filters = {k: v for k, v in (filters or {}).items() if k in FILTER_KEYS}
    if fmt == "parquet":
        if path is None:
            raise BadInput("Parquet is a binary format; give a file to write it to with --out FILE.parquet.")
        write_parquet(store, path, table, filters)
        return
    writer = {"gdelt": write_gdelt, "gdelt-mentions": write_gdelt_mentions, "plover": write_plover,
              "jsonl": write_jsonl}.get(fmt)
    if writer is not None:
        writer(store, out, filters)
    else:
        write_csv(store, out, table, filters)


def write_jsonl(store: Store, out: TextIO, filters: dict[str, Any] | None = None) -> None:
    """Every event mention as its contract dict plus `document_id`, `url`, `published`, one per line."""
    for event in store.iter_events(order="stored", **(filters or {})):
        out.write(dumps_line(event) + "\n")


def flat_query(table: str = "events", filters: dict[str, Any] | None = None, order: str = "stored",
               limit: int | None = None) -> tuple[str, list]:
    """The SQL (and its parameters) of the flat table of event mentions or stories, filtered."""
    keys = [(filters or {}).get(k) for k in FILTER_KEYS]
    if table == "events":
        where, params = event_filters(*keys)
        return f"{EVENTS_FLAT_SELECT}{where} ORDER BY {EVENT_ORDER[order]}{limit_clause(limit)}", params
    where, params = story_filters(*keys)
    return f"{STORIES_FLAT_SELECT}{where} ORDER BY s.date_value, s.first_seen, s.id{limit_clause(limit)}", params


def write_csv(store: Store, out: TextIO, table: str = "events", filters: dict[str, Any] | None = None,
              order: str = "stored", limit: int | None = None) -> None:
    """A flat CSV (header first) of event mentions or stories; actor lists and objects as JSON text."""
    sql, params = flat_query(table, filters, order, limit)
    cursor = store.query(sql, params)
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cursor.description])
    while chunk := cursor.fetchmany(1000):
        writer.writerows(chunk)


def write_parquet(store: Store, path: Path, table: str = "events",
                  filters: dict[str, Any] | None = None) -> None:
    """The same columns as `write_csv`, as a Parquet file written by DuckDB itself."""
    path = Path(path)
    if not path.parent.is_dir():
        raise BadInput(f"Cannot write {path}: the folder {path.parent} does not exist.")
    sql, params = flat_query(table, filters)
    quoted = str(path).replace("'", "''")
    store.query(f"COPY ({sql}) TO '{quoted}' (FORMAT PARQUET)", params)
