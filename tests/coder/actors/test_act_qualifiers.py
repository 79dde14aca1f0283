"""The switch `act_qualifiers` (coder/actors/noun_phrases.py `_act_qualifiers`): an agent word modifying a light
verb's object that the verb's pattern consumed as its act ("held military talks", "launched a military offensive")
tells the kind of act, not a recipient. Sentences written for this test (tests/fixtures/act_qualifiers.tsv), read
on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test



test_an_agent_word_of_a_light_verbs_act_names_no_recipient = on_off_table_test(
    "act_qualifiers.tsv", ("act_qualifiers",), at_least=10, changed_at_least=3)
