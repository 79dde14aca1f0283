"""Read queries for the analyst's desk (API, dashboard, `deadlines` and `quotes` commands): pages of
events and stories with their totals, a story with its mentions and documents, actors, quotes, daily
counts and Goldstein sums, located events, and the inputs of the deadline follow-up.

Every function takes an open `Store` and reads through a cursor of its own, so the server's threads may
query at once while its one writer stores new articles.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterator

from . import key_index, rows
from .database import Store
from .filters import check_day
from .key_index import KeyIndex, KeyPage
from .query_filters import DAY_SQL, EventQuery, event_where, two_codes

EVENTS_FROM = "FROM event_mentions e JOIN documents d ON d.id = e.document_id"
_EVENT_ORDER = "coalesce(e.date_value, d.published), d.seq, e.position"
# columns kept for the filters and the order, which an event's JSON does not show (not read for it)
_FILTER_COLUMNS = {"position", "source_code", "source_country", "target_code", "target_country", "source_countries",
                   "target_countries", "source_codes", "target_codes", "actor_names"}
_ITEM_COLUMNS = ", ".join(f'"{c}"' for c in rows.EVENT_COLUMNS if c not in _FILTER_COLUMNS)


def _cursor_dicts(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = store.db.cursor()
    try:
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values)) for values in cursor.fetchall()]
    finally:
        cursor.close()


def _scalar(store: Store, sql: str, params: list[Any]) -> Any:
    cursor = store.db.cursor()
    try:
        return cursor.execute(sql, params).fetchall()[0][0]
    finally:
        cursor.close()


def _page(limit: int | None, offset: int) -> str:
    return (f" LIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")


def event_item(row: dict[str, Any]) -> dict[str, Any]:
    """One event as `communique events --format json` prints it."""
    event = rows.event_dict(row)
    event.update(document_id=row["document_id"], url=row["doc_url"], published=row["doc_published"])
    return event


def events_page(store: Store, q: EventQuery, limit: int | None = 100, offset: int = 0,
                index: KeyIndex | None = None) -> tuple[list[dict], int]:
    """A page of matching events and the number of all matching events, in one query. Where a date
    filter is given, the mentions whose own date is outside it are dropped first, in a cheap pass on one
    column, so the list filters (actors, dyads) run on a slice of the table. Where every filter is one
    the `event_keys` lookup holds, the page comes from it (from `index`, its copy in memory, if given)."""
    keyed = keyed_page(store, q, limit, offset, index)
    if keyed is not None:
        by_id = event_items(store, keyed.ids, keyed.rowids, index.documents if index is not None else None)
        return [by_id[i] for i in keyed.ids], keyed.total
    where, params = event_where(q)
    prefilter, pre_params = _date_prefilter(q)
    found = _cursor_dicts(store, f"WITH m AS MATERIALIZED (SELECT * FROM event_mentions{prefilter}) "
                                 "SELECT e.*, d.url AS doc_url, d.published AS doc_published, count(*) OVER () AS n_total "
                                 f"FROM m e JOIN documents d ON d.id = e.document_id{where} ORDER BY {_EVENT_ORDER}"
                                 f"{_page(limit, offset)}", pre_params + params)
    if found:
        return [event_item(r) for r in found], found[0]["n_total"]
    total = _scalar(store, f"SELECT count(*) FROM (SELECT * FROM event_mentions{prefilter}) e "
                           f"JOIN documents d ON d.id = e.document_id{where}", pre_params + params) if offset else 0
    return [], total


def keyed_page(store: Store, q: EventQuery, limit: int | None, offset: int,
               index: KeyIndex | None = None) -> KeyPage | None:
    """The ids (and rowids) of a page of events and their total, from the `event_keys` lookup, where
    every filter of `q` is one it holds (dyad, pair, country, since, until) and the store keeps it in
    step; None otherwise. Read from `index` (the table in memory) where given, else from the table."""
    if not key_index.answers(q) or not getattr(store, "keys_ready", False):
        return None
    if index is not None:
        return index.page(q, limit, offset)
    clauses, params = ["k.side = '*'"], []
    member = "k.event_id IN (SELECT event_id FROM event_keys WHERE code = ? AND side = ?)"
    if q.dyad:
        source, target = two_codes(q.dyad, "dyad")
        clauses.append(f"{member} AND {member}")
        params += [source, "S", target, "T"]
    if q.pair:
        a, b = two_codes(q.pair, "pair")
        clauses.append(f"(({member} AND {member}) OR ({member} AND {member}))")
        params += [a, "S", b, "T", b, "S", a, "T"]
    if q.country:
        clauses.append("k.event_id IN (SELECT event_id FROM event_keys WHERE code = ? AND side IN ('S', 'T') "
                       "AND is_country)")
        params.append(q.country.strip().upper())
    if q.since:
        clauses.append("k.day >= ?")
        params.append(check_day(q.since, "since"))
    if q.until:
        clauses.append("k.day <= ?")
        params.append(check_day(q.until, "until"))
    found = _cursor_dicts(store, "SELECT k.event_id, k.event_rowid, count(*) OVER () AS n_total FROM event_keys k WHERE "
                                 + " AND ".join(clauses) + f" ORDER BY k.sort_date, k.seq, k.position"
                                 f"{_page(limit, offset)}", params)
    if not found:
        total = _scalar(store, "SELECT count(*) FROM event_keys k WHERE " + " AND ".join(clauses), params) \
            if offset else 0
        return KeyPage([], [], total)
    return KeyPage([r["event_id"] for r in found], [r["event_rowid"] for r in found], found[0]["n_total"])


def event_items(store: Store, ids: list[str], rowids: list[int],
                documents: dict[str, tuple[Any, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The events with these ids (as `event_item` gives them), read by their rowids (a cheap read of
    just those rows), checked against the ids: read by id where any differs. `documents` (id -> url,
    published), where given, saves the join with the documents table (and the filters' columns are
    then not read: a quarter of the read's cost)."""
    if not ids:
        return {}
    if documents is not None:
        found = _cursor_dicts(store, f"SELECT {_ITEM_COLUMNS} FROM event_mentions WHERE rowid BETWEEN ? AND ? "
                              "AND rowid = ANY(?)", [min(rowids), max(rowids), rowids])  # zone maps skip the rest
        by_id = {r["id"]: r for r in found if r["document_id"] in documents}
        if all(i in by_id for i in ids):
            for row in by_id.values():
                row["doc_url"], row["doc_published"] = documents[row["document_id"]]
            return {i: event_item(by_id[i]) for i in ids}
    page_sql = ("SELECT e.*, d.url AS doc_url, d.published AS doc_published FROM (SELECT * FROM event_mentions "
                "WHERE {} IN (SELECT unnest(?))) e JOIN documents d ON d.id = e.document_id")
    by_id = {r["id"]: r for r in _cursor_dicts(store, page_sql.format("rowid"), [rowids])}
    if not all(i in by_id for i in ids):
        by_id = {r["id"]: r for r in _cursor_dicts(store, page_sql.format("id"), [ids])}
    return {i: event_item(by_id[i]) for i in ids}


def _date_prefilter(q: EventQuery) -> tuple[str, list[Any]]:
    """A WHERE on event_mentions alone that keeps every mention the date filters may keep (those with no
    date of their own are decided later, on their document's date)."""
    clauses, params = [], []
    if q.since:
        clauses.append("substr(date_value, 1, 10) >= ?")
        params.append(q.since)
    if q.until:
        clauses.append("substr(date_value, 1, 10) <= ?")
        params.append(q.until)
    if not clauses:
        return "", []
    return f" WHERE date_value IS NULL OR ({' AND '.join(clauses)})", params


def iter_events(store: Store, q: EventQuery, extra: str = "", extra_params: list | None = None) -> Iterator[dict]:
    """Every event matching `q` (and an extra SQL condition over `e`), in date order."""
    where, params = event_where(q)
    if extra:
        where += (" AND " if where else " WHERE ") + extra
    for row in _cursor_dicts(store, f"SELECT e.*, d.url AS doc_url, d.published AS doc_published {EVENTS_FROM}"
                                    f"{where} ORDER BY {_EVENT_ORDER}", params + (extra_params or [])):
        yield event_item(row)


def stories_page(store: Store, q: EventQuery, limit: int | None = 100, offset: int = 0) -> tuple[list[dict], int]:
    """Stories with a mention that matches `q` (filters on the date and root apply to the story's own)."""
    mention_q = replace(q, since=None, until=None, root=None, story=None)
    where, params = event_where(mention_q)
    clauses, story_params = [], []
    if not mention_q.is_empty():
        clauses.append(f"s.id IN (SELECT e.story_id {EVENTS_FROM}{where})")
        story_params += params
    own, own_params = event_where(EventQuery(root=q.root, since=q.since, until=q.until, story=q.story))
    if own:  # the same conditions, read on the story's own columns
        own = (own.replace("e.cameo_root", "s.cameo_root").replace(DAY_SQL, "substr(s.date_value, 1, 10)")
               .replace("e.story_id", "s.id"))
        clauses.append(own.removeprefix(" WHERE "))
        story_params += own_params
    story_where = " WHERE " + " AND ".join(clauses) if clauses else ""
    total = _scalar(store, f"SELECT count(*) FROM stories s{story_where}", story_params)
    found = _cursor_dicts(store, f"SELECT * FROM stories s{story_where} ORDER BY s.date_value, s.first_seen, s.id"
                                 f"{_page(limit, offset)}", story_params)
    links: dict[str, list[str]] = {}
    if found:
        for link in _cursor_dicts(store, "SELECT story_id, mention_id FROM story_mentions "
                                         "WHERE list_contains(?, story_id) ORDER BY rowid", [[r["id"] for r in found]]):
            links.setdefault(link["story_id"], []).append(link["mention_id"])
    return [rows.story_dict(r, links.get(r["id"])) for r in found], total


def story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story with its mentions (as events) and the documents they come from (with their text)."""
    found, _ = stories_page(store, EventQuery(story=story_id), limit=2)
    exact = [s for s in found if s["id"] == story_id] or (found if len(found) == 1 else [])
    if not exact:
        return None
    story = exact[0]
    story["events"] = list(iter_events(store, EventQuery(), "e.story_id = ?", [story["id"]]))
    doc_ids = list(dict.fromkeys(e["document_id"] for e in story["events"]))
    story["documents_detail"] = [doc for doc_id in doc_ids if (doc := document_brief(store, doc_id))]
    return story


def document_brief(store: Store, doc_id: str) -> dict[str, Any] | None:
    found = _cursor_dicts(store, "SELECT id, title, published, url, source, text FROM documents WHERE id = ?", [doc_id])
    return found[0] if found else None


def actors_page(store: Store, q: EventQuery, limit: int | None = 100, offset: int = 0) -> tuple[list[dict], int]:
    """Actors of the matching events (by CAMEO code and name), with their counts as source and target."""
    where, params = event_where(q)
    sql = (f"WITH m AS (SELECT e.source_json, e.target_json {EVENTS_FROM}{where}), "
           "a AS (SELECT 'source' AS side, unnest(from_json(source_json, '[\"json\"]')) AS actor FROM m "
           "UNION ALL SELECT 'target', unnest(from_json(target_json, '[\"json\"]')) FROM m), "
           "f AS (SELECT side, actor->>'code' AS code, actor->>'name' AS name, actor->>'country' AS country, "
           "actor->>'sector' AS sector FROM a) "
           "SELECT code, name, any_value(country) AS country, any_value(sector) AS sector, "
           "count(*) FILTER (WHERE side = 'source') AS as_source, "
           "count(*) FILTER (WHERE side = 'target') AS as_target, count(*) AS events "
           "FROM f GROUP BY code, name")
    total = _scalar(store, f"SELECT count(*) FROM ({sql})", params)
    items = _cursor_dicts(store, f"{sql} ORDER BY events DESC, code, name{_page(limit, offset)}", params)
    return items, total


def quotes_page(store: Store, actor: str | None = None, since: str | None = None, until: str | None = None,
                document: str | None = None, limit: int | None = 100, offset: int = 0) -> tuple[list[dict], int]:
    """Who said what: quotes with their speakers and documents, filtered by speaker and publication date."""
    clauses, params = [], []
    if actor:
        clauses.append("(contains(lower(coalesce(q.speaker_json, '')), ?) OR "
                       "contains(lower(coalesce(q.speakers_json, '')), ?))")
        params += [actor.strip().lower()] * 2
    where_q = EventQuery(since=since, until=until)
    day_where, day_params = event_where(where_q)
    if day_where:
        clauses.append(day_where.removeprefix(" WHERE ").replace(DAY_SQL, "d.published"))
        params += day_params
    if document:
        clauses.append("q.document_id = ?")
        params.append(document)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    base = f"FROM quotes q JOIN documents d ON d.id = q.document_id{where}"
    total = _scalar(store, f"SELECT count(*) {base}", params)
    found = _cursor_dicts(store, f"SELECT q.*, d.title AS doc_title, d.published AS doc_published, d.url AS doc_url "
                                 f"{base} ORDER BY d.published, d.seq, q.position{_page(limit, offset)}", params)
    items = []
    for r in found:
        quote = rows.quote_dict(r)
        quote.update(document_id=r["document_id"], title=r["doc_title"], published=r["doc_published"],
                     url=r["doc_url"])
        items.append(quote)
    return items, total


GROUPS = {"none": "NULL", "dyad": "coalesce(e.source_country, '-') || '>' || coalesce(e.target_country, '-')",
          "country": "unnest(CASE WHEN len(list_distinct(e.source_countries || e.target_countries)) = 0 THEN ['-'] "
                     "ELSE list_distinct(e.source_countries || e.target_countries) END)"}


def counts_page(store: Store, q: EventQuery, group: str = "none", per: str = "day",
                limit: int | None = 1000, offset: int = 0) -> tuple[list[dict], int]:
    """Events per day (or over the whole range, `per="all"`) and group (none, dyad "SRC>TGT", or each
    country on either side), split by QuadClass, with the Goldstein sum."""
    where, params = event_where(q)
    day = DAY_SQL if per == "day" else "NULL"
    sql = (f"WITH m AS (SELECT {day} AS date, {GROUPS[group]} AS grp, e.quad_class, e.goldstein {EVENTS_FROM}{where}) "
           "SELECT date, grp AS \"group\", count(*) AS events, "
           + ", ".join(f"count(*) FILTER (WHERE quad_class = {n}) AS q{n}" for n in (1, 2, 3, 4))
           + ", round(coalesce(sum(goldstein), 0), 2) AS goldstein FROM m GROUP BY date, grp")
    total = _scalar(store, f"SELECT count(*) FROM ({sql})", params)
    order = "date, \"group\"" if per == "day" else "events DESC, \"group\""
    return _cursor_dicts(store, f"{sql} ORDER BY {order}{_page(limit, offset)}", params), total


def locations(store: Store, q: EventQuery) -> list[dict[str, Any]]:
    """Located events grouped by place, with their precision (feature: country, admin, city)."""
    where, params = event_where(q)
    where += (" AND " if where else " WHERE ") + "e.location_country IS NOT NULL"
    return _cursor_dicts(store, (
        "SELECT e.location_name AS name, e.location_country AS country, e.location_feature AS feature, "
        "e.location_lat AS lat, e.location_lon AS lon, count(*) AS events, "
        + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {n}) AS q{n}" for n in (1, 2, 3, 4))
        + f", round(coalesce(sum(e.goldstein), 0), 2) AS goldstein {EVENTS_FROM}{where} "
        "GROUP BY 1, 2, 3, 4, 5 ORDER BY events DESC, name"), params)


def followup_inputs(store: Store, prefixes: list[str]) -> tuple[list[dict], list[dict], str]:
    """The events that may be commitments, the asserted events whose codes may decide one, and the
    store's as-of day (its latest publication date)."""
    promises = list(iter_events(store, EventQuery(), "(e.has_deadline OR e.cameo_root IN ('02', '03') "
                                                     "OR e.modality = 'future')"))
    pattern = "^(" + "|".join(sorted(set(prefixes))) + ")" if prefixes else "^$"
    later = list(iter_events(store, EventQuery(modality="asserted"), "regexp_matches(e.cameo_code, ?)", [pattern]))
    as_of = _scalar(store, "SELECT max(substr(published, 1, 10)) FROM documents", []) or ""
    return promises, later, as_of


def generation(store: Store) -> tuple[int, int]:
    """Changes whenever documents are stored: for caches of derived results."""
    cursor = store.db.cursor()
    try:
        return tuple(cursor.execute("SELECT count(*), coalesce(max(seq), 0) FROM documents").fetchall()[0])
    finally:
        cursor.close()
