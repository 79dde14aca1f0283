"""The switch `peacekeeping_destinations` (coder/phenomena/peacekeeping_destinations.py): forces sent to a peacekeeping
body ("sent 300 troops to the U.N. peacekeeping mission", "to join UNIFIL") are peacekeepers (074), not a
mobilisation (154). Sentences written for this test (tests/fixtures/peacekeeping_destinations.tsv), read on
and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_forces_sent_to_a_peacekeeping_body_are_peacekeepers = on_off_table_test(
    "peacekeeping_destinations.tsv", ("peacekeeping_destinations",), at_least=12, changed_at_least=6, read=code_dyads)
