"""The switch `negative_words` (coder/negative_words.py): "never", "neither ... nor", "no", "nobody", "none" and
"has yet to" deny a clause's act as "not" after an auxiliary does; sentences written for this test
(tests/fixtures/negative_words.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_negative_word_denies_the_act_as_not_does(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("negative_words.tsv"), code_dyads,
                            ("negative_words", "undone_force"),  # off, "never attacked" is undone by "never" too
                            at_least=24, changed_at_least=13)


def test_the_negative_words_are_read_from_their_data_file():
    from communique.coder.negative_words import _words

    words = _words()
    assert {"NEITHER", "NO"} <= words["determiner"] and "NEVER" in words["adverb"] and "NOBODY" in words["subject"]
    assert "YET" in words["infinitive_adverb"]
