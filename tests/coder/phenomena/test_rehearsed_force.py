"""Force rehearsed in a drill is a show of force (switch `rehearsed_force`, coder/phenomena/rehearsed_force.py,
data/coder_rehearsal_verbs.tsv). Sentences written for this test (tests/fixtures/rehearsed_force.tsv), read on and
off; none from an evaluation set or a census."""
from __future__ import annotations

from communique.coder import Profile

from ..switch_tables import on_off_table_test

test_force_rehearsed_in_a_drill_is_a_show_of_force = on_off_table_test(
    "rehearsed_force.tsv", ("rehearsed_force",), at_least=7, changed_at_least=4)


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").rehearsed_force and not Profile.named("petrarch2").rehearsed_force
