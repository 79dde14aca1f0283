"""Speakers wire copy names by their role alone that Phoenix.agents.txt lacks ("witnesses said", "aid agencies
expressed alarm", "the statistics agency said"): read as the agents of data/coder_agent_additions.txt's session-24
block (switch `agent_additions`), so that their statements have a source; sentences written for this test
(tests/fixtures/role_speaker_agents.tsv), read with the switch on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


def test_the_role_agents_are_read():
    from communique.coder.actors.dictionary import load_actor_dictionary

    with_them = load_actor_dictionary(agent_additions=True)
    without = load_actor_dictionary()
    for phrase in (["WITNESSES"], ["AID", "AGENCIES"], ["STATISTICS", "AGENCY"], ["BUREAU", "OF", "STATISTICS"]):
        assert with_them.longest_agent(phrase, 0) is not None, phrase
        assert without.longest_agent(phrase, 0) is None, phrase


# named_subjects goes off too: with agent_additions alone off, "the National Bureau of Statistics" is a name (named_subjects);
# and role_heads (session 45): "the statistics agency" is otherwise a state body by its function, ---GOV
test_role_speakers_have_a_source = on_off_table_test(
    "role_speaker_agents.tsv", ("agent_additions", "named_subjects", "role_heads"), at_least=14, changed_at_least=11)
