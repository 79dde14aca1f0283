"""The switch `returned_objects` (coder/phenomena/returned_objects.py): a thing or a person given back ("returned 40 stolen
artefacts to Bolivia") is a return (084), where RETURN's block is silent; a journey ("returned to Kenya") and an
idiom ("returned the favour") are not. Sentences written for this test (tests/fixtures/returned_objects.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_thing_or_a_person_given_back_is_a_return(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("returned_objects.tsv"), code_dyads, ("returned_objects",),
                            at_least=15, changed_at_least=5)
