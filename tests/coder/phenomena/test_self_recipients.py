"""The switch `self_recipients` (coder/phenomena/self_recipients.py): an actor named again in its own clause is not its
own recipient. Sentences written for this test (tests/fixtures/self_recipients.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder import Profile
from communique.coder.phenomena.self_recipients import one_side, same_actor


# changed_at_least 10 (was 12): two rows of matters two parties discuss are read the same way by discussed_topics
# (session 31), with this switch off too
test_an_actor_named_again_is_not_its_own_recipient = on_off_table_test(
    "self_recipients.tsv", ("self_recipients",), at_least=30, changed_at_least=10)


def test_a_state_and_its_government_are_one_actor_and_other_roles_are_not():
    assert same_actor("CHL", "CHLGOV") and same_actor("UKRMIL", "UKRMIL")
    assert not same_actor("SYR", "SYRREB") and not same_actor("TURCOP", "TURMIL")
    assert not same_actor("---MIL", "---MIL")  # an unknown actor is no one in particular


def test_an_actor_of_no_country_is_a_side_of_several_only_by_its_role():
    assert one_side("---MIL", "SDNMIL") and not one_side("---REB", "SDNMIL") and not one_side("---MIL", "---MIL")


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").self_recipients and not Profile.named("petrarch2").self_recipients
