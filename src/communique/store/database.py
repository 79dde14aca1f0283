"""The store: one embedded DuckDB file holding documents, event mentions, actors, places, quotes,
dates and stories (schema in schema.sql).

Documents are written a batch per transaction (`commit_size` in ingest), so an interrupted run keeps
every committed batch and the next run resumes where it stopped: `new_articles` drops inputs already stored (same id, URL or
normalised text) before any NLP runs on them. The writing is `writing.py`'s step, the reading back `reading.py`'s.
"""
from __future__ import annotations

from pathlib import Path

from . import keys as key_table
from .opening import open_database
from .reading import StoreReading
from .writing import DUPLICATE_CHECK_FAILED, EXTRACTION_FAILED, NOT_STORED, TABLE_COLUMNS, StoreWriting

__all__ = ["DEFAULT_PATH", "DUPLICATE_CHECK_FAILED", "EXTRACTION_FAILED", "NOT_STORED", "Store"]

DEFAULT_PATH = "communique.duckdb"


class Store(StoreWriting, StoreReading):
    """A communique database file. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False):
        self.path = Path(path)
        self.db = open_database(self.path, read_only, tuple(TABLE_COLUMNS))
        self._next_seq = self._scalar("SELECT coalesce(max(seq), 0) + 1 FROM documents")
        self.writes = 0  # batches committed through this Store: what readers' in-memory copies are checked against
        # the desk's lookup of actor keys and days: brought in step where mentions were written otherwise
        self.keys_ready = key_table.in_step(self.db)
        if not self.keys_ready and not read_only:
            key_table.rebuild(self.db)
            self.keys_ready = True

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()
