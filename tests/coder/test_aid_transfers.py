"""Aid named by what it is made of (data/act_nouns.tsv, data/act_noun_verbs.tsv, switch `act_nouns`): "delivered
armoured vehicles to Yland" is military aid (072), "disbursed a tranche of its loan" economic aid (071), "sent
medical supplies" humanitarian aid (073), "suspended $65 million in funds" the assistance stopped (1621); where
PETRARCH-2's dictionary has the verb with no code, such a sentence had no event. Sentences written for this test
(tests/fixtures/aid_transfers.tsv), read on and off. Humanitarian goods sent are also what `deployed_forces`
(coder/deployments.py, branch plovercensus of the same session) codes 073, so both switches are off for "off"."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_thing_given_or_cut_is_the_aid_it_is(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("aid_transfers.tsv"), code_dyads, ("act_nouns", "deployed_forces"),
                            at_least=14, changed_at_least=8)


def test_a_sum_in_dollars_is_read_at_its_number_word_with_its_dollar_sign():
    from communique.coder.act_nouns import act_tables

    entries = act_tables().nouns["BILLION"]
    assert [e.modifiers for e in entries] == [("$",)] and entries[0].start == "071"
