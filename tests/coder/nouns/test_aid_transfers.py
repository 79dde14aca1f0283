"""Aid named by what it is made of (data/act_nouns.tsv, data/act_noun_verbs.tsv, switch `act_nouns`): "delivered
armoured vehicles to Yland" is military aid (072), "disbursed a tranche of its loan" economic aid (071), "sent
medical supplies" humanitarian aid (073), "suspended $65 million in funds" the assistance stopped (1621); where
PETRARCH-2's dictionary has the verb with no code, such a sentence had no event. Sentences written for this test
(tests/fixtures/aid_transfers.tsv), read on and off; and a few more written for coder/phenomena/deployments.py in session 12,
whose humanitarian goods and verbs of giving out became rows of these tables in session 13 (one table of aid)."""
from __future__ import annotations

from fixture_tables import code_dyads, coded_rows, communique_without
from ..switch_tables import on_off_table_test


# changed_at_least: tents shipped, a row relief conveyed codes too; relief_kinds: medical supplies; supplied_arms
# (session 31) reads arms delivered TO a recipient ("delivered armoured vehicles to the Lebanese army") as the same aid
test_a_thing_given_or_cut_is_the_aid_it_is = on_off_table_test(
    "aid_transfers.tsv", ("act_nouns", "relief_kinds", "supplied_arms"), at_least=14, changed_at_least=7, read=code_dyads)


def test_a_sum_in_dollars_is_read_at_its_number_word_with_its_dollar_sign():
    from communique.coder.nouns.acts import act_tables

    entries = act_tables().nouns["BILLION"]
    assert [e.modifiers for e in entries] == [("$",)] and entries[0].start == "071"


GOODS = [
    ("Turkey sent 40 tonnes of food to the flood victims in Pakistan.", "AID"),
    ("The Red Crescent distributed blankets to families in northern Iraq.", "AID"),
    ("The European Union suspended 50 million euros in budget assistance to Mali.", "SANCTION"),
]


def test_humanitarian_goods_sent_are_aid_and_an_amount_in_an_act_noun_is_the_act(nlp):
    got = [(text, kind, {e.plover.get("type") for e in d.events}) for (text, kind), d in coded_rows(GOODS)]
    assert [text for text, kind, types in got if kind not in types] == []


def test_goods_of_no_aid_are_no_aid(nlp):
    rows = [("The company shipped 20 tonnes of coffee to Germany.",), ("Brazil sent a trade delegation to Angola.",)]
    assert all("AID" not in {e.plover.get("type") for e in d.events} for _, d in coded_rows(rows))


def test_goods_given_are_aid_by_the_act_noun_tables_alone(nlp, monkeypatch):
    """One table says what aid is made of: with `act_nouns` off, the goods are no aid, whatever `deployed_forces` is."""
    rows = GOODS[:2] + [("The Red Cross handed out rice and flour to families in the camp.", "AID")]
    assert all("AID" in {e.plover.get("type") for e in d.events} for _, d in coded_rows(rows))
    communique_without(monkeypatch, "act_nouns")
    assert all("AID" not in {e.plover.get("type") for e in d.events} for _, d in coded_rows(rows))
