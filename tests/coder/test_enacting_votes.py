"""The switch `enacting_votes` (coder/recall.py, data/coder_enacting_votes.tsv): a vote to do an act ("the senate
voted to impose sanctions on Yland") is the act, not an intent or a threat of it; sentences written for this test
(tests/fixtures/enacting_votes.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_vote_to_act_is_the_act_it_enacts = on_off_table_test(
    "enacting_votes.tsv", ("enacting_votes",), at_least=12, changed_at_least=7, read=code_dyads)


def test_the_vote_forms_are_read_from_their_data_file():
    from communique.coder.recall import enacting_vote_forms

    forms = enacting_vote_forms()
    assert {"VOTE", "VOTED", "VOTES", "VOTING"} == forms
