"""A span of time heading a verb's object offers the event that fills it to the object patterns (switch
`partitive_objects`, coder/partitive_objects.py, data/coder_partitive_objects.tsv's units of time; session 32): "held
two days of strikes" is HOLD's STRIKES, 143. Sentences written for this test (tests/fixtures/spans_of_time.tsv), read
on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_a_span_of_an_event_held_is_the_event = on_off_table_test(
    "spans_of_time.tsv", ("partitive_objects",), at_least=10, changed_at_least=6)
