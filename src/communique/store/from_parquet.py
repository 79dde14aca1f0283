"""Loading a Spark run (`communique spark ... OUTPUT`) into a store: `communique ingest --from-parquet OUTPUT`.

The Spark run writes the store's own tables as Parquet (documents, event_mentions, actors, places, quotes,
dates, story_rows, story_mentions); DuckDB reads them and inserts them as they are, in one transaction.
Documents the store holds already (same id, URL or text) are skipped with their rows, so loading twice
adds nothing. Documents are numbered after those stored, in the Spark run's input order, and story
mentions go in in the order they joined their stories, so every listing and export reads as after
`communique ingest` of the same input. The stories are those the Spark run made: they are not merged
with stories already in the store.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..errors import BadInput
from . import keys
from .add_counts import AddCounts
from .database import Store

CHILD_TABLES = ("event_mentions", "actors", "places", "quotes", "dates")
_NEW = "communique_spark_documents"  # temporary table of the documents being loaded


def load_spark_output(store: Store, folder: str | Path) -> AddCounts:
    """Add the documents, rows and stories of a Spark run's OUTPUT folder to `store`; returns what was
    stored, what was already there (`duplicates`), and the run's rejects by reason (`skipped`)."""
    folder = Path(folder)
    if not any(_files(folder, "documents")) and not (folder / "documents").is_dir():
        raise BadInput(f"{folder} holds no output of `communique spark` (it has no documents folder).")
    counts = AddCounts()
    counts.skipped = Counter(dict(store.query(
        f"SELECT reason, count(*) FROM {_read(folder, 'rejects')} GROUP BY reason").fetchall())
        if _files(folder, "rejects") else {})
    if not _files(folder, "documents"):
        return counts
    first_seq = store.query("SELECT coalesce(max(seq), 0) FROM documents").fetchall()[0][0]
    store.query("BEGIN TRANSACTION")
    try:
        store.query(f"CREATE OR REPLACE TEMP TABLE {_NEW} AS SELECT * FROM {_read(folder, 'documents')} d "
                    "WHERE NOT EXISTS (SELECT 1 FROM documents s WHERE s.id = d.id OR s.url = d.url "
                    "OR s.text_hash = d.text_hash)")
        total = store.query(f"SELECT count(*) FROM {_read(folder, 'documents')}").fetchall()[0][0]
        counts.stored = store.query(f"SELECT count(*) FROM {_NEW}").fetchall()[0][0]
        counts.duplicates = total - counts.stored
        names = _columns(store, "documents")
        values = ", ".join(f"{first_seq} + row_number() OVER (ORDER BY seq)" if n == '"seq"' else n for n in names)
        store.query(f"INSERT INTO documents ({', '.join(names)}) SELECT {values} FROM {_NEW} ORDER BY seq")
        for table in CHILD_TABLES:
            if _files(folder, table):
                _insert_children(store, folder, table)
        counts.events = store.query(f"SELECT count(*) FROM event_mentions WHERE document_id IN "
                                    f"(SELECT id FROM {_NEW})").fetchall()[0][0]
        if _files(folder, "story_mentions"):
            _insert_stories(store, folder)
        keys.fill(store.db, f" WHERE e.document_id IN (SELECT id FROM {_NEW})")
        store.query(f"DROP TABLE {_NEW}")
        store.query("COMMIT")
    except BaseException:
        store.query("ROLLBACK")
        raise
    return counts


def _insert_children(store: Store, folder: Path, table: str) -> None:
    names = ", ".join(_columns(store, table))
    store.query(f"INSERT INTO {table} ({names}) SELECT {', '.join('t.' + n for n in _columns(store, table))} "
                f"FROM {_read(folder, table)} t JOIN {_NEW} d ON d.id = t.document_id "
                "ORDER BY d.seq, t.position")


def _insert_stories(store: Store, folder: Path) -> None:
    """The story links of the loaded mentions, in the order they joined, and those stories' rows."""
    store.query(f"INSERT INTO story_mentions (story_id, mention_id, reason) SELECT l.story_id, l.mention_id, "
                f"l.reason FROM {_read(folder, 'story_mentions')} l JOIN event_mentions e ON e.id = l.mention_id "
                f"WHERE e.document_id IN (SELECT id FROM {_NEW}) ORDER BY l.mention_order")
    if not _files(folder, "story_rows"):
        return
    loaded = (f"SELECT DISTINCT l.story_id FROM {_read(folder, 'story_mentions')} l JOIN event_mentions e "
              f"ON e.id = l.mention_id WHERE e.document_id IN (SELECT id FROM {_NEW})")
    store.query(f"DELETE FROM stories WHERE id IN ({loaded})")
    names = _columns(store, "stories")
    store.query(f"INSERT INTO stories ({', '.join(names)}) SELECT {', '.join('s.' + n for n in names)} "
                f"FROM {_read(folder, 'story_rows')} s WHERE s.id IN ({loaded})")


def _columns(store: Store, table: str) -> list[str]:
    cursor = store.query(f"SELECT * FROM {table} LIMIT 0")
    return [f'"{d[0]}"' for d in cursor.description]


def _files(folder: Path, table: str) -> list[Path]:
    return sorted((folder / table).rglob("*.parquet")) if (folder / table).is_dir() else []


def _read(folder: Path, table: str) -> str:
    pattern = str(folder / table / "**" / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning = false, union_by_name = true)"
