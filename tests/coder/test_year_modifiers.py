"""The switch `year_modifiers` (coder/sentence.py): a discard year that dates a noun, not the clause, does not
discard the sentence; sentences written for this test (tests/fixtures/year_modifiers.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_year_that_dates_a_noun_does_not_discard_the_news = on_off_table_test(
    "year_modifiers.tsv", ("year_modifiers",), at_least=15, changed_at_least=9, read=code_dyads)
