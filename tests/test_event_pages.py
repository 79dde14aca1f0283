"""/api/events from memory (api/event_pages.py, store/key_index.py) answers as the store's queries do:
the key index finds the same pages and totals as the SQL over event_keys, on dates of every precision
and none; the served bytes equal those of the store's own query; a write is seen at once."""
from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from communique.api.app import create_app
from communique.store import desk
from communique.store.database import Store
from communique.store.key_index import KeyIndex
from communique.store.query_filters import EventQuery
from store_fixtures import OneStoryPerCodeIndex, meeting_document, protest_document

# event dates of each kind the store holds: a day, a month, a year, none (the publication date is read)
DATES = ["2024-03-05", "2024-03", "2023", None, "2024-02-29", "2024-03-05"]
PUBLISHED = ["2024-03-06", "2024-04-01", None, "2024-03-01", None, "2024-03-05"]


def _documents():
    docs = []
    for n, (day, published) in enumerate(zip(DATES, PUBLISHED)):
        doc = meeting_document(f"desk-{n}", url=f"https://ledger.example/{n}", text=f"Story {n}. " * 12,
                               published=published)
        events = [replace(e, date={**e.date, "value": day}) for e in doc.events]
        if n % 2:  # the other way round: LBY acts on TUR
            events[0] = replace(events[0], source=events[0].target, target=events[0].source)
        docs.append(replace(doc, events=events))
    docs.append(protest_document("desk-protest"))
    return docs


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "pages.duckdb"
    with Store(path) as store:
        store.add_documents(_documents(), OneStoryPerCodeIndex(), batch_size=3)
    return path


QUERIES = [EventQuery(**kw) for kw in (
    {"dyad": "TUR,LBY"}, {"dyad": "lby,tur"}, {"dyad": "TURGOV,LBYGOV"}, {"dyad": "GRC,TUR"}, {"dyad": "XXX,TUR"},
    {"pair": "LBY,TUR"}, {"pair": "TUR,GRC"}, {"country": "tur"}, {"country": "MLT"}, {"country": "TURGOV"},
    {"since": "2024-03-01"}, {"until": "2024-03-04"}, {"since": "2024-03-05", "until": "2024-03-05"},
    {"since": "2023-01-01", "until": "2024-03-31"}, {"dyad": "TUR,LBY", "since": "2024-03-05"},
    {"pair": "TUR,LBY", "until": "2024-03-05"}, {"country": "GRC", "since": "2024-02-01", "until": "2024-03-06"},
    {"dyad": "GRC,TUR", "pair": "GRC,LBY", "country": "LBY", "since": "2020-01-01"},
)]


def test_the_key_index_finds_the_pages_and_totals_the_sql_finds(db):
    with Store(db) as store:
        index = KeyIndex(store.db)
        assert index.days_in_order  # the day leads the sort key: a date range is a range of the order
        for q, (limit, offset) in itertools.product(QUERIES, [(100, 0), (2, 0), (2, 3), (1, 50), (None, 1)]):
            by_sql = desk.keyed_page(store, q, limit, offset)
            assert by_sql is not None
            assert desk.keyed_page(store, q, limit, offset, index) == by_sql, (q, limit, offset)
        index.days_in_order = False  # the other way: each event's day compared
        for q in QUERIES:
            assert desk.keyed_page(store, q, 100, 0, index) == desk.keyed_page(store, q, 100, 0), q
        assert desk.keyed_page(store, EventQuery(dyad="TUR,LBY", root="04"), 100, 0, index) is None


def _plain_answer(db, params):
    """What the route answered before anything was kept in memory: the store's query, as JSONResponse."""
    q = EventQuery(**{k: v for k, v in params.items() if k not in ("limit", "offset")})
    limit, offset = params.get("limit", 100), params.get("offset", 0)
    with Store(db) as store:
        items, total = desk.events_page(store, q, limit, offset)
    return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset})


@pytest.mark.parametrize("cache_mb", [1, 0])
def test_served_pages_are_the_bytes_of_the_stores_query(db, cache_mb):
    params = [{"dyad": "TUR,LBY"}, {"pair": "lby,tur", "since": "2024-03-01", "limit": 2, "offset": 1},
              {"country": "TUR", "until": "2024-03-05"}, {"since": "2023-06-01"}, {"dyad": "MLT,XXX"}]
    plain = [_plain_answer(db, p) for p in params]  # first: the app is then the store's one connection
    with TestClient(create_app(db, cache_mb=cache_mb)) as client:
        for p, expected in zip(params * 2, plain * 2):  # the second time from memory, where it is kept
            answer = client.get("/api/events", params=p)
            assert answer.status_code == 200 and answer.content == expected.body, p
            assert answer.headers["content-type"] == expected.headers["content-type"]
        pages = client.app.state.desk.pages
        assert (pages.hits > 0) == (cache_mb > 0) and pages.misses > 0


def test_errors_and_other_filters_answer_as_with_nothing_kept(db):
    params = [{"dyad": "TUR"}, {"since": "2024-02-30"}, {"dyad": "TUR,LBY", "root": "04"},
              {"dyad": "TUR,LBY", "format": "csv"}, {"pair": "TUR,LBY", "limit": 0}]
    with TestClient(create_app(db, cache_mb=1)) as kept, TestClient(create_app(db, cache_mb=0)) as plain:
        for p in params:
            a, b = kept.get("/api/events", params=p), plain.get("/api/events", params=p)
            assert (a.status_code, a.headers, a.content) == (b.status_code, b.headers, b.content), p


def test_a_write_is_seen_by_the_next_read(db):
    app = create_app(db, token="s3cret", cache_mb=1)
    client = TestClient(app)  # not entered: the lifespan's end would close the store
    before = client.get("/api/events", params={"dyad": "TUR,LBY"}).json()
    assert client.get("/api/events", params={"dyad": "TUR,LBY"}).json() == before  # held now
    desk_ = app.state.desk
    with desk_.write_lock:  # as POST /api/articles writes, but without the model
        desk_.store.add_documents([meeting_document("desk-new", url=None, text="New words. " * 9,
                                                    published="2024-05-01")], OneStoryPerCodeIndex())
    after = client.get("/api/events", params={"dyad": "TUR,LBY"}).json()
    assert after["total"] == before["total"] + 1
    assert after["items"][-1]["id"] == "desk-new-meet"
