"""Collective names of a fixed set of states ("the two Koreas", "the Baltic states") read as every state of the set
(switch `collective_states`, coder/actors/collective_states.py, data/coder_collective_states.tsv); sentences written
for this test (tests/fixtures/collective_states.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named
from ..switch_tables import on_off_table_test

from communique.coder.actors import collective_states as module
from communique.coder.actors.collective_states import collective_at, collective_states


def test_each_name_gives_every_state_of_its_set():
    table = collective_states()
    assert table[("KOREAS",)] == ("PRK", "KOR")
    assert table[("BALTIC", "STATES")] == ("EST", "LVA", "LTU")
    assert not any(name[0] == "GULF" for name in table)  # a set that varies with the writer is not listed
    assert collective_at(["THE", "BALTIC", "STATES"], 1) == (("EST", "LVA", "LTU"), 2)
    assert collective_at(["THE", "BALTIC", "SEA"], 1) is None


def test_a_bad_row_is_named(monkeypatch, tmp_path):
    assert_bad_row_named(monkeypatch, tmp_path, module, "collective_states", "# header\nKOREAS\tPRK\tone state\n", 2)


# named_subjects goes off too: with collective_states alone off, "the two Sudans" is a name kept with no code
test_collective_names_of_states_are_read_as_their_states = on_off_table_test(
    "collective_states.tsv", ("collective_states", "named_subjects"), at_least=15, changed_at_least=12)
