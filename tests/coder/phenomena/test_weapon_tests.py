"""A test of a weapon demonstrates military power (data/coder_additions.txt, block COMMUNIQUE_TEST_WEAPON, switch
`additions`; extended in session 37 to PETRARCH's &WEAPON class, warheads, torpedoes and glide vehicles). Sentences
written for this test (tests/fixtures/weapon_tests.tsv), read on and off; none from an evaluation set or a census."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_weapon_tested_is_a_show_of_force = on_off_table_test(
    "weapon_tests.tsv", ("additions",), at_least=8, changed_at_least=5)
