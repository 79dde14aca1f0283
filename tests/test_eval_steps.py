"""Which coder step lost a missed event (evaluate/steps.py), on hand-made records; and the report's section."""
from __future__ import annotations

import dataclasses
import json

from communique.evaluate.report import report_jsonl, report_markdown, step_counts
from communique.evaluate.runner import evaluate_file
from communique.evaluate.steps import Coded, lost_at

GOLD = ("JPNGOV", "KORGOV", "112")


def test_right_code_with_a_side_missing_is_a_role_loss():
    assert lost_at(GOLD, [Coded("JPNGOV", None, "112", ("verb: ACCUSED 70A0",))]) == "role"
    assert lost_at(GOLD, [Coded(None, "KORGOV", "112")]) == "role"


def test_right_code_and_sides_with_another_actor_code_is_an_actor_loss():
    assert lost_at(GOLD, [Coded("JPN", "KORGOV", "112")]) == "actor"


def test_right_actors_with_another_code_is_pattern_or_composition_by_the_steps():
    assert lost_at(GOLD, [Coded("JPNGOV", "KORGOV", "111", ("verb: CRITICIZED 7001",))]) == "pattern"
    assert lost_at(GOLD, [Coded("JPNGOV", "KORGOV", "010", ("verb: SAID 1000", "flatten: rule F"))]) == "composition"


def test_an_event_dropped_for_a_missing_actor_is_a_role_loss_a_dropped_nested_one_composition():
    assert lost_at(GOLD, [Coded("JPNGOV", "", "112", ("verb: ACCUSED 70A0", "drop: no target"), dropped=True)]) == "role"
    nested = Coded("JPNGOV", "", "010", ("verb: SAID 1000", "nest: rule N", "drop: no target"), dropped=True)
    assert lost_at(GOLD, [nested]) == "composition"


def test_nothing_coded_is_a_pattern_loss():
    assert lost_at(GOLD, []) == "pattern"
    assert lost_at(("JPN", "KOR", "ASSAULT"), [Coded("COL", "VEN", "CONSULT")]) == "pattern"


def test_the_report_counts_misses_by_step(tmp_path):
    from test_evaluate import PETR2_RECORD, REBELS, TROOPS, event, fake_extractor, write_jsonl

    gold = write_jsonl(tmp_path / "petr2.jsonl", [PETR2_RECORD])
    wrong_code = dataclasses.replace(event("040", "CONSULT", [TROOPS], [REBELS]), steps=("verb: MET",))
    result = evaluate_file(gold, extract=fake_extractor({PETR2_RECORD["text"]: [wrong_code]}))
    assert sum(step_counts(result.judgements).values()) == len(
        [f for j in result.judgements for f in j.findings if f.kind == "missed"])
    assert "Misses by the step that lost them" in report_markdown(result)
    rows = [json.loads(line) for line in report_jsonl(result).splitlines()]
    assert [r["step"] for r in rows if r["kind"] == "missed"] == ["pattern"]  # the gold's actors, another code
    assert all(r["step"] is None for r in rows if r["kind"] == "spurious")
