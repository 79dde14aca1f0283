"""The switch `preverbal_words` (coder/match.py `_with_preverbal_words`): the word right before an active verb, an
adverb or the first part of a hyphenated verb, meets the dictionary's patterns written for it ("verbally attacked"
is a criticism, "test-fired" a show of force). Sentences written for this test (tests/fixtures/preverbal_words.tsv),
read on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test



test_a_word_before_the_verb_meets_the_patterns_written_for_it = on_off_table_test(
    "preverbal_words.tsv", ("preverbal_words",), at_least=11, changed_at_least=5)
