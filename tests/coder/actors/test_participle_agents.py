"""The switch `participle_agents` (coder/actors/participle_words.py): a participle before the head ("the ruling
party", "displaced people") that begins a Phoenix phrase is one of the phrase's words, where PETRARCH-2 keeps JJ, NN
and DT words only. Sentences written for this test (tests/fixtures/participle_agents.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_a_participle_that_begins_a_phrase_is_read = on_off_table_test(
    "participle_agents.tsv", ("participle_agents",), at_least=14, changed_at_least=6)
