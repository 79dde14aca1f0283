"""The means of riot control used on people (data/coder_additions.txt's &COMMUNIQUE_RIOT_MEANS, switch `additions`):
batons, pepper spray, rubber bullets, stun grenades, water cannon used, fired, lobbed or sprayed are the CAMEO
manual's 175 "Use tactics of violent repression", not the purpose verb's statement, FIRE's 190 or no event; spraying
or using anything else is not. Sentences written for this test; the sweep of session 46
(tests/fixtures/force_instrument_sweep46.tsv, labelled by hand before the coder was run) read at its floor."""
from __future__ import annotations

import hashlib

from fixture_tables import assert_wire_sweep_at, code_dyads, coded_rows, communique_without, fixture_rows

REPRESSION = [
    "Police in Nairobi used batons to scatter traders who had blocked a highway.",
    "Riot police in Quito fired rubber bullets at indigenous marchers on Thursday.",
    "Police in Tbilisi sprayed pepper spray at opposition supporters outside parliament.",
    "Police in Lahore lobbed teargas shells at lawyers marching on the high court.",
    "Serbian police used stun grenades to push back protesters outside the National Assembly in Belgrade.",
]
CONTROLS = [
    "Farmers in Punjab sprayed pesticides on their fields on Monday.",
    "The Kenyan government used the money to build roads in the north.",
]


def _codes(rows):
    return [code_dyads(document) for _, document in coded_rows([(text, "", "") for text in rows])]


def test_riot_means_used_on_people_are_violent_repression_on_and_not_off(nlp, monkeypatch):
    on = _codes(REPRESSION)
    assert all(reading.startswith("175") for reading in on), on
    controls = _codes(CONTROLS)
    assert not any("175" in reading for reading in controls), controls
    communique_without(monkeypatch, "additions")
    off = _codes(REPRESSION)
    assert sum(not reading.startswith("175") for reading in off) >= 4, off


def test_the_force_instrument_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("force_instrument_sweep46.tsv", 0.88)


def test_the_sweep_has_a_half_built_on_and_a_half_only_measured():
    rows = fixture_rows("force_instrument_sweep46.tsv")[1:]
    halves = [int(hashlib.sha1(row[2].encode()).hexdigest()[-1], 16) % 2 for row in rows]
    assert len(rows) >= 25 and 0 < sum(halves) < len(rows)
