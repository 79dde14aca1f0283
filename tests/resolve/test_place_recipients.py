"""Forces sent to a region are no aid to it (switch `place_recipients`, resolve/place_recipients.py): a mobilisation
with no recipient. Sentences written for tests/fixtures/place_recipients_sweep39.tsv, labelled before the coder was
run; scored as tools/plover_census.py scores them: type / triple F1 0.750 / 0.188 on main, 0.875 / 0.375 with the
switch (0.812 with the curfews at home read with no recipient, taken back: the project's domestic convention keeps
the own state as their target, and the sweep's eight curfew rows, labelled by the PLOVER manual, stay lost)."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_census_part_above, coded_rows, communique_without, project_tool

SWEEP = Path(__file__).resolve().parents[1] / "fixtures" / "place_recipients_sweep39.tsv"


def test_the_sweep_stays_above_its_floors(nlp):
    census = project_tool("plover_census")
    assert len(census.census_rows(SWEEP)) >= 15
    assert_census_part_above(census.report(path=SWEEP)["parts"]["all"], {"type": 0.85, "triple": 0.35})


def test_a_curfew_at_home_keeps_the_domestic_convention(nlp):
    rows = [("Kenyan police imposed a dusk-to-dawn curfew on Mombasa on Friday, the interior ministry said.",)]
    (_, home), = coded_rows(rows)
    assert [(e.cameo["code"], [a.code for a in e.target]) for e in home.events] == [("1723", ["KEN"])]


def test_forces_sent_to_a_region_are_a_mobilisation_and_to_a_state_aid(nlp, monkeypatch):
    rows = [("The United States sent an aircraft carrier to the Middle East on Sunday, the Pentagon said.",)]
    (_, document), = coded_rows(rows)
    assert [(e.cameo["code"], e.target) for e in document.events] == [("154", [])]
    communique_without(monkeypatch, "place_recipients")
    (_, off), = coded_rows(rows)
    assert any(e.cameo["code"] == "072" for e in off.events)
