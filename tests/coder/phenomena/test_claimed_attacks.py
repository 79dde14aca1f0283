"""An attack claimed by a group is the group's (switch `claimed_attacks`, coder/phenomena/claimed_attacks.py). Sentences
written for this test (tests/fixtures/claimed_attacks.tsv), read on and off; none from an evaluation set or a census."""
from __future__ import annotations

from communique.coder import Profile

from ..switch_tables import on_off_table_test

test_an_attack_claimed_by_a_group_is_the_group_s = on_off_table_test(
    "claimed_attacks.tsv", ("claimed_attacks",), at_least=8, changed_at_least=4)


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").claimed_attacks and not Profile.named("petrarch2").claimed_attacks
