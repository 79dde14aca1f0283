"""The main event's five-way class (evaluate/main_class.py) on hand-made gold records and documents."""
from __future__ import annotations

import pytest

from communique.evaluate import main_class
from communique.evaluate.report import format_scoreboard, report_markdown
from communique.evaluate.runner import evaluate_file
from test_evaluate import OSLO, REBELS, SEOUL, TOKYO, TROOPS, event, fake_extractor, write_jsonl


def test_classes_come_from_the_cameo_root_with_statements_and_appeals_apart():
    assert main_class.class_of_cameo("010") == "statement/appeal"
    assert main_class.class_of_cameo("0231") == "statement/appeal"
    assert main_class.class_of_cameo("036") == "verbal cooperation"
    assert main_class.class_of_cameo("081") == "material cooperation"
    assert main_class.class_of_cameo("112") == "verbal conflict"
    assert main_class.class_of_cameo("1723") == "material conflict"
    assert main_class.class_of_cameo("") is None and main_class.class_of_cameo("99") is None
    assert len(main_class.classes()) == 5


def test_plover_types_take_the_class_of_their_cameo_roots():
    assert main_class.class_of_plover("demand") == "verbal conflict"  # root 10
    assert main_class.class_of_plover("CONCEDE") == "material cooperation"  # root 08
    assert main_class.class_of_plover("SANCTION") == "material conflict"  # root 16
    assert main_class.class_of_plover("FIGHT") == main_class.class_of_plover("ASSAULT") == "material conflict"
    assert main_class.class_of_plover("NOT_A_TYPE") is None


def test_the_most_confident_event_decides_the_first_among_equals():
    said = event("010", "SUPPORT", [TOKYO], confidence=0.9)
    hit = event("190", "ASSAULT", [TROOPS], [REBELS], confidence=0.6)
    assert main_class.main_event([hit, said]) is said
    tied = event("040", "CONSULT", [TOKYO], [SEOUL], confidence=0.9)
    assert main_class.main_event([tied, said]) is tied
    assert main_class.main_event([]) is None


def _petr2(identifier, text, code=None):
    events = [{"source": "JPNGOV", "target": "KORGOV", "code": code}] if code else []
    return {"id": identifier, "date": "20120301", "text": text, "events": events, "noevents": not code}


def test_petr2_main_class_figures_and_causes_of_loss(tmp_path):
    records = [
        _petr2("R", "Tokyo met Seoul officials on Monday.", "040"),
        _petr2("O", "Tokyo said its troops shelled the rebels.", "190"),
        _petr2("N", "Tokyo mulled its options.", "112"),
        _petr2("W", "Tokyo praised Seoul.", "051"),
        _petr2("Q", "The weather was mild in Oslo."),  # noevents: no gold class, left out
    ]
    outputs = {
        records[0]["text"]: [event("040", "CONSULT", [TOKYO], [SEOUL])],
        records[1]["text"]: [event("010", "SUPPORT", [TOKYO], confidence=0.8),
                             event("195", "ASSAULT", [TROOPS], [REBELS], confidence=0.6)],
        records[3]["text"]: [event("111", "ACCUSE", [TOKYO], [SEOUL])],
        records[4]["text"]: [event("042", "CONSULT", [OSLO])],
    }
    result = evaluate_file(write_jsonl(tmp_path / "petr2.jsonl", records), extract=fake_extractor(outputs))
    figure = result.figures["main_class"]
    assert figure["records"] == 4
    assert figure["accuracy"] == pytest.approx(0.25)
    assert figure["no_event"] == pytest.approx(0.25)
    assert figure["lost"] == {main_class.CAUSE_NO_EVENT: 1, main_class.CAUSE_ORDER: 1, main_class.CAUSE_CLASS: 1}
    per_class = figure["per_class"]
    assert (per_class["verbal cooperation"]["tp"], per_class["verbal cooperation"]["fn"]) == (1, 1)
    assert per_class["statement/appeal"]["fp"] == 1 and per_class["material conflict"]["fn"] == 1
    # macro-F1 over the gold's three classes (verbal cooperation 2/3, verbal and material conflict 0);
    # statement/appeal, only predicted, is left out
    assert figure["macro_f1"] == pytest.approx(round((2 / 3 + 0 + 0) / 3, 4))
    board = format_scoreboard(result)
    assert "main event class" in board and "lost by ordering" in board
    assert main_class.CAUSE_ORDER in report_markdown(result)


def test_plover_main_class_keeps_demands_apart_from_appeals(tmp_path):
    base = {"date": "2000-01-01", "eventText": "", "source": [{"actorText": "Japan", "code": "JAP"}],
            "target": [{"actorText": "South Korea", "code": "KOR"}]}
    records = [base | {"id": "D", "event": "DEMAND", "text": "Japan demanded that Seoul recall its envoy."},
               base | {"id": "C", "event": "CONCEDE", "text": "Japan eased its curbs on Korean imports."}]
    outputs = {records[0]["text"]: [event("0231", "REQUEST", [TOKYO], [SEOUL])],
               records[1]["text"]: [event("081", "CONCEDE", [TOKYO], [SEOUL])]}
    result = evaluate_file(write_jsonl(tmp_path / "plover.jsonl", records), extract=fake_extractor(outputs))
    figure = result.figures["main_class"]
    assert figure["accuracy"] == pytest.approx(0.5) and figure["no_event"] == 0.0
    assert figure["lost"][main_class.CAUSE_CLASS] == 1
    assert result.figures["type"]["tp"] == 2  # the type figure folds DEMAND into REQUEST; the class does not
