"""Session 45's two senses of a verb the dictionary reads as another class (branch class45).

`spoken_acts` (coder/phenomena/spoken_acts.py, data/coder_spoken_acts.tsv): a verb CAMEO.2.0.txt files under a
material act, told with a participle of saying, is the act done in words ("defended the police, saying ...": 052,
not DEFEND's 074; "attacked the EU, telling a rally ...": 111, not ATTACK's 190; rebels who attack keep 190).
`conveyed_people` (coder/phenomena/relief_kinds.py, kinds `needy` and `need` of data/coder_relief_kinds.tsv): people
in need flown, shipped or evacuated are relief conveyed, 073, not FLY's trip (036).
Each read on its sweep (tests/fixtures/spoken_senses_sweep45.tsv, conveyed_people_sweep45.tsv: own sentences,
labelled by hand from the codebook before the coder was run) at its floor with the switch on, and below it off."""
from __future__ import annotations

import hashlib

import pytest

from fixture_tables import FIXTURES, communique_without, project_tool

SWEEPS = {"spoken_acts": ("spoken_senses_sweep45.tsv", 0.85, 0.45),
          "conveyed_people": ("conveyed_people_sweep45.tsv", 0.65, 0.40)}


def _share_right(name: str) -> float:
    census = project_tool("wire_census")
    rows = census.census_rows(FIXTURES / name)
    documents = census.coded(rows, classifier="off")
    return sum(census.predicted(d) == row[0] for row, d in zip(rows, documents)) / len(rows)


@pytest.mark.parametrize("switch", sorted(SWEEPS))
def test_the_sweep_is_read_at_its_floor_on_and_below_it_off(nlp, monkeypatch, switch):
    name, floor, ceiling_off = SWEEPS[switch]
    assert _share_right(name) >= floor
    communique_without(monkeypatch, switch)
    assert _share_right(name) <= ceiling_off


@pytest.mark.parametrize("switch", sorted(SWEEPS))
def test_the_sweep_has_a_half_built_on_and_a_half_only_measured(switch):
    from fixture_tables import fixture_rows

    rows = fixture_rows(SWEEPS[switch][0])[1:]
    halves = [int(hashlib.sha1(row[2].encode()).hexdigest()[-1], 16) % 2 for row in rows]
    assert len(rows) >= 20 and 0 < sum(halves) < len(rows)
    assert any(row[3].startswith("control") for row in rows)


def test_the_table_names_its_verbs_and_participles():
    from communique.coder.phenomena.spoken_acts import spoken_tables

    acts, sayings = spoken_tables()
    assert acts["DEFENDED"].verbal != acts["DEFENDED"].material and acts["ATTACKS"].armed_keep
    assert not acts["DEFEND"].armed_keep and {"SAYING", "TELLING", "ARGUING"} <= sayings
