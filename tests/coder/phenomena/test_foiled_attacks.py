"""The switch `foiled_attacks` (coder/phenomena/foiled_attacks.py): an attack CAMEO.2.0.txt's FOIL block codes as
foiled is the attackers' act, not the foiler's. Sentences written for this test (tests/fixtures/foiled_attacks.tsv),
read with the switch on and off."""
from __future__ import annotations

from fixture_tables import code_actors
from ..switch_tables import on_off_table_test

test_a_foiled_attack_is_the_attackers_act = on_off_table_test(
    "foiled_attacks.tsv", ("foiled_attacks",), at_least=12, changed_at_least=7, read=code_actors)
