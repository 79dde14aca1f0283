"""The switch `subject_event_nouns` (coder/nouns/events.py `causing_subjects`, coder/sentence.py): an event noun
heading the subject of an active verb of another kind ("the killing of five civilians by soldiers sparked protests")
is an event told as having happened, and no actor of the clause. Sentences written for this test
(tests/fixtures/subject_event_nouns.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test



test_an_event_noun_that_causes_the_clause_is_an_event_not_an_actor = on_off_table_test(
    "subject_event_nouns.tsv", ("subject_event_nouns",), at_least=9, changed_at_least=3)
