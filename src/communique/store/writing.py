"""The store's writing step (`database.Store`'s methods that add documents): which articles are stored already
(by id, URL or normalised text), each document's rows and story assignments made as it arrives into a
`pending.PendingBatch`, checked against the store, counted (`add_counts.AddCounts`) and written one transaction a
batch (`bulk_insert`), a batch the database refuses written again one document at a time."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

import duckdb

from ..ingest.reading import text_hash
from ..records import Article, Document
from ..resolve.stories import StoryIndex
from . import keys as key_table, rows
from .add_counts import AddCounts
from .bulk_insert import insert_rows, unregister_rows
from .opening import first_line as _first_line
from .pending import DUPLICATE, PendingBatch as _Batch, chunks as _chunks, document_keys as _keys

EXTRACTION_FAILED = "extraction failed"  # a Document with `error` whose reason is not given as "<reason>: ..."
NOT_STORED = "cannot be stored"
DUPLICATE_CHECK_FAILED = "duplicate check failed"
TABLE_COLUMNS = {"documents": ("id", "url", "title", "published", "source", "text_hash", "text", "error",
                               "ingested_at", "seq"),
                 "event_mentions": rows.EVENT_COLUMNS, "actors": rows.ACTOR_COLUMNS,
                 "places": rows.PLACE_COLUMNS, "quotes": rows.QUOTE_COLUMNS, "dates": rows.DATE_COLUMNS}


class StoreWriting:
    """`database.Store`'s writing methods; the Store gives them `db` (its DuckDB connection), `_next_seq`, `writes`
    and the reading methods they call (`story_index`)."""

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
        return _Batch(self._next_seq, ready, rows={name: [] for name in TABLE_COLUMNS})

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
                insert_rows(self.db, name, TABLE_COLUMNS[name], values)
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


def _as_tuple(assignment: Any) -> tuple[str, str, str]:
    """A story assignment as (mention id, story id, reason), from a StoryAssignment or a tuple."""
    if isinstance(assignment, tuple):
        return assignment[0], assignment[1], assignment[2]
    return assignment.mention_id, assignment.story_id, assignment.reason
