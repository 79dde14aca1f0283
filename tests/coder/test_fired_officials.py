"""FIRE with an object of office is a dismissal (data/coder_additions_objects.tsv, switch `object_senses`), not FIRE's
shooting. Sentences written for this test (tests/fixtures/fired_officials.tsv), read with the switch on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_an_official_fired_is_dismissed_not_shot = on_off_table_test(
    "fired_officials.tsv", ("object_senses",), at_least=8, changed_at_least=4)
