"""The evaluation runner: format detection, scorers, and reports, on hand-made gold and documents."""
from __future__ import annotations

import json

import pytest

from communique.acled import acled_for
from communique.errors import BadInput
from communique.evaluate import case2021, petr2, plover
from communique.evaluate.formats import cameo_event_code, country_code, detect_format, read_gold
from communique.evaluate.report import format_scoreboard, report_jsonl, report_markdown, write_report
from communique.evaluate.runner import evaluate_file
from communique.evaluate.scoring import Counts, compare_sets, macro_f1, per_label, weighted_f1
from communique.records import ActorRef, Document, EventMention

TOKYO = ActorRef("Tokyo", "Japan", "JPN", "GOV", "JPNGOV")
SEOUL = ActorRef("Seoul", "South Korea", "KOR", "GOV", "KORGOV")
OSLO = ActorRef("Norway", "Norway", "NOR", None, "NOR")
REBELS = ActorRef("rebels", "rebels", "COL", "REB", "COLREB")
TROOPS = ActorRef("troops", "troops", "COL", "MIL", "COLMIL")


def event(code: str, plover_type: str, source=(), target=(), confidence=0.5, evidence="") -> EventMention:
    e = EventMention(
        id=f"e{code}", sentence=0, start=0, end=1, evidence=evidence, source=list(source), target=list(target),
        cameo={"code": code, "root": code[:2], "name": ""}, plover={"type": plover_type, "mode": None, "context": []},
        quad_class=1, goldstein=0.0, date={"value": None, "precision": "day", "text": None}, confidence=confidence)
    e.acled = acled_for(e)  # as the pipeline sets it on every event it codes
    return e


def fake_extractor(events_by_text: dict[str, list[EventMention]]):
    def extract(articles, settings=None):
        for article in articles:
            yield Document(id=article.id, text=article.text, published=article.published,
                           events=events_by_text.get(article.text, []))
    return extract


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --- scoring ---------------------------------------------------------------------------------------

def test_counts_give_precision_recall_f1():
    c = compare_sets({"a", "b", "c"}, {"b", "c", "d", "e"})
    assert (c.tp, c.fp, c.fn) == (2, 2, 1)
    assert c.precision == pytest.approx(0.5) and c.recall == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert Counts().f1 == 0.0


def test_per_label_counts_each_label_once_per_record():
    table = per_label([{"AGREE"}, {"ASSAULT"}], [{"AGREE", "CONSULT"}, set()])
    assert table["AGREE"] == Counts(1, 0, 0)
    assert table["CONSULT"] == Counts(0, 1, 0)
    assert table["ASSAULT"] == Counts(0, 0, 1)


def test_weighted_and_macro_f1():
    gold = ["A", "A", "B", "C"]
    predicted = ["A", "B", "B", "NONE"]
    # A: P1 R.5 F.667 (support 2); B: P.5 R1 F.667 (1); C: F0 (1)
    assert weighted_f1(gold, predicted) == pytest.approx((2 * 2 / 3 + 2 / 3) / 4)
    assert macro_f1(gold, predicted, ["A", "B", "C"]) == pytest.approx((2 / 3 + 2 / 3) / 3)


def test_codes_are_normalised():
    assert cameo_event_code("40") == "040"
    assert cameo_event_code("0256") == "0256"
    assert cameo_event_code("19") == "190"
    assert country_code("JAPGOV") == "JPN"
    assert country_code("ITL") == "ITA"
    assert country_code("---REB") is None


# --- formats ---------------------------------------------------------------------------------------

PLOVER_RECORD = {
    "id": "P1", "date": "2000-01-01", "event": "FIGHT", "eventText": "clashed",
    "text": "Japanese and South Korean coast guards clashed near the disputed islets.",
    "source": [{"actorText": "Japanese", "code": "JAP"}], "target": [{"actorText": "South Korean", "code": "KOR"}],
}
PETR2_RECORD = {"id": "T1", "date": "20120301", "text": "Troops fought rebels in the hills on Sunday.",
                "events": [{"source": "COLMIL", "target": "COLREB", "code": "190"}], "noevents": False}
CASE_RECORD = {"id": "C1", "text": "Troops and rebels fought for hours outside the town.", "subtype": "ARMED_CLASH"}


def test_formats_are_detected_from_the_records():
    assert detect_format(PLOVER_RECORD) is plover
    assert detect_format(PETR2_RECORD) is petr2
    assert detect_format(CASE_RECORD) is case2021
    with pytest.raises(BadInput):
        detect_format({"headline": "no gold here"})


def test_read_gold_rejects_mixed_and_missing_files(tmp_path):
    with pytest.raises(BadInput):
        read_gold(tmp_path / "absent.jsonl")
    mixed = write_jsonl(tmp_path / "mixed.jsonl", [CASE_RECORD, PETR2_RECORD])
    with pytest.raises(BadInput):
        read_gold(mixed)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(BadInput):
        read_gold(bad)


def test_plover_types_and_triples(tmp_path):
    gold = write_jsonl(tmp_path / "plover.jsonl", [PLOVER_RECORD | {"target": ""}, PLOVER_RECORD])
    extract = fake_extractor({PLOVER_RECORD["text"]: [
        event("193", "ASSAULT", [TOKYO], [SEOUL]), event("040", "CONSULT", [TOKYO], [SEOUL])]})
    result = evaluate_file(gold, extract=extract)
    assert result.format == "plover"
    # types: 2 records, ASSAULT found in each, CONSULT spurious in each
    assert result.figures["type"]["tp"] == 2 and result.figures["type"]["fp"] == 2
    assert result.figures["type"]["recall"] == 1.0
    # triples: record 1 gold (JPN, None, ASSAULT) missed; record 2 gold (JPN, KOR, ASSAULT) found
    assert result.figures["triple"]["tp"] == 1 and result.figures["triple"]["fn"] == 1
    assert result.figures["per_type"]["CONSULT"]["fp"] == 2


def test_plover_folds_old_categories():
    assert plover.plover_2_type("DISAPPROVE") == "ACCUSE"
    assert plover.plover_2_type("DEMAND") == "REQUEST"
    assert plover.plover_2_type("AGREE") == "AGREE"


def test_petr2_exact_coarse_and_noevents(tmp_path):
    quiet = {"id": "T2", "date": "20120301", "text": "The weather was mild in the capital.", "events": [],
             "noevents": True}
    gold = write_jsonl(tmp_path / "petr2.jsonl", [PETR2_RECORD, quiet])
    loose_troops = ActorRef("troops", "troops", "COL", "MIL", "COLMILGOV")
    extract = fake_extractor({PETR2_RECORD["text"]: [event("193", "ASSAULT", [loose_troops], [REBELS])]})
    result = evaluate_file(gold, extract=extract)
    assert result.figures["exact"]["tp"] == 0 and result.figures["exact"]["fn"] == 1
    assert result.figures["coarse"]["tp"] == 1
    assert result.figures["noevents"] == {"records": 1, "correct": 1}


def test_case_labels_come_from_the_most_confident_acled_event(tmp_path):
    peaceful = {"id": "C2", "text": "Floods swept through the valley overnight.", "subtype": "NATURAL_DISASTER"}
    gold = write_jsonl(tmp_path / "case.jsonl", [CASE_RECORD, peaceful])
    extract = fake_extractor({
        CASE_RECORD["text"]: [event("010", "CONSULT", [TROOPS], confidence=0.9),
                              event("190", "ASSAULT", [TROOPS], [REBELS], confidence=0.6,
                                    evidence="troops and rebels fought")],
        peaceful["text"]: [event("190", "ASSAULT", [TROOPS], confidence=0.3, evidence="swept through")],
    })
    result = evaluate_file(gold, extract=extract)
    assert [j.values["predicted"] for j in result.judgements] == ["ARMED_CLASH", "ARMED_CLASH"]
    assert result.figures["accuracy"] == 0.5
    assert result.figures["non_political"] == {"records": 1, "coded_political": 1, "rate": 1.0}


def test_an_event_the_classifier_left_without_an_acled_type_is_not_given_the_rules_type_again(tmp_path):
    peaceful = {"id": "C2", "text": "Floods swept through the valley overnight.", "subtype": "NATURAL_DISASTER"}
    gold = write_jsonl(tmp_path / "case.jsonl", [peaceful])
    vetoed = event("190", "ASSAULT", [TROOPS], [REBELS], evidence="swept through")
    assert vetoed.acled is not None
    vetoed.acled = None  # what classify/apply.py writes where the classifier reads no political event
    result = evaluate_file(gold, extract=fake_extractor({peaceful["text"]: [vetoed]}))
    assert [j.values["predicted"] for j in result.judgements] == ["NONE"]
    assert result.figures["non_political"]["coded_political"] == 0


def test_case_label_mapping_covers_the_extensions():
    assert case2021.case_label({"event_type": "Strategic developments", "sub_event_type": "Other",
                                "communique_type": "Diplomatic event"}) == "DIPLO"
    assert case2021.case_label({"event_type": "Battles", "sub_event_type": "Armed clash"}) == "ARMED_CLASH"
    assert case2021.case_label(None) == "NONE"
    assert "DIPLO" in case2021.political_labels() and "OTHER" not in case2021.political_labels()


# --- report ----------------------------------------------------------------------------------------

def test_reports_group_misses_and_spurious_items(tmp_path):
    gold = write_jsonl(tmp_path / "petr2.jsonl", [PETR2_RECORD])
    extract = fake_extractor({PETR2_RECORD["text"]: [event("040", "CONSULT", [TROOPS], [REBELS])]})
    result = evaluate_file(gold, extract=extract)
    markdown = report_markdown(result)
    assert "Missed 19" in markdown and "Spurious 04" in markdown
    assert PETR2_RECORD["text"] in markdown
    rows = [json.loads(line) for line in report_jsonl(result).splitlines()]
    assert {(r["kind"], r["group"][:2]) for r in rows if r["measure"] == "exact"} == {("missed", "19"), ("spurious", "04")}
    assert {(r["kind"], r["group"]) for r in rows if r["measure"] == "main_class"} == {("wrong", "material conflict")}
    write_report(result, tmp_path / "r.md")
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Evaluation report")
    assert "exact" in format_scoreboard(result)


def test_limit_reads_only_the_first_records(tmp_path):
    gold = write_jsonl(tmp_path / "case.jsonl", [CASE_RECORD, CASE_RECORD | {"id": "C9"}])
    result = evaluate_file(gold, limit=1, extract=fake_extractor({}))
    assert result.figures["records"] == 1


def test_eval_command_prints_json(tmp_path, capsys, monkeypatch):
    from communique.cli import main
    from communique.evaluate import runner

    gold = write_jsonl(tmp_path / "case.jsonl", [CASE_RECORD])
    real = runner.evaluate_records
    monkeypatch.setattr(runner, "evaluate_records",
                        lambda fmt, recs, path, settings=None, extract=None: real(fmt, recs, path, settings,
                                                                                   fake_extractor({})))
    assert main(["eval", str(gold), "--json", "--report", str(tmp_path / "r.jsonl")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["format"] == "case2021" and out["accuracy"] == 0.0


# -- geoparsing gold ------------------------------------------------------------------------------------------

GEO_TEXT = "Flooding closed roads in Fargo and Moorhead on Friday; Minnesota sent help."


def geo_record():
    return {"id": "g1", "text": GEO_TEXT, "published": "2009-03-27", "toponyms": [
        {"start": 25, "end": 30, "name": "Fargo", "lat": 46.8772, "lon": -96.7898, "fcode": "PPL", "country": "USA"},
        {"start": 35, "end": 43, "name": "Moorhead", "lat": 46.8738, "lon": -96.7678, "fcode": "PPL"},
        {"start": 55, "end": 64, "name": "Minnesota", "lat": 46.2500, "lon": -94.2500, "fcode": "ADM1"},
        {"start": 0, "end": 8, "name": "Flooding", "lat": None, "lon": None}]}


def geo_extractor(places):
    def extract(articles, settings=None):
        for article in articles:
            yield Document(id=article.id, text=article.text, published=article.published, places=list(places))
    return extract


def test_geo_gold_scores_spans_and_distances(tmp_path):
    from communique.evaluate import geo
    from communique.records import Place

    gold = write_jsonl(tmp_path / "geo.jsonl", [geo_record()])
    predicted = [
        Place("Fargo", "Fargo", "USA", 46.8772, -96.7898, "city", 25, 30),  # exact, 0 km
        Place("Moorhead on", "Moorhead", "USA", 38.0, -96.7678, "city", 35, 46),  # overlaps; ~987 km off
        Place("Minnesota", "Minnesota", "USA", None, None, "admin", 55, 64),  # found, no point: the largest error
        Place("Friday", "Friday", None, 0.0, 0.0, "city", 47, 53),  # spurious
    ]
    result = evaluate_file(gold, extract=geo_extractor(predicted))
    assert result.format == geo.NAME == detect_format(geo_record()).NAME
    figures = result.figures
    assert (figures["overlap"]["tp"], figures["overlap"]["fp"], figures["overlap"]["fn"]) == (3, 1, 1)
    assert (figures["exact_span"]["tp"], figures["exact_span"]["fn"]) == (2, 2)
    ours = figures["geocoding"]
    assert ours["scored"] == 3 and ours["within_161km"] == pytest.approx(1 / 3, abs=1e-3)
    assert 980 < ours["median_km"] < 995
    assert 0 < ours["auc"] < 1
    base = figures["population_baseline"]  # the most populous Fargo, Moorhead and Minnesota are these
    assert base["scored"] == 3 and base["within_161km"] == 1.0
    board = format_scoreboard(result)
    assert "within 161 km" in board and "population" in board
    kinds = {(f.kind, f.measure) for j in result.judgements for f in j.findings}
    assert kinds == {("missed", "overlap"), ("spurious", "overlap"), ("far", "resolution")}


def test_geo_distances_are_great_circle():
    from communique.evaluate.geo import distance_km

    assert distance_km(0, 0, 0, 0) == 0
    assert distance_km(0, 0, 0, 180) == pytest.approx(20015, rel=0.01)  # half the equator
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=3)  # London-Paris
