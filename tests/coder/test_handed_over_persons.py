"""Persons handed over, named by occupation or status ("handed over the Ukrainian sailors"), are CAMEO 0841 "Return,
release person(s)" (&COMMUNIQUE_HELD_PERSONS in data/coder_additions.txt); sentences written for this test
(tests/fixtures/handed_over_persons.tsv), read with the additions on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_persons_handed_over_are_released_persons = on_off_table_test(
    "handed_over_persons.tsv", ("additions",), at_least=8, changed_at_least=8)
