"""The switch `event_nouns` over a support idiom the dictionary codes by its own noun only (coder/nouns/coded_supports.py
`idiom_coded_verbs`): "took part in joint exercises" is the exercises (062), not TAKE's bare "- * PART [030]";
sentences written for this test (tests/fixtures/idiom_supports.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_taking_part_in_an_event_is_that_event(nlp, monkeypatch):
    rows = fixture_rows("idiom_supports.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("event_nouns",), at_least=8, changed_at_least=4)
    assert all(off.startswith("030 ") and not on.startswith("030 ") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # no event noun; (IN SUMMIT); a gerund


def test_only_a_pattern_naming_the_idiom_s_own_noun_is_bare():
    from communique.coder.nouns.coded_supports import _object_words

    assert _object_words("- * PART                                              [030]         # TAKE") == ["PART"]
    assert _object_words("- * PART (IN SUMMIT)                                  [046]         # TAKE") == \
        ["PART", "(IN", "SUMMIT)"]
    assert _object_words(None) == []
