"""Actors wire copy names by an institution or a role that Phoenix.agents.txt lacks (the ombudsman, elders, the
Catholic Church, gendarmes, customs officers, poachers, miners and drivers): the session-32 block of
data/coder_agent_additions.txt (switch `agent_additions`). Sentences written for this test
(tests/fixtures/institution_agents.tsv), read on and off, with controls that must not become actors."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


def test_the_institution_agents_are_read_and_the_adjective_is_not():
    from communique.coder.actors.dictionary import load_actor_dictionary

    additions, phoenix = load_actor_dictionary(agent_additions=True), load_actor_dictionary()
    for words in (["OMBUDSMAN"], ["TRIBAL", "ELDERS"], ["ELDERS"], ["CATHOLIC", "CHURCH"], ["GENDARMES"],
                  ["CUSTOMS", "OFFICERS"], ["POACHERS"], ["MINERS"], ["TRUCK", "DRIVERS"]):
        assert additions.longest_agent(words, 0) is not None, words
        assert phoenix.longest_agent(words, 0) is None, words
    assert additions.longest_agent(["ELDER"], 0) is None  # "the elder brother"
    assert additions.longest_agent(["CHURCH"], 0) is None  # a church is a building as often as a body


test_an_institution_phoenix_lacks_is_read = on_off_table_test(
    "institution_agents.tsv", ("agent_additions",), at_least=16, changed_at_least=11)
