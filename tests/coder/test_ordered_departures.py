"""An order to a foreign person or body to leave the country is an expulsion (switch `ordered_departures`,
coder/ordered_departures.py, data/coder_ordered_departures.tsv). Sentences written for this test
(tests/fixtures/ordered_departures.tsv), read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder import Profile
from communique.coder.ordered_departures import departure_table


def test_an_order_to_a_foreigner_to_leave_is_an_expulsion(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("ordered_departures.tsv"), code_actors,
                            ("ordered_departures",), at_least=11, changed_at_least=5)


def test_the_table_keeps_evacuees_and_forces_apart_from_the_ordered_and_the_switch_is_communique_s():
    table = departure_table()
    assert table["code"] and "LEAVE" in table["leave"] and "ORDERED" in table["order"]
    assert not (table["body"] & (table["evacuees"] | table["forces"]))
    assert Profile.named("communique").ordered_departures and not Profile.named("petrarch2").ordered_departures
