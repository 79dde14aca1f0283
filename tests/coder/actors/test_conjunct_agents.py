"""The switch `conjunct_agents` (coder/actors/conjunct_agents.py): a conjunct with an agent and no country of its own
("Kenyan police and the protesters") is an actor of its own, not merged into the other conjunct. Sentences written
for this test (tests/fixtures/conjunct_agents.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder import Profile
from communique.coder.actors.conjunct_agents import own_agent
from communique.records import ActorRef


test_a_determined_conjunct_keeps_its_own_agent = on_off_table_test(
    "conjunct_agents.tsv", ("conjunct_agents",), at_least=15, changed_at_least=10)


def _ref(code: str) -> ActorRef:
    return ActorRef(text=code, name=code, country=code[:3], sector=code[3:6] or None, code=code)


def test_the_own_agent_takes_the_siblings_one_country_only():
    police = [_ref("KENCOP")]
    assert [r.code for r in own_agent(police, "---OPP", frozenset({"KENCOP"}))] == ["KENOPP"]
    assert own_agent(police, "---COP", frozenset({"KENCOP"})) == police  # the same agent: the document's reading
    assert own_agent(police, "---OPP", frozenset()) == police  # no sibling with a country: no guess
    assert own_agent(police, "---OPP", frozenset({"KENCOP", "UGAMIL"})) == police  # two countries: no guess
    assert own_agent(police, "UGAOPP", frozenset({"KENCOP"})) == police  # a country of its own


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").conjunct_agents and not Profile.named("petrarch2").conjunct_agents
