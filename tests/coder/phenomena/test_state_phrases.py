"""The switch `state_phrases` (coder/phenomena/state_phrases.py, data/coder_state_phrases.tsv): "went on strike", "went on
hunger strike", "went on high alert", "went on the offensive" take up the state the noun names (140, 150, 190), not
GO's trip (040); sentences written for this test (tests/fixtures/state_phrases.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows
from ..switch_tables import on_off_table_test


test_a_state_taken_up_is_coded_by_its_noun = on_off_table_test(
    "state_phrases.tsv", ("state_phrases",), at_least=10, changed_at_least=6, read=code_dyads)


def test_the_longest_row_wins_and_every_form_of_the_verb_is_read():
    from communique.coder.codes import to_internal
    from communique.coder.phenomena.state_phrases import state_phrases

    rows = state_phrases()[("WENT", "ON")]
    assert rows[0][0] in {("HUNGER", "STRIKE"), ("GENERAL", "STRIKE"), ("HIGH", "ALERT")}  # two words first
    assert (("STRIKE",), to_internal("143")) in rows and ("GOES", "ON") in state_phrases()


def test_a_detention_imposed_kept_or_ordered_is_an_arrest(nlp, monkeypatch):
    """"placed / held / kept under house arrest" and "ordered X placed under house arrest" are 173 (session 25,
    tests/fixtures/detention_states.tsv, switches state_phrases and ordered_acts); custody taken is the dictionary's."""
    rows = fixture_rows("detention_states.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("ordered_acts", "state_phrases"), at_least=15,
                            changed_at_least=9)
    assert sum(on == off for _, on, off in rows) >= 5  # custody taken, talks held, a matter kept, an army placed


test_a_strike_held_is_conducted = on_off_table_test(
    "strikes_held.tsv", ("state_phrases",), at_least=11, changed_at_least=6, read=code_dyads)
