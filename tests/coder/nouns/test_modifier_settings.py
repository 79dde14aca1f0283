"""An event noun in the setting of a clause that modifies a noun is background, not an event told (switch
`event_nouns`, coder/nouns/events.py). Sentences written for this test (tests/fixtures/modifier_settings.tsv), read
with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_noun_modifier_s_setting_is_background = on_off_table_test(
    "modifier_settings.tsv", ("event_nouns",), at_least=8, changed_at_least=0)
