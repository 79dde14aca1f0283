"""Session 38's sweep of refusing, yielding and retreating (branch psweep38): the mechanisms' own table
(tests/fixtures/yield_reject_switches38.tsv, each row read with the switch it names on and off, controls unchanged),
and the sweep written and labelled before the coder was run (tests/fixtures/yield_reject_sweep38.tsv, 113 rows in the
layout of the PLOVER censuses, scored by tools/plover_census.py) above floors just below what the branch reached:
type F1 0.784 -> 0.848, triple F1 0.402 -> 0.443 with forces withdrawing from a place, taken back after the
measure (docs/evaluation.md, "psweep38")."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_census_part_above, assert_the_switch_column_table, project_tool

SWEEP = Path(__file__).resolve().parents[2] / "fixtures" / "yield_reject_sweep38.tsv"


def test_each_row_is_read_as_its_switch_says_on_and_off(nlp, monkeypatch):
    assert_the_switch_column_table(monkeypatch, "yield_reject_switches38.tsv", at_least=18, controls_at_least=6,
                                   changed_at_least=11)


def test_the_sweep_stays_above_its_floors(nlp):
    parts = project_tool("plover_census").report(path=SWEEP)["parts"]
    assert len(project_tool("plover_census").census_rows(SWEEP)) >= 100
    assert_census_part_above(parts["all"], {"type": 0.83, "triple": 0.43})
