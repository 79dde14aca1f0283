"""The REST API over a store of hand-built documents: the envelope, the CLI's item shape, filters, CSV,
the one error shape, the token rule and the body limit; coding articles through POST with the model."""
from __future__ import annotations

import json
import threading

import pytest
from fastapi.testclient import TestClient

from communique.api.app import create_app
from communique.cli import main
from communique.store.database import Store
from store_fixtures import OneStoryPerCodeIndex, meeting_document, protest_document

ERROR_KEYS = {"error"}
ERROR_BODY_KEYS = {"status", "message"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "desk.duckdb"
    with Store(path) as store:
        store.add_documents([meeting_document(), protest_document(),
                             meeting_document("ledger-003", url=None, text="Other words. " * 8,
                                              published="2024-04-02")], OneStoryPerCodeIndex())
    return path


def client(db, token="s3cret", **kw) -> TestClient:
    return TestClient(create_app(db, token=token, **kw))


def test_events_answer_the_envelope_with_items_shaped_as_the_cli_prints_them(db, capsys):
    with client(db) as c:
        body = c.get("/api/events", params={"dyad": "TUR,LBY"}).json()
    assert set(body) == {"items", "total", "limit", "offset"}
    assert body["total"] == 2 and body["limit"] == 100 and body["offset"] == 0
    assert main(["events", "--db", str(db), "--dyad", "TUR,LBY", "--format", "json"]) == 0
    assert body["items"] == json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("params, expected", [
    ({"pair": "LBY,TUR"}, {"ledger-001-meet", "ledger-003-meet"}),  # undirected: TUR -> LBY found from LBY,TUR
    ({"dyad": "LBY,TUR"}, set()),
    ({"quad_class": 4}, {"ledger-002-arrest"}),
    ({"plover": "accuse"}, {"ledger-001-accuse", "ledger-003-accuse"}),
    ({"cameo": "17"}, {"ledger-002-arrest"}),
    ({"min_confidence": 0.75}, {"ledger-001-meet", "ledger-003-meet"}),
    ({"place": "ankara"}, {"ledger-001-meet", "ledger-003-meet"}),
    ({"country": "MLT", "since": "2024-03-06", "until": "2024-03-06"}, {"ledger-002-arrest"}),
    ({"actor": "x' OR 1=1 --"}, set()),  # a parameter, never SQL
])
def test_event_filters(db, params, expected):
    with client(db) as c:
        body = c.get("/api/events", params=params).json()
    assert {e["id"] for e in body["items"]} == expected and body["total"] == len(expected)


def test_limit_and_offset_page_through_the_same_total(db):
    with client(db) as c:
        pages = [c.get("/api/events", params={"limit": 2, "offset": o}).json() for o in (0, 2, 4)]
    assert [p["total"] for p in pages] == [5, 5, 5]
    ids = [e["id"] for p in pages for e in p["items"]]
    assert len(ids) == len(set(ids)) == 5


def test_csv_has_one_row_per_item(db):
    with client(db) as c:
        response = c.get("/api/events", params={"country": "TUR", "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("id,") and len(lines) == 1 + 4


def test_stories_story_document_actors_quotes_and_counts(db):
    with client(db) as c:
        stories = c.get("/api/stories", params={"country": "MLT"}).json()
        assert [s["id"] for s in stories["items"]] == ["story-173"]
        story = c.get("/api/stories/story-040").json()
        assert {e["id"] for e in story["events"]} == {"ledger-001-meet", "ledger-003-meet"}
        assert [d["id"] for d in story["documents_detail"]] == ["ledger-001", "ledger-003"]
        document = c.get("/api/documents/ledger-001").json()
        assert document["events"][0]["evidence"] == document["text"][0:58]
        actors = {a["code"]: a for a in c.get("/api/actors").json()["items"]}
        assert actors["TURGOV"]["as_source"] == 2 and actors["TURGOV"]["as_target"] == 2
        quotes = c.get("/api/quotes", params={"actor": "greece"}).json()
        assert [q["text"] for q in quotes["items"]] == ["ignoring its claims"] * 2
        daily = c.get("/api/counts").json()["items"]
        by_country = c.get("/api/counts", params={"group": "country", "per": "all"}).json()["items"]
    assert sum(d["events"] for d in daily) == 5
    assert sum(d["q1"] + d["q2"] + d["q3"] + d["q4"] for d in daily) == 5
    assert {d["group"]: d["events"] for d in by_country}["TUR"] == 4


def test_every_error_has_one_shape(db):
    with client(db) as c:
        answers = [c.get("/api/stories/none"), c.get("/api/events", params={"since": "soon"}),
                   c.get("/api/events", params={"quad_class": 7}), c.get("/api/events", params={"root": "99"}),
                   c.post("/api/articles", json=[]), c.get("/api/nothing-here")]
    assert [a.status_code for a in answers] == [404, 400, 422, 400, 401, 404]
    for answer in answers:
        body = answer.json()
        assert set(body) == ERROR_KEYS and set(body["error"]) == ERROR_BODY_KEYS
        assert body["error"]["status"] == answer.status_code and body["error"]["message"].endswith(".")


def test_writing_needs_the_configured_token(db):
    with client(db, token=None) as c:  # no token configured: refused whatever is sent
        assert c.post("/api/articles", json=[{"text": "x"}], headers={"Authorization": "Bearer "}).status_code == 403
    with client(db) as c:
        assert c.post("/api/articles", json=[{"text": "x"}]).status_code == 401
        assert c.post("/api/articles", json=[{"text": "x"}], headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/api/articles", json=[{"text": "x"}], headers={"Authorization": "Basic s3cret"}).status_code == 401
        assert c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer s3cret"}).status_code == 400


def test_request_bodies_are_size_limited(db):
    with client(db, max_body=1000) as c:
        big = [{"text": "word " * 400}]
        answer = c.post("/api/articles", json=big, headers={"Authorization": "Bearer s3cret"})
    assert answer.status_code == 413 and "limit of 1000 bytes" in answer.json()["error"]["message"]


def test_reads_go_on_while_the_server_writes(db):
    app = create_app(db, token="s3cret")
    desk = app.state.desk
    failures = []

    def read():
        c = TestClient(app)  # not entered: entering runs the app's lifespan, whose end closes the store
        for _ in range(15):
            if c.get("/api/events", params={"country": "TUR"}).status_code != 200:
                failures.append("read")

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    with desk.write_lock:
        docs = [meeting_document(f"w-{i}", url=None, text=f"Text {i}. " * 9) for i in range(20)]
        desk.store.add_documents(docs, OneStoryPerCodeIndex(), batch_size=2)
    for t in readers:
        t.join()
    assert failures == []
    assert TestClient(app).get("/api/events", params={"country": "TUR"}).json()["total"] == 4 + 40


def test_the_map_has_country_outlines_keyed_by_iso3(db):
    with client(db) as c:
        world = c.get("/api/geo/countries").json()
    by_id = {f["id"]: f for f in world["features"]}
    assert {"LBY", "TUR", "MLT"} - set(by_id) == {"MLT"}  # Malta is too small for the 1:110m outlines
    assert by_id["LBY"]["geometry"]["type"] == "Polygon"
    lons = [p[0] for p in by_id["LBY"]["geometry"]["coordinates"][0]]
    assert 9 < min(lons) < 12 and 24 < max(lons) < 26  # Libya lies between about 9.3 and 25.2 E


def test_the_dashboard_pages_are_served(db):
    with client(db) as c:
        pages = [c.get(p) for p in ("/", "/stories/story-040", "/documents/ledger-001", "/deadlines?actor=x")]
        script = c.get("/static/js/main.js")
    assert all(p.status_code == 200 and "<main id=\"view\"" in p.text for p in pages)
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]


@pytest.mark.model
def test_posted_articles_are_coded_and_stored(nlp, db):
    article = {"id": "post-1", "published": "2024-05-02", "title": "Talks",
               "text": "Greece and Turkey held talks in Athens on Wednesday about the Aegean dispute."}
    with client(db) as c:
        first = c.post("/api/articles", json=[article], headers={"Authorization": "Bearer s3cret"}).json()
        again = c.post("/api/articles", json=[article], headers={"Authorization": "Bearer s3cret"}).json()
        stored = c.get("/api/documents/post-1").json()
    assert first["stored"] == 1 and first["events"] >= 1 and again == {**again, "stored": 0, "duplicates": 1}
    assert {a["code"] for e in stored["events"] for a in e["source"] + e["target"]} >= {"GRC", "TUR"}


@pytest.mark.model
def test_a_post_of_many_articles_is_parsed_in_a_child_process_from_the_server_s_thread(nlp, db):
    """A post of more than one batch parses ahead in a process forked from the server's worker thread (batches.py):
    every article stored, coded as one at a time would be, and no parse process left once the post is answered."""
    import multiprocessing

    places = ["Athens", "Ankara", "Sofia", "Skopje", "Tirana", "Belgrade", "Zagreb", "Sarajevo", "Podgorica",
              "Bucharest", "Budapest", "Vienna"]
    articles = [{"id": f"post-{n}", "published": "2024-05-02",
                 "text": f"Greece and Turkey held talks in {place} on Wednesday about the Aegean dispute."}
                for n, place in enumerate(places)]  # 12 articles: batches of 4 and 8 (batch_size 16)
    with client(db) as c:
        answer = c.post("/api/articles", json=articles, headers={"Authorization": "Bearer s3cret"}).json()
        stored = [c.get(f"/api/documents/post-{n}").json() for n in range(len(places))]
    assert answer["stored"] == len(places) and answer["events"] >= len(places)
    assert all({a["code"] for e in d["events"] for a in e["source"] + e["target"]} >= {"GRC", "TUR"} for d in stored)
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("communique-parse")]


@pytest.mark.model
def test_posted_articles_are_coded_with_the_settings_of_the_environment(nlp, db, monkeypatch):
    """POST codes as `communique ingest` does: COMMUNIQUE_PROFILE=petrarch2 needs both actors named, so an
    attack by unidentified gunmen gives no event there, and one under the default profile."""
    article = {"id": "post-gunmen", "published": "2024-05-02",
               "text": "Gunmen killed five villagers in northern Nigeria on Monday."}
    answers = {}
    for profile in ("communique", "petrarch2"):
        monkeypatch.setenv("COMMUNIQUE_PROFILE", profile)
        posted = dict(article, id=f"post-{profile}", text=f"{article['text']} ({profile} desk.)")
        with client(db) as c:
            answers[profile] = c.post("/api/articles", json=[posted],
                                      headers={"Authorization": "Bearer s3cret"}).json()
    assert [a["stored"] for a in answers.values()] == [1, 1], answers
    counts = {profile: answer["events"] for profile, answer in answers.items()}
    assert counts["communique"] >= 1 and counts["petrarch2"] == 0, counts
