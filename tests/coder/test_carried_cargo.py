"""A vehicle named by its load offers the load to the verb's patterns before itself (switch `carried_cargo`,
data/coder_carried_cargo.tsv). Sentences written for this test (tests/fixtures/carried_cargo.tsv), on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.additions import carried_cargo


test_a_vehicle_carrying_a_load_is_read_by_its_load = on_off_table_test(
    "carried_cargo.tsv", ("carried_cargo",), at_least=10, changed_at_least=6)


def test_the_table_names_vehicles_and_both_kinds_of_participle():
    roles = carried_cargo()
    assert {"SHIP", "PLANES", "CONVOY"} <= roles["vehicle"] and "BUS" not in roles["vehicle"]
    assert "CARRYING" in roles["carrying"] and "LOADED" in roles["loading"]
