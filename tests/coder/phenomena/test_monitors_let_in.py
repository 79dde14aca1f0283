"""The object-senses rows of a monitor let in one at a time (data/coder_additions_objects.tsv; switch
`object_senses`): an inspector, observer, monitor, investigator or UN special rapporteur let in, allowed or admitted
is the codebook's 0862 "Receive inspectors"; sentences written for this test (tests/fixtures/monitors_let_in.tsv),
read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_monitor_let_in_is_inspectors_received = on_off_table_test(
    "monitors_let_in.tsv", ("object_senses",), at_least=8, changed_at_least=6)
