"""Session 32's rows of the switches `cooperation_kinds`, `act_nouns` and `additions`: persons wanted for a crime
handed over to another state or a court are extradited (063), cooperation in an arrest or an investigation is
judicial (063), and a thing given that is aid, or doses of a vaccine provided, are aid (072, 073). Sentences written
for this test (tests/fixtures/extraditions_and_aid_given.tsv), read with the three switches on and off."""
from __future__ import annotations

from fixture_tables import code_dyads

from ..switch_tables import on_off_table_test

test_extraditions_judicial_cooperation_and_aid_given = on_off_table_test(
    "extraditions_and_aid_given.tsv", ("cooperation_kinds", "act_nouns", "additions"), at_least=14,
    changed_at_least=8, read=code_dyads)
