"""A protest is aimed at the party its AGAINST phrase names, not at the place it was held (switch `protest_purposes`,
extended in session 37: coder/phenomena/protested_parties.py). Sentences written for this test
(tests/fixtures/protested_parties.tsv), read on and off; none from an evaluation set or a census."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_protest_is_aimed_at_the_party_it_is_against = on_off_table_test(
    "protested_parties.tsv", ("protest_purposes",), at_least=9, changed_at_least=4)
