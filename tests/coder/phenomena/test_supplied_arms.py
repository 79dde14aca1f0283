"""The switch `supplied_arms` (coder/phenomena/supplied_arms.py, data/coder_supplied_arms.tsv): a verb of supplying
a recipient WITH weapons or military equipment, or delivering them TO a recipient, is military aid (072); sentences written for this test
(tests/fixtures/supplied_arms.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_force_supplied_with_arms_is_military_aid(nlp, monkeypatch):
    rows = fixture_rows("supplied_arms.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("supplied_arms",), at_least=32, changed_at_least=17)
    assert sum(on == off for _, on, off in rows) >= 15  # the dictionary's own 072s and the controls
    assert all("072 " in on or "0332 " in on for _, on, off in rows if on != off)  # military aid, or its intent


def test_the_table_gives_verbs_and_materiel():
    from communique.coder.phenomena.supplied_arms import supplied_arms_table

    table = supplied_arms_table()
    assert {"SUPPLIED", "PROVIDED", "EQUIPPED", "ARMED"} <= table["verb"]
    assert {"DELIVER", "DELIVERED", "DELIVERS"} <= table["deliver"]
    assert {"MISSILES", "DRONES", "HELICOPTERS", "ARMOURED"} <= table["materiel"] and "FOOD" not in table["materiel"]
