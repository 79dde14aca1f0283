"""The switch `reported_attacks` (coder/phenomena/reported_attacks.py): a statement over an act of force that names
no doer ("the army said the attack on the checkpoint killed three soldiers") is the speaker's report, 010, not a
claim of responsibility, 015; a claim told by a pronoun ("said it killed 20 fighters") stays 015. Sentences written
for this test (tests/fixtures/reported_attacks.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_reported_act_of_force_is_a_statement_not_a_claim = on_off_table_test(
    "reported_attacks.tsv", ("reported_attacks",), at_least=8, changed_at_least=3, read=code_dyads)
