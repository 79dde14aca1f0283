"""The subject of an adverbial clause names the recipient of an act whose own clause names none (switches
`condition_addressees` and `provoked_mobilisations`, coder/phenomena/adverbial_parties.py): the one a condition is
put to, and the foreign actor whose act a mobilisation answers. Each frame's sweep (tests/fixtures/
condition_addressees_sweep40.tsv, 38 rows; provoked_mobilisations_sweep40.tsv, 20 rows; written and labelled before
the coder was run, built on their SHA-1 half A only) stays above floors just below what the branch reached: triple F1
0.608 -> 0.795 and 0.293 -> 0.829 (type F1 unchanged)."""
from __future__ import annotations

from pathlib import Path

import pytest

from fixture_tables import assert_census_part_above, coded_rows, communique_without, project_tool

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize("sweep, floor", [
    ("condition_addressees_sweep40.tsv", {"type": 0.79, "triple": 0.77}),
    ("provoked_mobilisations_sweep40.tsv", {"type": 0.90, "triple": 0.80}),
])
def test_the_sweeps_stay_above_their_floors(nlp, sweep, floor):
    census = project_tool("plover_census")
    assert len(census.census_rows(FIXTURES / sweep)) >= 20
    assert_census_part_above(census.report(path=FIXTURES / sweep)["parts"]["all"], floor)


ROWS = [("China warned that it would suspend all trade talks if Washington raised tariffs again.",),
        ("South Korea raised its military readiness after North Korea fired a ballistic missile into the sea.",),
        ("Iran threatened to close the Strait of Hormuz, state television reported.",),
        ("Thailand put its army on alert after the prime minister resigned.",)]


def _targets(documents) -> list[set[str]]:
    return [{a.code[:3] for e in document.events for a in e.target} for _, document in documents]


def test_the_condition_and_the_provocation_name_the_recipient_with_the_switches_on(nlp):
    condition, provocation, no_condition, own_side = _targets(coded_rows(ROWS))
    assert condition == {"USA"} and provocation == {"PRK"}
    assert no_condition == set() and own_side == set()


def test_with_the_switches_off_no_recipient_is_read_from_the_clause(nlp, monkeypatch):
    communique_without(monkeypatch, "condition_addressees", "provoked_mobilisations")
    condition, provocation, _, _ = _targets(coded_rows(ROWS))
    assert "USA" not in condition and "PRK" not in provocation
