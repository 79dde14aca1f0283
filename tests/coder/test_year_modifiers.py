"""The switch `year_modifiers` (coder/sentence.py): a discard year that dates a noun, not the clause, does not
discard the sentence; sentences written for this test (tests/fixtures/year_modifiers.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_year_that_dates_a_noun_does_not_discard_the_news(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("year_modifiers.tsv"), code_dyads, ("year_modifiers",),
                            at_least=15, changed_at_least=9)
