"""The switch `ready_to_cooperate` (coder/nouns/intents.py): "Xland is ready to work with Yland" is Xland's intent to
cooperate with Yland (030), where the act has no code of its own or only a statement's ("ready to talk to
Yland"). Sentences written for this test (tests/fixtures/ready_to_cooperate.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_ready_to_act_with_a_counterpart_is_an_intent_to_cooperate = on_off_table_test(
    "ready_to_cooperate.tsv", ("ready_to_cooperate",), at_least=10, changed_at_least=4, read=code_dyads)
