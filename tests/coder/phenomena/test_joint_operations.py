"""An act two states' forces carry out in a joint operation is their cooperation (switch `joint_operations`,
coder/phenomena/joint_operations.py), and the sweep of COOPERATE and AGREE (tests/fixtures/cooperate_agree_sweep39.tsv,
35 rows written and labelled before the coder was run, 7 controls of neighbouring types) stays above floors just below
what the branch reached: type / triple F1 0.657 / 0.482 before, 0.771 / 0.625 with the switch."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_census_part_above, coded_rows, communique_without, project_tool

SWEEP = Path(__file__).resolve().parents[2] / "fixtures" / "cooperate_agree_sweep39.tsv"


def test_the_sweep_stays_above_its_floors(nlp):
    census = project_tool("plover_census")
    assert len(census.census_rows(SWEEP)) >= 30
    assert_census_part_above(census.report(path=SWEEP)["parts"]["all"], {"type": 0.75, "triple": 0.60})


def test_a_joint_raid_is_cooperation_and_one_sides_raid_an_arrest(nlp, monkeypatch):
    rows = [("Thai and Malaysian police arrested 14 suspected human traffickers in a joint raid on the border.",),
            ("Kenyan police arrested three men in a raid on a house in Mombasa, police said on Sunday.",),
            ("Kenyan police arrested three men in a joint operation with Ugandan police in Busia on Sunday.",)]
    (_, joint), (_, alone), (_, partner) = coded_rows(rows)
    assert [(e.cameo["code"], e.target) for e in joint.events] == [("060", [])]
    assert {a.code[:3] for e in joint.events for a in e.source} == {"THA", "MYS"}
    assert all(e.cameo["code"].startswith("17") for e in alone.events)
    assert any(e.cameo["code"] == "060" and [a.code[:3] for a in e.target] == ["UGA"] for e in partner.events)
    communique_without(monkeypatch, "joint_operations")
    (_, off), _, _ = coded_rows(rows)
    assert not any(e.cameo["code"].startswith("06") for e in off.events)
