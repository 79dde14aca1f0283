"""The switch `object_of_phrases` (coder/candidates.py `with_object_of_phrases`): the OF phrase spaCy hangs on a
direct object ("accused Egypt of torture", "stripped 20 activists of their citizenship") is offered to the verb's PP
slots, where a constituency parse puts it under the verb's VP. Sentences written for this test
(tests/fixtures/object_of_phrases.tsv), read on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test



test_an_of_phrase_hung_on_the_object_meets_the_verbs_pp_slots = on_off_table_test(
    "object_of_phrases.tsv", ("object_of_phrases",), at_least=9, changed_at_least=4)
