"""The store tells the truth (no spaCy model: hand-built documents): modality shown and filtered, negated
events kept out of GDELT and marked in PLOVER, month- and year-dated events found by date ranges and
exported with the first day of their period, JSONL exports that no line-splitter breaks."""
from __future__ import annotations

import csv
import io
import json

import pytest

from communique.cli import main
from communique.records import ActorRef, Document, EventMention
from communique.store.database import Store
from communique.store.export import export
from communique.store.gdelt import gdelt_columns, gdelt_mention_columns
from store_fixtures import OneStoryPerCodeIndex

FORCES = ActorRef(text="forces", name="Iraq military", country="IRQ", sector="MIL", code="IRQMIL")
VILLAGERS = ActorRef(text="village", name="Iraq civilians", country="IRQ", sector="CVL", code="IRQCVL")
TEXT = ("Forces did not attack\u2028the village on Tuesday. Forces attacked the market in 2019. "
        "Forces shelled the road in April 2019.")


def _event(doc_id, n, start, end, code, date, modality, precision="day"):
    return EventMention(
        id=f"{doc_id}-{n}", sentence=n, start=start, end=end, evidence=TEXT[start:end], source=[FORCES],
        target=[VILLAGERS], cameo={"code": code, "root": code[:2], "name": "Attack"},
        plover={"type": "ASSAULT", "mode": "", "context": ["military"]}, quad_class=4, goldstein=-10.0,
        date={"value": date, "precision": precision, "text": None}, modality=modality, confidence=0.7,
        trigger="attack" if n == 0 else None)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "truth.duckdb"
    doc = Document(id="d1", text=TEXT, published="2024-05-08", url="https://wire.example/d1", events=[
        _event("d1", 0, 0, 45, "190", "2024-05-07", "negated"),
        _event("d1", 1, 46, 81, "193", "2019", "historical", "year"),
        _event("d1", 2, 82, 120, "195", "2019-04", "asserted", "month")])
    with Store(path) as store:
        store.add_documents([doc], story_index=OneStoryPerCodeIndex())
    return path


def _run(capsys, *argv) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_a_negated_attack_is_not_exported_to_gdelt_as_an_attack(db, capsys):
    events = [dict(zip(gdelt_columns(), line.split("\t")))
              for line in _run(capsys, "export", "--format", "gdelt", "--db", str(db)).splitlines()]
    assert sorted(e["EventCode"] for e in events) == ["193", "195"]  # the negated 190 is left out
    everything = _run(capsys, "export", "--format", "gdelt-mentions", "--modality", "all", "--db", str(db))
    mentions = [dict(zip(gdelt_mention_columns(), line.split("\t"))) for line in everything.splitlines()]
    assert len(mentions) == 3
    assert "<MODALITY>negated</MODALITY>" in mentions[0]["Extras"]


def test_gdelt_gives_a_year_or_month_the_first_day_of_its_period_and_notes_the_precision(db, capsys):
    events = {e["EventCode"]: e for e in (dict(zip(gdelt_columns(), line.split("\t"))) for line in
                                          _run(capsys, "export", "--format", "gdelt", "--db", str(db)).splitlines())}
    assert (events["193"]["SQLDATE"], events["193"]["MonthYear"]) == ("20190101", "201901")
    assert events["195"]["SQLDATE"] == "20190401"
    mentions = _run(capsys, "export", "--format", "gdelt-mentions", "--db", str(db))
    assert "<DATEPRECISION>year</DATEPRECISION>" in mentions and "<DATEPRECISION>month</DATEPRECISION>" in mentions


def test_plover_dates_are_days_with_the_period_and_precision_kept(db, capsys):
    records = {r["cameo"]: r for r in map(json.loads, _run(
        capsys, "export", "--format", "plover", "--modality", "all", "--db", str(db)).splitlines())}
    assert (records["195"]["date"], records["195"]["enddate"], records["195"]["date_precision"]) == \
        ("2019-04-01", "2019-04-30", "month")
    assert (records["193"]["date"], records["193"]["enddate"]) == ("2019-01-01", "2019-12-31")
    assert "historical" in records["193"]["context"]
    negated = records["190"]
    assert negated["has_event"] is False and "negation" in negated["context"] and "enddate" not in negated
    default = [json.loads(line) for line in _run(capsys, "export", "--format", "plover", "--db", str(db)).splitlines()]
    assert sorted(r["cameo"] for r in default) == ["193", "195"] and all(r["has_event"] for r in default)


@pytest.mark.parametrize("since, until, expected", [
    ("2019-06-01", "2019-06-30", ["193"]),  # inside the year 2019, not in April
    ("2019-04-15", "2019-04-15", ["193", "195"]),  # one day inside both periods
    ("2018-01-01", "2019-01-01", ["193"]),  # reaches the year's first day
    ("2019-05-01", "2024-05-06", ["193"]),
    ("2024-05-07", "2024-05-07", ["190"]),
    ("2020-01-01", "2024-05-06", []),
])
def test_a_month_or_year_dated_event_is_found_by_a_range_that_overlaps_it(db, capsys, since, until, expected):
    events = json.loads(_run(capsys, "events", "--db", str(db), "--since", since, "--until", until,
                             "--format", "json"))
    assert sorted(e["cameo"]["code"] for e in events) == expected
    stories = json.loads(_run(capsys, "stories", "--db", str(db), "--since", since, "--until", until,
                              "--format", "json"))
    assert sorted(s["cameo"]["code"] for s in stories) == expected


def test_modality_is_shown_and_filtered(db, capsys):
    table = _run(capsys, "events", "--db", str(db))
    assert "MODALITY" in table.splitlines()[0] and "negated" in table and "historical" in table
    negated = json.loads(_run(capsys, "events", "--db", str(db), "--modality", "negated", "--format", "json"))
    assert [e["cameo"]["code"] for e in negated] == ["190"]
    stories = json.loads(_run(capsys, "stories", "--db", str(db), "--modality", "asserted,historical",
                              "--format", "json"))
    assert sorted(s["cameo"]["code"] for s in stories) == ["193", "195"]
    assert {s["cameo"]["code"]: s["modalities"] for s in stories}["193"] == ["historical"]
    assert "negated" in _run(capsys, "stories", "--db", str(db))


def test_events_csv_and_export_csv_share_one_schema(db, capsys):
    listed = list(csv.DictReader(io.StringIO(_run(capsys, "events", "--db", str(db), "--format", "csv"))))
    exported = list(csv.DictReader(io.StringIO(_run(capsys, "export", "--format", "csv", "--db", str(db)))))
    assert list(listed[0]) == list(exported[0]) and "modality" in listed[0] and "date_precision" in listed[0]
    assert sorted(r["id"] for r in listed) == sorted(r["id"] for r in exported)
    filtered = list(csv.DictReader(io.StringIO(_run(capsys, "export", "--format", "csv", "--root", "19",
                                                    "--modality", "negated", "--db", str(db)))))
    assert [r["cameo_code"] for r in filtered] == ["190"]


def test_jsonl_exports_escape_line_separators(db):
    with Store(db, read_only=True) as store:
        for fmt in ("jsonl", "plover"):
            out = io.StringIO()
            export(store, fmt, out=out, filters={"modality": "all"})
            text = out.getvalue()
            assert "\u2028" not in text and "\\u2028" in text
            assert len(text.splitlines()) == 3 and all(json.loads(line) for line in text.splitlines())


def test_limit_zero_gives_no_rows_and_a_negative_limit_is_an_error(db, capsys):
    assert json.loads(_run(capsys, "events", "--db", str(db), "--limit", "0", "--format", "json")) == []
    assert len(json.loads(_run(capsys, "events", "--db", str(db), "--limit", "2", "--format", "json"))) == 2
    assert main(["events", "--db", str(db), "--limit", "-1"]) == 2
    err = capsys.readouterr().err
    assert "--limit -1 is not a number of rows" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("argv, message", [
    (["events", "--modality", "maybe"], "Modality 'maybe' is not one of"),
    (["stories", "--until", "0001-01-01"], "--until '0001-01-01' is not a date from 1800 to 2200"),
])
def test_bad_filter_values_are_one_sentence(db, capsys, argv, message):
    assert main([*argv, "--db", str(db)]) == 2
    assert message in capsys.readouterr().err


def test_a_file_that_is_not_a_database_is_named_in_one_sentence(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    for argv in (["events"], ["ingest", str(notes)], ["export", "--format", "csv"]):
        assert main([*argv, "--db", str(notes)]) == 2
        err = capsys.readouterr().err.strip()
        assert err == (f"communique: {notes} is not a DuckDB database; give the file `communique ingest` "
                       "made with --db, or a new file name to start a new store.")
    assert notes.read_text(encoding="utf-8") == "shopping list\n"  # left as it was


def test_a_duckdb_file_of_another_program_is_named(tmp_path, capsys):
    import duckdb

    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    assert main(["events", "--db", str(other)]) == 2
    assert "is not a communique store" in capsys.readouterr().err


def test_an_article_with_a_non_string_url_is_checked_for_duplicates(tmp_path):
    from communique.records import Article
    from communique.store.add_counts import AddCounts

    with Store(tmp_path / "s.duckdb") as store:
        counts = AddCounts()
        kept = list(store.new_articles([Article(text="A", id="a", url=123), Article(text="B", id=["b"])],
                                       counts))
    assert [a.text for a in kept] == ["A", "B"] and counts.duplicates == 0


def test_a_document_the_database_refuses_costs_only_itself(tmp_path):
    from communique.store.add_counts import AddCounts
    from store_fixtures import meeting_document, protest_document

    reports = []
    with Store(tmp_path / "refuse.duckdb") as store:
        store.add_documents([meeting_document("d1")], store.story_index())
        clash = meeting_document("d2", url="https://other.example/2", text="Envoys met again in Ankara today.")
        clash.events[0].id = "d1-meet"  # the id of a stored mention: the database refuses the row
        counts = store.add_documents([protest_document("d3"), clash], store.story_index(),
                                     AddCounts(report=lambda *skip: reports.append(skip)), batch_size=10)
        assert (counts.stored, dict(counts.skipped)) == (1, {"cannot be stored": 1})
        assert reports[0][:2] == ("document d2", "cannot be stored") and "d1-meet" in reports[0][2]
        assert store.document_ids() == ["d1", "d3"]
        mentions = store.query("SELECT count(*) FROM event_mentions").fetchone()[0]
        assert store.query("SELECT sum(mentions) FROM stories").fetchone()[0] == mentions == 3
