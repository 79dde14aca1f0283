"""The switch `relief_drops` (coder/phenomena/relief_drops.py, data/coder_relief_drops.tsv): relief dropped by
aircraft is humanitarian aid (073), not DROP's air strike (195); sentences written for this test
(tests/fixtures/relief_drops.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_relief_dropped_from_the_air_is_humanitarian_aid(nlp, monkeypatch):
    rows = fixture_rows("relief_drops.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("relief_drops",), at_least=13, changed_at_least=6)
    assert sum(on == off for _, on, off in rows) >= 7  # bombs, leaflets, charges, demands, plans


def test_the_table_gives_verbs_and_relief():
    from communique.coder.phenomena.relief_drops import relief_drops_table

    table = relief_drops_table()
    assert {"DROPPED", "PARACHUTED", "AIRDROPPED"} <= table["verb"]
    assert {"AID", "FOOD", "SUPPLIES"} <= table["relief"] and "BOMBS" not in table["relief"]
