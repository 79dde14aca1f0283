"""The switch `withdrawn_forces` (resolve/mobilised_forces.py `withdrawn_forces_not_recipient`): the forces an actor
withdraws or demobilises are its own, not the recipient. Sentences written for this test
(tests/fixtures/withdrawn_forces.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows



def test_the_forces_withdrawn_are_no_recipient(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("withdrawn_forces.tsv"), code_actors, ("withdrawn_forces",),
                            at_least=10, changed_at_least=6)
