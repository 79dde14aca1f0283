"""The switch `enacting_votes` (coder/recall.py, data/coder_enacting_votes.tsv): a vote to do an act ("the senate
voted to impose sanctions on Yland") is the act, not an intent or a threat of it; sentences written for this test
(tests/fixtures/enacting_votes.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_vote_to_act_is_the_act_it_enacts(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("enacting_votes.tsv"), code_dyads, ("enacting_votes",),
                            at_least=12, changed_at_least=7)


def test_the_vote_forms_are_read_from_their_data_file():
    from communique.coder.recall import enacting_vote_forms

    forms = enacting_vote_forms()
    assert {"VOTE", "VOTED", "VOTES", "VOTING"} == forms
