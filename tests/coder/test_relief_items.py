"""The non-food items of emergency relief conveyed to a country are humanitarian aid (data/coder_additions.txt's synset
&COMMUNIQUE_RELIEF, switch `additions`). Sentences written for this test (tests/fixtures/relief_items.tsv), read with
the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from .switch_tables import on_off_table_test

test_relief_items_conveyed_are_humanitarian_aid = on_off_table_test(
    "relief_items.tsv", ("additions",), at_least=10, changed_at_least=6)
