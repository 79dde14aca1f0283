"""The switch `home_clashes` (coder/phenomena/home_clashes.py): sides fighting each other in a place of their own
country are both the actor, with no recipient. Sentences written for this test (tests/fixtures/home_clashes.tsv),
read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder import Profile
from communique.coder.phenomena.home_clashes import reciprocal_force_verbs


test_sides_fighting_at_home_have_no_recipient = on_off_table_test(
    # off with self_recipients too, which also takes out a place that is one side's own (Mogadishu: SOM)
    "home_clashes.tsv", ("home_clashes", "self_recipients"), at_least=14, changed_at_least=8)


def test_the_verbs_are_reciprocal_fighting_only():
    verbs = reciprocal_force_verbs()
    assert {"CLASH", "FIGHT", "BATTLE"} <= verbs
    assert not verbs & {"ATTACK", "SHELL", "BOMB", "STRIKE"}  # one-sided force keeps its place's country


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").home_clashes and not Profile.named("petrarch2").home_clashes
