"""The switch `light_verbs` (coder/phenomena/light_verbs.py, data/coder_light_verbs.tsv): a light verb no pattern of its own
matched, over a noun that names an act ("gave its endorsement", "issued a denial", "announced a suspension of the
talks"), is coded as the verb the noun names; sentences written for this test (tests/fixtures/light_verbs.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows
from ..switch_tables import on_off_table_test


test_a_light_verb_over_an_act_noun_is_coded_as_the_act = on_off_table_test(
    "light_verbs.tsv", ("light_verbs",), at_least=20, changed_at_least=12, read=code_dyads)


def test_the_light_verbs_are_read_from_their_data_file():
    from communique.coder.phenomena.light_verbs import is_light, light_verb_forms

    assert {"MADE", "GIVES", "ISSUED", "CARRYING", "HELD", "ANNOUNCED"} <= light_verb_forms()
    assert not is_light("OFFERED") and not is_light("ORDERED") and not is_light("DEMANDED")


def test_a_light_verb_over_an_order_of_an_act_is_that_act(nlp, monkeypatch):
    """"issued an order / a warrant for the arrest of X", "issued an arrest warrant for X": ORDER's reading of the
    act (173, 0841, 166), not ISSUE's 100 (tests/fixtures/ordered_act_nouns.tsv, session 25)."""
    rows = fixture_rows("ordered_act_nouns.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("light_verbs",), at_least=17, changed_at_least=10)
    assert sum(on == off for _, on, off in rows) >= 7  # the controls


def test_the_nouns_of_an_order_are_read_from_their_data_file():
    from communique.coder.phenomena.light_verbs import order_nouns

    assert {"ORDER", "WARRANT", "WARRANTS"} <= order_nouns() and "STATEMENT" not in order_nouns()
