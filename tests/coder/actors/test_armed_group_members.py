"""The switch `armed_group_members` (coder/actors/arithmetic.py `members_agents`): the fighters, militants or gunmen
of a named armed group are the group ("Taliban fighters" AFGREB), not the group with "unidentified armed forces"
added (AFGREBUAF, spec §3.5's arithmetic). Sentences written for this test (tests/fixtures/armed_group_members.tsv),
read with the switch on and off."""
from __future__ import annotations

from communique.coder import Profile
from communique.coder.actors.arithmetic import armed_group, members_agents

from ..switch_tables import on_off_table_test

test_a_groups_fighters_are_the_group = on_off_table_test(
    "armed_group_members.tsv", ("armed_group_members",), at_least=13, changed_at_least=7)


def test_an_armed_agent_is_dropped_only_where_every_actor_is_an_armed_group():
    assert armed_group("AFGREB") and armed_group("PSEREBHMS") and armed_group("IMGMUSISI")
    assert not armed_group("AFG") and not armed_group("AFGMIL") and not armed_group("USAGOVUAF"[:6])
    assert members_agents(["~UAF"], ["AFGREB"]) == []
    assert members_agents(["~UAF", "~GOV"], ["AFGREB"]) == ["~GOV"]
    assert members_agents(["~UAF"], ["AFG"]) == ["~UAF"]
    assert members_agents(["~UAF"], ["AFGREB", "PAK"]) == ["~UAF"]
    assert members_agents(["~UAF"], []) == ["~UAF"]


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").armed_group_members and not Profile.named("petrarch2").armed_group_members
