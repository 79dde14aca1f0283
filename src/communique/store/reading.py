"""The store's reading step (`database.Store`'s methods that read back): a document as its contract dict, event
mentions and stories filtered (`filters.py`) and streamed, a story index of what is stored, the tables' counts."""
from __future__ import annotations

from typing import Any, Iterator

import duckdb

from ..resolve.stories import StoryIndex
from . import rows
from .filters import event_filters, limit_clause, story_filters


class StoreReading:
    """`database.Store`'s reading methods; the Store gives them `db`, its DuckDB connection."""

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
