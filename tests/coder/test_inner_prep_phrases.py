"""The switch `inner_prep_phrases` (coder/candidates.py `inner_prep_phrases`): the PP spaCy hangs on a compound
preposition's first word ("pulled out OF THE TALKS") is offered to the verb's PP slots, as a
constituency parse puts it under the verb's VP; with the additions' (OUT) (OF TALKS) rows of EXTRACT's block,
withdrawing from talks, a treaty or a deal is 164 / 161, not PULL's 171. Sentences written for this test
(tests/fixtures/inner_prep_phrases.tsv), read on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_a_pp_held_by_a_compound_prepositions_first_word_meets_the_verbs_pp_slots = on_off_table_test(
    "inner_prep_phrases.tsv", ("inner_prep_phrases",), at_least=28, changed_at_least=20)
