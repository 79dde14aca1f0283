"""The switch `stopped_acts` (coder/phenomena/stopped_acts.py): a verb of stopping over an act noun is the stopping,
not the act ("halted its offensive": 087, not 190), and over an act its complement names ("stopped shelling the
towns": 087; session 36). Sentences written for this test (tests/fixtures/stopped_acts.tsv),
read on and off; the block table read as the data file says."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test

from communique.coder.codes import to_internal
from communique.coder.phenomena.stopped_acts import stopped_code, stopping_blocks


def test_the_blocks_are_the_dictionary_s_and_each_kind_reads_by_its_rule():
    blocks = stopping_blocks()
    assert blocks["stop"] == {"CANCEL", "COMMUNIQUE_PAUSE"} and blocks["avert"] == {"AVERT"}
    assert stopped_code("CANCEL", to_internal("190")) == to_internal("087")
    assert stopped_code("CANCEL", to_internal("173")) == to_internal("080")
    assert stopped_code("CANCEL", to_internal("042")) == 0
    assert stopped_code("AVERT", to_internal("190")) == 0
    assert stopped_code("START", to_internal("190")) is None


test_a_stopped_act_is_no_act_of_it = on_off_table_test(
    "stopped_acts.tsv", ("stopped_acts",), at_least=30, changed_at_least=16, read=code_dyads)
