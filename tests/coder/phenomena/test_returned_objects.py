"""The switch `returned_objects` (coder/phenomena/returned_objects.py): a thing or a person given back ("returned 40 stolen
artefacts to Bolivia") is a return (084), where RETURN's block is silent; a journey ("returned to Kenya") and an
idiom ("returned the favour") are not. Sentences written for this test (tests/fixtures/returned_objects.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_a_thing_or_a_person_given_back_is_a_return = on_off_table_test(
    "returned_objects.tsv", ("returned_objects",), at_least=15, changed_at_least=5, read=code_dyads)
