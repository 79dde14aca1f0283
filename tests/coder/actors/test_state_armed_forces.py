"""A state's "armed forces" are its military (MIL), not an armed force of no side (UAF): data/coder_agent_additions.txt's
session-35 block (switch `agent_additions`) restores Phoenix.agents.txt's written ARMED_FORCES [~MIL], which the plural
generated from its ARMED_FORCE [~UAF] overwrote. Sentences written for this test (tests/fixtures/state_armed_forces.tsv),
read with the switch on and off."""
from __future__ import annotations

from communique.coder.actors.dictionary import load_actor_dictionary

from ..switch_tables import on_off_table_test

test_a_state_s_armed_forces_are_its_military = on_off_table_test(
    "state_armed_forces.tsv", ("agent_additions",), at_least=10, changed_at_least=6)


def test_the_plural_is_mil_and_the_singular_stays_uaf():
    assert load_actor_dictionary(agent_additions=True).longest_agent(["ARMED", "FORCES"], 0) == ("~MIL", 2)
    assert load_actor_dictionary(agent_additions=True).longest_agent(["ARMED", "FORCE"], 0) == ("~UAF", 2)
    assert load_actor_dictionary().longest_agent(["ARMED", "FORCES"], 0) == ("~UAF", 2)
