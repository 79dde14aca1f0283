"""FIRE with an object of office is a dismissal (data/coder_additions_objects.tsv, switch `object_senses`), not FIRE's
shooting. Sentences written for this test (tests/fixtures/fired_officials.tsv), read with the switch on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


# Off reading: object_senses and, since session 46, subordinate_sanctions (an unnamed ruler's removal of an official is
# 172 whichever sense of FIRE is read first), so that the off column still shows FIRE's shooting.
test_an_official_fired_is_dismissed_not_shot = on_off_table_test(
    "fired_officials.tsv", ("object_senses", "subordinate_sanctions"), at_least=8, changed_at_least=4)
