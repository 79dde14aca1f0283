"""A passive whose subject no actor table reads keeps that subject as its patient: reported, the reporter is not made
its target (the statement or the accusation stays); told on its own with a named doer, the doer's act is kept with no
target. Sentences written for this test (tests/fixtures/reported_passives.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test

test_a_passive_subject_that_is_no_actor_stays_the_patient = on_off_table_test(
    "reported_passives.tsv", ("reported_passives", "passive_doers"), at_least=30, changed_at_least=7,
    read=code_dyads)
