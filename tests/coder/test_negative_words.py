"""The switch `negative_words` (coder/negative_words.py): "never", "neither ... nor", "no", "nobody", "none" and
"has yet to" deny a clause's act as "not" after an auxiliary does; sentences written for this test
(tests/fixtures/negative_words.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


# undone_force goes off too: with negative_words off, "never attacked" is undone by "never" through it
test_a_negative_word_denies_the_act_as_not_does = on_off_table_test(
    "negative_words.tsv", ("negative_words", "undone_force"), at_least=24, changed_at_least=13, read=code_dyads)


def test_the_negative_words_are_read_from_their_data_file():
    from communique.coder.negative_words import _words

    words = _words()
    assert {"NEITHER", "NO"} <= words["determiner"] and "NEVER" in words["adverb"] and "NOBODY" in words["subject"]
    assert "YET" in words["infinitive_adverb"]
