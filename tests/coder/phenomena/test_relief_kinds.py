"""The switch `relief_kinds` (coder/phenomena/relief_kinds.py, data/coder_relief_kinds.tsv): relief named by its kind
(a rescue team, a firefighting plane, a medical team, food by its kind) is humanitarian aid (073), whatever pattern of
SEND or FLY read the head alone; sentences written for this test (tests/fixtures/relief_kinds.tsv), read on and
off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_relief_named_by_its_kind_is_humanitarian_aid(nlp, monkeypatch):
    rows = fixture_rows("relief_kinds.tsv")
    # assisted_purposes (session 41) reads a team sent to treat survivors as aid too, so the off reading has both off
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("relief_kinds", "assisted_purposes"), at_least=37,
                            changed_at_least=23)
    # relief already aid, forces, negotiators, weapons; a warship docking, a minister and troops landing (session 35)
    assert sum(on == off for _, on, off in rows) >= 14
    # relief conveyed or arrived is 073; other goods arrived are no visit (session 35: none, or the attribution alone)
    assert all(on.startswith("073") or on == "none" or on.startswith("010") for _, on, off in rows if on != off)
    assert sum(on.startswith("073") for _, on, off in rows if on != off) >= 18


def test_the_table_gives_verbs_relief_carriers_and_modifiers():
    from communique.coder.phenomena.relief_kinds import relief_goods, relief_kinds_table

    table = relief_kinds_table()
    assert {"SENT", "DISPATCHED", "FLEW", "SHIPPED"} <= table["verb"]
    assert {"ARRIVED", "DOCKED", "LANDED"} <= table["arrival"] and {"CARGO", "SHIPMENT"} <= table["freight"]
    assert "DOCTORS" in table["relief"] and "TROOPS" not in table["relief"]
    assert {"FLOUR", "RICE", "BISCUIT"} <= relief_goods() and "TROOPS" not in relief_goods()  # data/act_nouns.tsv
    assert {"TEAMS", "PLANES"} <= table["carrier"] and {"RESCUE", "FIREFIGHTING"} <= table["modifier"]
    assert "HOSTAGE" in table["not"]
