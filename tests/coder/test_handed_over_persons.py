"""Persons handed over, named by occupation or status ("handed over the Ukrainian sailors"), are CAMEO 0841 "Return,
release person(s)" (&COMMUNIQUE_HELD_PERSONS in data/coder_additions.txt); sentences written for this test
(tests/fixtures/handed_over_persons.tsv), read with the additions on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.model
def test_persons_handed_over_are_released_persons(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("handed_over_persons.tsv"), code_actors, ("additions",),
                            at_least=8, changed_at_least=8)
