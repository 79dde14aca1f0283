"""Speakers wire copy names by their role alone that Phoenix.agents.txt lacks ("witnesses said", "aid agencies
expressed alarm", "the statistics agency said"): read as the agents of data/coder_agent_additions.txt's session-24
block (switch `agent_additions`), so that their statements have a source; sentences written for this test
(tests/fixtures/role_speaker_agents.tsv), read with the switch on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_the_role_agents_are_read():
    from communique.coder.actors.dictionary import load_actor_dictionary

    with_them = load_actor_dictionary(agent_additions=True)
    without = load_actor_dictionary()
    for phrase in (["WITNESSES"], ["AID", "AGENCIES"], ["STATISTICS", "AGENCY"], ["BUREAU", "OF", "STATISTICS"]):
        assert with_them.longest_agent(phrase, 0) is not None, phrase
        assert without.longest_agent(phrase, 0) is None, phrase


@pytest.mark.model
def test_role_speakers_have_a_source(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("role_speaker_agents.tsv"), code_actors,
                            ("agent_additions", "named_subjects"),  # off, "the National Bureau of Statistics" is a name
                            at_least=14, changed_at_least=11)
