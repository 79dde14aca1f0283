"""The store: one embedded DuckDB file holding documents, event mentions, actors, places, quotes,
dates and stories (schema in schema.sql).

Documents are written a batch per transaction (`commit_size` in ingest), so an interrupted run keeps
every committed batch and the next run resumes where it stopped: `new_articles` drops inputs already stored (same id, URL or
normalised text) before any NLP runs on them.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from collections import Counter
from typing import Any, Iterable, Iterator

import duckdb

from ..ingest.reading import text_hash
from ..records import Article, Document
from ..resolve.stories import StoryIndex
from . import keys as key_table, rows
from .bulk_insert import insert_rows, unregister_rows
from .pending import DUPLICATE, PendingBatch as _Batch, chunks as _chunks, document_keys as _keys
from .opening import first_line as _first_line, open_database
from .add_counts import AddCounts
from .filters import event_filters, limit_clause, story_filters

DEFAULT_PATH = "communique.duckdb"
EXTRACTION_FAILED = "extraction failed"  # a Document with `error` whose reason is not given as "<reason>: ..."
NOT_STORED = "cannot be stored"
DUPLICATE_CHECK_FAILED = "duplicate check failed"
_TABLES = {"documents": ("id", "url", "title", "published", "source", "text_hash", "text", "error",
                         "ingested_at", "seq"),
           "event_mentions": rows.EVENT_COLUMNS, "actors": rows.ACTOR_COLUMNS,
           "places": rows.PLACE_COLUMNS, "quotes": rows.QUOTE_COLUMNS, "dates": rows.DATE_COLUMNS}


class Store:
    """A communique database file. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False):
        self.path = Path(path)
        self.db = open_database(self.path, read_only, tuple(_TABLES))
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

    # ---- writing -----------------------------------------------------------------------------

    def stored_keys(self, ids: Iterable[str | None], urls: Iterable[str | None],
                    hashes: Iterable[str]) -> set[str]:
        """Which of these ids, URLs and text hashes are already stored, as "id:", "url:", "text:" keys."""
        ids, urls, hashes = ([str(v) for v in values if v] for values in (ids, urls, hashes))
        found = self.db.execute(
            "SELECT id, url, text_hash FROM documents WHERE list_contains($ids, id) "
            "OR list_contains($urls, url) OR list_contains($hashes, text_hash)",
            {"ids": ids, "urls": urls, "hashes": hashes}).fetchall()
        return {key for doc_id, url, hash_ in found for key in _keys(doc_id, url, hash_)}

    def is_stored(self, id: str | None = None, url: str | None = None, text: str | None = None) -> bool:
        """True where a document with this id, URL or normalised text is already in the store."""
        hashes = [text_hash(text)] if text is not None else []
        return bool(self.stored_keys([id], [url], hashes))

    def new_articles(self, articles: Iterable[Article], counts: AddCounts,
                     chunk: int = 64) -> Iterator[Article]:
        """The articles not yet stored (nor seen earlier in this run); duplicates are counted.

        Checked `chunk` articles at a time, with one query each, before any NLP runs on them.
        """
        seen: set[str] = set()
        for group in _chunks(articles, chunk):
            try:
                hashes = [text_hash(a.text) for a in group]
                stored = self.stored_keys([a.id for a in group], [a.url for a in group], hashes)
            except (duckdb.Error, TypeError, AttributeError):  # one bad article: find it, one at a time
                group, hashes, stored = self._checked_one_by_one(group, counts)
            for article, hash_ in zip(group, hashes):
                keys = _keys(article.id, article.url, hash_)
                if keys & (seen | stored):
                    counts.duplicates += 1
                    continue
                seen |= keys
                yield article

    def _checked_one_by_one(self, group: list[Article], counts: AddCounts):
        kept, hashes, stored = [], [], set()
        for article in group:
            try:
                hash_ = text_hash(article.text)
                stored |= self.stored_keys([article.id], [article.url], [hash_])
            except (duckdb.Error, TypeError, AttributeError) as exc:
                counts.skip(article.path or str(article.id), DUPLICATE_CHECK_FAILED, _first_line(exc))
                continue
            kept.append(article)
            hashes.append(hash_)
        return kept, hashes, stored

    def add_documents(self, documents: Iterable[Document], story_index: Any = None,
                      counts: AddCounts | None = None, batch_size: int = 32) -> AddCounts:
        """Store documents, `batch_size` per transaction; skip duplicates and failed extractions.

        An interrupted run keeps every committed batch. `story_index` (a `resolve.stories.StoryIndex`)
        assigns each new mention to a story; story rows and story_mentions are written in the same
        transaction as the documents. Each document's rows and stories are made as it arrives (`_prepare`), so
        that a run coding its documents meanwhile does that work while it waits for the next parse, not after its
        last document; the check against the store, the counts and the writes come at the batch's commit.
        """
        counts = counts if counts is not None else AddCounts()
        batch = None
        for document in documents:
            if batch is None:  # documents are made ready only with an index the store can read back (below)
                batch = self._new_batch(story_index is None or isinstance(story_index, StoryIndex))
            batch.documents.append(document)
            if batch.ready:
                self._prepare(document, story_index, batch)
            if len(batch.documents) == batch_size:
                story_index, batch = self._commit(batch, story_index, counts), None
        if batch is not None:
            self._commit(batch, story_index, counts)
        return counts

    def _commit(self, batch: _Batch, story_index: Any, counts: AddCounts) -> Any:
        """Write a batch in one transaction; where it fails, its documents one at a time, the story index read
        again from the store (the failed batch's mentions were in it). Returns the story index to go on with."""
        try:
            if batch.ready:
                stored = self.stored_keys([d.id for d in batch.documents], [d.url for d in batch.documents],
                                          batch.hashes)
                if not stored & batch.seen:
                    self._add_counted(batch, story_index, counts)
                    return story_index
                # a document of the batch is stored already: what was made for it (stories) is undone
                self._next_seq = batch.first_seq
                if isinstance(story_index, StoryIndex):
                    story_index = self.story_index()
            self._add_counted(self._batch_of(batch.documents, story_index), story_index, counts)
            return story_index
        except duckdb.Error:
            if isinstance(story_index, StoryIndex):
                story_index = self.story_index()
            for document in batch.documents:  # one document the database refuses must not cost the batch
                try:
                    self._add_counted(self._batch_of([document], story_index), story_index, counts)
                except duckdb.Error as exc:
                    if isinstance(story_index, StoryIndex):
                        story_index = self.story_index()
                    counts.skip(f"document {document.id}", NOT_STORED, _first_line(exc))
            return story_index

    def _new_batch(self, ready: bool) -> _Batch:
        return _Batch(self._next_seq, ready, rows={name: [] for name in _TABLES})

    def _batch_of(self, documents: list[Document], story_index: Any) -> _Batch:
        """The documents made ready at once, checked against the store first (the way of a batch written again)."""
        batch = self._new_batch(True)
        batch.seen = self.stored_keys([d.id for d in documents], [d.url for d in documents],
                                      [text_hash(d.text) for d in documents])
        for document in documents:
            batch.documents.append(document)
            self._prepare(document, story_index, batch)
        return batch

    def _prepare(self, document: Document, story_index: Any, batch: _Batch) -> None:
        """Make one document's rows and story assignments into `batch`, unless it failed or repeats a document
        of the batch (or of `batch.seen`); what happened to it is counted at the commit (`_add_counted`)."""
        hash_ = text_hash(document.text)
        batch.hashes.append(hash_)
        keys = _keys(document.id, document.url, hash_)
        if document.error or keys & batch.seen:
            batch.outcomes.append(document.error or DUPLICATE)
            return
        batch.seen |= keys
        data = document.to_dict()  # once: the story index reads its event dicts too
        batch.assignments += self._assign_stories(document, data["events"], story_index)
        self._document_rows(data, hash_, batch.rows)
        batch.outcomes.append(len(document.events))

    def _add_counted(self, batch: _Batch, story_index: Any, counts: AddCounts) -> None:
        """Count the batch's documents and write it, with the counts left as they were where the transaction
        fails."""
        before = (counts.stored, counts.events, counts.duplicates, Counter(counts.skipped))
        for document, outcome in zip(batch.documents, batch.outcomes):
            if outcome == DUPLICATE:
                counts.duplicates += 1
            elif isinstance(outcome, str):
                reason, _, detail = outcome.partition(": ")
                counts.skip(f"document {document.id}", reason if detail else EXTRACTION_FAILED, detail or reason)
            else:
                counts.stored += 1
                counts.events += outcome
        try:
            self._write(batch.rows, batch.assignments, story_index)
        except duckdb.Error:
            counts.stored, counts.events, counts.duplicates = before[:3]
            counts.skipped.clear()
            counts.skipped.update(before[3])
            raise

    def add_document(self, document: Document, story_index: Any = None) -> AddCounts:
        return self.add_documents([document], story_index)

    def _write(self, table_rows: dict[str, list[tuple]], assignments: list[tuple[str, str, str]],
               story_index: Any) -> None:
        if not table_rows["documents"]:
            return
        self.db.execute("BEGIN TRANSACTION")
        try:
            for name, values in table_rows.items():
                insert_rows(self.db, name, _TABLES[name], values)
            if assignments:
                self._write_story_links(assignments, story_index)
            key_table.fill(self.db, " WHERE list_contains(?, e.document_id)", [[row[0] for row in table_rows["documents"]]])
            self.db.execute("COMMIT")
            self.writes += 1
        except BaseException:
            self.db.execute("ROLLBACK")
            unregister_rows(self.db)  # where the failed transaction kept it from being dropped
            raise

    @staticmethod
    def _assign_stories(document: Document, event_dicts: list[dict[str, Any]],
                        story_index: Any) -> list[tuple[str, str, str]]:
        """(mention id, story id, reason) for each mention; the index sets `event.story` itself, and
        `event_dicts` (the events' contract dicts) get their "story" set here."""
        if story_index is None:
            return []
        if isinstance(story_index, StoryIndex):
            found = story_index.add(document, event_dicts)
        else:  # another index, as the tests give: it converts the events itself
            found = story_index.add(document)
        assignments = [_as_tuple(a) for a in found]
        story_of = {mention_id: story_id for mention_id, story_id, _ in assignments}
        for event, event_dict in zip(document.events, event_dicts):
            event.story = story_of.get(event.id, event.story)
            event_dict["story"] = event.story
        return assignments

    def _document_rows(self, data: dict[str, Any], hash_: str, out: dict[str, list[tuple]]) -> None:
        doc_id = data["id"]
        out["documents"].append(
            (doc_id, data["url"], data["title"], data["published"], data["source"], hash_, data["text"],
             data.get("error"), datetime.now(timezone.utc).replace(tzinfo=None), self._next_seq))
        self._next_seq += 1
        out["event_mentions"] += [rows.event_row(e, doc_id, i) for i, e in enumerate(data["events"])]
        out["actors"] += [rows.actor_row(a, doc_id, i) for i, a in enumerate(data["actors"])]
        out["places"] += [rows.place_row(p, doc_id, i) for i, p in enumerate(data["places"])]
        out["quotes"] += [rows.quote_row(q, doc_id, i) for i, q in enumerate(data["quotes"])]
        out["dates"] += [rows.date_row(t, doc_id, i) for i, t in enumerate(data["dates"])]

    def _write_story_links(self, assignments: list[tuple[str, str, str]], story_index: Any) -> None:
        insert_rows(self.db, "story_mentions", ("story_id", "mention_id", "reason"),
                    [(story_id, mention_id, reason) for mention_id, story_id, reason in assignments])
        touched = {story_id for _, story_id, _ in assignments}
        if hasattr(story_index, "story"):  # one story at a time, where the index can
            stories = [story_index.story(story_id) for story_id in sorted(touched)]
        else:
            stories = [s for s in story_index.stories() if s.id in touched]
        stories = [s for s in stories if s is not None]
        if stories:
            self.db.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [[s.id for s in stories]])
            # vars(): the Story's fields as a dict without the copy `to_dict()` makes; story_row only reads
            insert_rows(self.db, "stories", rows.STORY_COLUMNS, [rows.story_row(vars(s)) for s in stories])

    # ---- reading -----------------------------------------------------------------------------

    def document(self, id: str) -> dict[str, Any] | None:
        """One stored document as its contract dict, or None."""
        found = self._dicts("SELECT * FROM documents WHERE id = ?", [id])
        if not found:
            return None
        row = found[0]
        data = {"id": row["id"], "title": row["title"], "published": row["published"], "url": row["url"],
                "source": row["source"], "text": row["text"]}
        where = "WHERE document_id = ? ORDER BY position"
        data["events"] = [rows.event_dict(r) for r in self._dicts(f"SELECT * FROM event_mentions {where}", [id])]
        data["actors"] = [rows.actor_dict(r) for r in self._dicts(f"SELECT * FROM actors {where}", [id])]
        data["places"] = [rows.place_dict(r) for r in self._dicts(f"SELECT * FROM places {where}", [id])]
        data["quotes"] = [rows.quote_dict(r) for r in self._dicts(f"SELECT * FROM quotes {where}", [id])]
        data["dates"] = [rows.date_dict(r) for r in self._dicts(f"SELECT * FROM dates {where}", [id])]
        if row["error"]:
            data["error"] = row["error"]
        return data

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY seq").fetchall()]

    def events(self, actor: str | None = None, country: str | None = None,
               dyad: tuple[str, str] | None = None, root: str | None = None, since: str | None = None,
               until: str | None = None, story: str | None = None,
               limit: int | None = None, modality: str | list[str] | None = None) -> list[dict[str, Any]]:
        """Event mentions as contract dicts (plus `document_id`, `url`, `published`), in date order.

        `actor`: case-insensitive part of any source/target actor's name, words or CAMEO code;
        `country`: a source or target country code; `dyad`: (source, target) country or actor codes;
        `root`: CAMEO root ("2" or "02"); `since`/`until`: YYYY-MM-DD, inclusive, on the event date (a
        month- or year-dated event matches where its period overlaps the range); `modality`: one or more
        of filters.MODALITIES (a list, or a comma-separated string), or "all"; `limit` 0 gives no rows.
        """
        return list(self.iter_events(actor, country, dyad, root, since, until, story, limit,
                                     modality=modality))

    def iter_events(self, actor=None, country=None, dyad=None, root=None, since=None, until=None,
                    story=None, limit=None, order: str = "date",
                    with_story: bool = False, modality=None) -> Iterator[dict[str, Any]]:
        """`events` as a stream; `order` is "date" or "stored" (document order, for exports)."""
        where, params = event_filters(actor, country, dyad, root, since, until, story, modality)
        if with_story:
            where += (" AND" if where else " WHERE") + " e.story_id IS NOT NULL"
        order_by = ("coalesce(e.date_value, d.published), d.seq, e.position" if order == "date"
                    else "d.seq, e.position")
        sql = ("SELECT e.*, d.url AS doc_url, d.published AS doc_published FROM event_mentions e "
               f"JOIN documents d ON d.id = e.document_id{where} ORDER BY {order_by}{limit_clause(limit)}")
        for row in self._iter_dicts(sql, params):
            event = rows.event_dict(row)
            event.update(document_id=row["document_id"], url=row["doc_url"], published=row["doc_published"])
            yield event

    def stories(self, actor: str | None = None, country: str | None = None,
                dyad: tuple[str, str] | None = None, root: str | None = None, since: str | None = None,
                until: str | None = None, story: str | None = None,
                limit: int | None = None, modality: str | list[str] | None = None) -> list[dict[str, Any]]:
        """Stories as contract dicts (plus `mention_ids`, `reasons`), filtered like `events`."""
        where, params = story_filters(actor, country, dyad, root, since, until, story, modality)
        sql = f"SELECT * FROM stories s{where} ORDER BY s.date_value, s.first_seen, s.id{limit_clause(limit)}"
        found = self._dicts(sql, params)
        links: dict[str, list[str]] = {}
        if found:
            for story_id, mention_id in self.db.execute(
                    "SELECT story_id, mention_id FROM story_mentions WHERE list_contains(?, story_id) "
                    "ORDER BY rowid", [[r["id"] for r in found]]).fetchall():
                links.setdefault(story_id, []).append(mention_id)
        return [rows.story_dict(r, links.get(r["id"])) for r in found]

    def story_modalities(self, story_ids: list[str]) -> dict[str, list[str]]:
        """Story id -> the modalities of its mentions, most frequent first."""
        found: dict[str, list[str]] = {}
        for story_id, modality, _ in self.db.execute(
                "SELECT story_id, coalesce(modality, 'asserted'), count(*) AS n FROM event_mentions "
                "WHERE list_contains(?, story_id) GROUP BY ALL ORDER BY story_id, n DESC, 2",
                [story_ids]).fetchall():
            found.setdefault(story_id, []).append(modality)
        return found

    def story_index(self) -> Any:
        """A `resolve.stories.StoryIndex` holding the stored stories and their mentions, so that new
        articles join the stories already stored."""
        from ..records import Story

        stories = [Story(**story) for story in self.stories()]
        mentions = list(self.iter_events(order="stored", with_story=True))
        return StoryIndex.from_stories(stories, mentions)

    def counts(self) -> dict[str, int]:
        tables = ("documents", "event_mentions", "actors", "places", "quotes", "dates", "stories")
        return {t: self._scalar(f"SELECT count(*) FROM {t}") for t in tables}

    def query(self, sql: str, params: list | None = None) -> duckdb.DuckDBPyConnection:
        """Run SQL on the store (used by the exporters)."""
        return self.db.execute(sql, params or [])

    def _dicts(self, sql: str, params: list | dict) -> list[dict[str, Any]]:
        return list(self._iter_dicts(sql, params))

    def _iter_dicts(self, sql: str, params: list | dict, chunk: int = 1000) -> Iterator[dict[str, Any]]:
        cursor = self.db.cursor()  # its own cursor, so callers may query while this one streams
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description]
        while values := cursor.fetchmany(chunk):
            yield from (dict(zip(names, v)) for v in values)

    def _scalar(self, sql: str) -> Any:
        return self.db.execute(sql).fetchall()[0][0]  # every row read: insert_rows's register needs that


def _as_tuple(assignment: Any) -> tuple[str, str, str]:
    """A story assignment as (mention id, story id, reason), from a StoryAssignment or a tuple."""
    if isinstance(assignment, tuple):
        return assignment[0], assignment[1], assignment[2]
    return assignment.mention_id, assignment.story_id, assignment.reason
