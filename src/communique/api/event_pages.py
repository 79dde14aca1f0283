"""/api/events from memory where it can be: the server is the store's one writer, so it may keep copies
of what it reads until it next writes. Two are kept, both dropped at every write:

- the `event_keys` lookup (`store.key_index.KeyIndex`), from which a page filtered by dyad, pair,
  country and dates is found without a query;
- each event's JSON as the API sends it, by id, least recently used first out past a size limit.

Both belong to one generation of the store: the count of batches its `Store` has committed (`writes`,
counted after each commit) and of `forget` calls; a request that finds another generation starts afresh.

A page is then the JSON of its events joined into the envelope: the same bytes `JSONResponse` makes of
`{"items": [...], "total": N, "limit": L, "offset": O}`. Events not held are read by rowid in one query.
With a size of 0 no event is kept (each page's events are read), but pages are still found from the index.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any

from ..store import desk as queries
from ..store.database import Store
from ..store import key_index
from ..store.key_index import KeyIndex
from ..store.query_filters import EventQuery

DEFAULT_MB = 64


def dumps(value: Any) -> bytes:
    """JSON as Starlette's JSONResponse renders it."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


class EventPages:
    """The key index and the events' JSON of one store, for one generation of its writes."""

    def __init__(self, store: Store, max_bytes: int = DEFAULT_MB * 1_000_000):
        self.store = store
        self.max_bytes = max_bytes
        self._forgotten = 0
        self._generation: tuple[int, int] = (0, 0)
        self.hits = self.misses = 0
        self._lock = threading.Lock()
        self._building = threading.Lock()
        self._index: tuple[tuple[int, int], KeyIndex] | None = None
        self._json: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0

    def forget(self) -> None:
        """Drop everything kept: the store has been written."""
        with self._lock:
            self._forgotten += 1

    @property
    def generation(self) -> tuple[int, int]:
        return self._forgotten, getattr(self.store, "writes", 0)

    def _held(self) -> None:
        """Drop what was kept for an earlier generation (the caller holds the lock)."""
        if self._generation != self.generation:
            self._generation = self.generation
            if self._index is not None and self._index[0] != self._generation:
                self._index = None
            self._json.clear()
            self._size = 0

    def index(self, build: bool = True) -> KeyIndex | None:
        """The key table in memory, built by the first request that asks for it after a write; None
        (the table is then queried) while another request builds it, where nothing is kept, or where it
        is not held and `build` is false."""
        if not getattr(self.store, "keys_ready", False):
            return None
        generation, held = self.generation, self._index
        if held is not None and held[0] == generation:
            return held[1]
        if not build or not self._building.acquire(blocking=False):
            return None
        try:
            cursor = self.store.db.cursor()
            try:
                built = KeyIndex(cursor)
            finally:
                cursor.close()
            with self._lock:
                if self.generation == generation:
                    self._index = (generation, built)
            return built
        finally:
            self._building.release()

    def page_json(self, q: EventQuery, limit: int, offset: int, read: bool = True) -> bytes | None:
        """The JSON answer of /api/events for `q`, or None where its filters are not all keyed ones.
        With `read` false, nothing is read from the store (the answer is None where it would be)."""
        if not key_index.answers(q):
            return None
        index = self.index(build=read)
        if index is None and not read:
            return None
        keyed = queries.keyed_page(self.store, q, limit, offset, index)
        if keyed is None:
            return None
        items = self._events_json(keyed.ids, keyed.rowids, index.documents if index is not None else None, read)
        if items is None:
            return None
        return (b'{"items":[' + b",".join(items) + b'],"total":' + dumps(keyed.total)
                + b',"limit":' + dumps(limit) + b',"offset":' + dumps(offset) + b"}")

    def _events_json(self, ids: list[str], rowids: list[int], documents: dict | None,
                     read: bool) -> list[bytes] | None:
        generation = self.generation
        held: dict[str, bytes] = {}
        with self._lock:
            self._held()
            for event_id in ids:
                found = self._json.get(event_id)
                if found is not None:
                    self._json.move_to_end(event_id)
                    held[event_id] = found
            if not read and len(held) < len(ids):
                return None  # counted when read
            self.hits += len(held)
            self.misses += len(ids) - len(held)
        missing = [(i, r) for i, r in zip(ids, rowids) if i not in held]
        if missing:
            read_events = queries.event_items(self.store, [i for i, _ in missing], [r for _, r in missing], documents)
            fresh = {event_id: dumps(item) for event_id, item in read_events.items()}
            held.update(fresh)
            with self._lock:
                if self.generation == generation and self.max_bytes > 0:
                    self._keep(fresh)
        return [held[i] for i in ids]

    def _keep(self, fresh: dict[str, bytes]) -> None:
        for event_id, text in fresh.items():
            if event_id not in self._json:
                self._json[event_id] = text
                self._size += len(text)
        while self._size > self.max_bytes and self._json:
            self._size -= len(self._json.popitem(last=False)[1])

    def stats(self) -> str:
        asked = self.hits + self.misses
        rate = f"{self.hits / asked:.1%}" if asked else "-"
        return (f"event cache: {self.hits} hits, {self.misses} misses ({rate} hit rate), {len(self._json)} events "
                f"held in {self._size / 1e6:.1f} MB of {self.max_bytes / 1e6:.0f} MB")
