"""The `event_keys` lookup table (schema.sql): each event mention's day and sort key, and the country
and actor codes on each side, one row each. The store fills it in the transaction that inserts the
mentions (`fill`); a store whose mentions were written some other way is brought back in step when it is
opened for writing (`in_step`, `rebuild`). The desk reads it only where it is in step, and only as the
same conditions the full query applies, so every answer is the same with or without it.
"""
from __future__ import annotations

from typing import Any

import duckdb

_FILL = """INSERT INTO event_keys (event_id, side, code, is_country, day, sort_date, seq, position)
WITH m AS (SELECT e.id, coalesce(e.date_value, d.published) AS sort_date, d.seq, e.position,
                  coalesce(e.source_countries, []) AS sc, coalesce(e.source_codes, []) AS so,
                  coalesce(e.target_countries, []) AS tc, coalesce(e.target_codes, []) AS tt
           FROM event_mentions e JOIN documents d ON d.id = e.document_id{where}),
     s AS (SELECT id, 'S' AS side, unnest(list_distinct(sc || so)) AS code, sc AS countries, sort_date, seq, position FROM m
           UNION ALL
           SELECT id, 'T', unnest(list_distinct(tc || tt)), tc, sort_date, seq, position FROM m)
SELECT id, '*', NULL, NULL, substr(sort_date, 1, 10), sort_date, seq, position FROM m
UNION ALL
SELECT id, side, code, list_contains(countries, code), substr(sort_date, 1, 10), sort_date, seq, position
FROM s WHERE code IS NOT NULL
ORDER BY 2, 3, 5"""  # clustered by side, code and day: DuckDB's zone maps then skip most of the table


def fill(db: duckdb.DuckDBPyConnection, where: str = "", params: list[Any] | None = None) -> None:
    """Add the key rows of the mentions matching `where` (over `event_mentions e JOIN documents d`)."""
    db.execute(_FILL.format(where=where), params or [])


def in_step(db: duckdb.DuckDBPyConnection) -> bool:
    """True where the key table holds one '*' row for each stored mention (with its document)."""
    try:
        keyed = db.execute("SELECT count(*) FROM event_keys WHERE side = '*'").fetchall()[0][0]
    except duckdb.Error:  # a store made before the table, opened read-only
        return False
    stored = db.execute("SELECT count(*) FROM event_mentions e JOIN documents d ON d.id = e.document_id"
                        ).fetchall()[0][0]
    return keyed == stored


def rebuild(db: duckdb.DuckDBPyConnection) -> None:
    db.execute("BEGIN TRANSACTION")
    try:
        db.execute("DELETE FROM event_keys")
        fill(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
