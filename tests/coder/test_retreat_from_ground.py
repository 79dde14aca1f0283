"""A retreat from a town, a city, a region or a camp ("Kurdish forces withdrew from the city of Manbij") is CAMEO 0874
"Retreat or surrender militarily" (RETREAT's (FROM &TOWN) and (FROM &COMMUNIQUE_HELD_GROUND) in
data/coder_additions.txt); sentences written for this test (tests/fixtures/retreat_from_ground.tsv), read with the
additions on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_a_retreat_from_a_town_or_region_is_a_military_retreat = on_off_table_test(
    "retreat_from_ground.tsv", ("additions",), at_least=20, changed_at_least=6)
