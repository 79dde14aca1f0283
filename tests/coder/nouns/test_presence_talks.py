"""A meeting told by the visitor's presence at a place ("was in Berlin for talks with Merkel": coder/nouns/events.py
`_presence`, switch `event_nouns`). Sentences written for this test (tests/fixtures/presence_talks.tsv), read on and
off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_a_presence_at_a_place_for_talks_is_the_talks = on_off_table_test(
    "presence_talks.tsv", ("event_nouns",), at_least=18, changed_at_least=5)
