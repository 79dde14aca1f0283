"""The `event_keys` lookup table (schema.sql): each event mention's day and sort key, and the country
and actor codes on each side, one row each. The store fills it in the transaction that inserts the
mentions (`fill`); a store whose mentions were written some other way is brought back in step when it is
opened for writing (`in_step`, `rebuild`). The desk reads it only where it is in step, and only as the
same conditions the full query applies, so every answer is the same with or without it.
"""
from __future__ import annotations

from typing import Any

import duckdb
from importlib import resources

_FILL = """INSERT INTO event_keys (event_id, event_rowid, side, code, is_country, day, sort_date, seq, position)
WITH m AS (SELECT e.id, e.rowid AS rid, coalesce(e.date_value, d.published) AS sort_date, d.seq, e.position,
                  coalesce(e.source_countries, []) AS sc, coalesce(e.source_codes, []) AS so,
                  coalesce(e.target_countries, []) AS tc, coalesce(e.target_codes, []) AS tt
           FROM event_mentions e JOIN documents d ON d.id = e.document_id{where}),
     s AS (SELECT id, rid, 'S' AS side, unnest(list_distinct(sc || so)) AS code, sc AS countries, sort_date, seq, position FROM m
           UNION ALL
           SELECT id, rid, 'T', unnest(list_distinct(tc || tt)), tc, sort_date, seq, position FROM m)
SELECT id, rid, '*', NULL, NULL, substr(sort_date, 1, 10), sort_date, seq, position FROM m
UNION ALL
SELECT id, rid, side, code, list_contains(countries, code), substr(sort_date, 1, 10), sort_date, seq, position
FROM s WHERE code IS NOT NULL
ORDER BY 3, 4, 6"""  # clustered by side, code and day: DuckDB's zone maps then skip most of the table


def fill(db: duckdb.DuckDBPyConnection, where: str = "", params: list[Any] | None = None) -> None:
    """Add the key rows of the mentions matching `where` (over `event_mentions e JOIN documents d`)."""
    db.execute(_FILL.format(where=where), params or [])


def in_step(db: duckdb.DuckDBPyConnection) -> bool:
    """True where the key table holds one '*' row for each stored mention (with its document)."""
    try:
        keyed = db.execute("SELECT count(*) FROM event_keys WHERE side = '*' AND event_rowid IS NOT NULL"
                           ).fetchall()[0][0]
    except duckdb.Error:  # a store made before the table (or this form of it), opened read-only
        return False
    stored = db.execute("SELECT count(*) FROM event_mentions e JOIN documents d ON d.id = e.document_id"
                        ).fetchall()[0][0]
    return keyed == stored


def rebuild(db: duckdb.DuckDBPyConnection) -> None:
    """Fill the table anew from the stored mentions (made anew where an older form of it lacks a column)."""
    columns = {r[0] for r in db.execute("SELECT column_name FROM information_schema.columns "
                                        "WHERE table_name = 'event_keys'").fetchall()}
    if "event_rowid" not in columns:
        db.execute("DROP TABLE IF EXISTS event_keys")
        schema = resources.files(__package__).joinpath("schema.sql").read_text("utf-8")
        db.execute("CREATE TABLE event_keys " + schema.split("CREATE TABLE IF NOT EXISTS event_keys ")[1].split(";")[0])
        db.execute("CREATE INDEX IF NOT EXISTS event_keys_code ON event_keys (code)")
    db.execute("BEGIN TRANSACTION")
    try:
        db.execute("DELETE FROM event_keys")
        fill(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
