"""Security forces dispersing a crowd (protesters, demonstrators, marchers, a rally, a gathering) is CAMEO 175 "Use
tactics of violent repression" (a new path of CIRCULATE in data/coder_additions.txt); sentences written for this test
(tests/fixtures/dispersed_crowds.tsv), read with the additions on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_dispersed_crowds_are_violent_repression = on_off_table_test(
    "dispersed_crowds.tsv", ("additions",), at_least=15, changed_at_least=10)
