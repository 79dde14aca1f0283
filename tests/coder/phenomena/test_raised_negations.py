"""The switch `raised_negations` (coder/phenomena/raised_negations.py): a negated verb of opinion over a content
clause ("said he did not think Yland needed new elections") is the speaker's opinion, not a rejection or the content's
act told as done; sentences written for this test (tests/fixtures/raised_negations.tsv), read on and off. And the
word list's one-sentence error."""
from __future__ import annotations

from communique.coder.phenomena import raised_negations
from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_actors, fixture_rows


def test_a_negated_verb_of_opinion_is_an_opinion_and_the_controls_are_left(nlp, monkeypatch):
    rows = fixture_rows("raised_negations.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("raised_negations",), at_least=16, changed_at_least=9)
    assert all(on.split()[0] == "010" for _, on, off in rows if on != off)  # the speaker's statement is left
    assert sum(on == off for _, on, off in rows) >= 6


def test_a_bad_row_of_the_word_list_is_named(tmp_path, monkeypatch):
    assert_bad_row_named(monkeypatch, tmp_path, raised_negations, "opinion_verbs",
                         "kind\twords\nopinion\tTHINK\nbelief\tBELIEVE\n", line=3)
