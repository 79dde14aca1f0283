"""Pulling out of a place is a withdrawal (CAMEO 0874), a new path of EXTRACT in data/coder_additions.txt, where the
block's plain 171 read a seizure; sentences written for this test (tests/fixtures/pulled_out_places.tsv), read with
the additions on and off. The controls (out of talks, a deal, a race, a coalition) keep their own patterns."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.model
def test_pulled_out_places_are_withdrawals(nlp, monkeypatch):
    rows = fixture_rows("pulled_out_places.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("additions",), at_least=15, changed_at_least=10)
    assert all(not on.startswith("0874") for text, on, _ in rows
               if any(f"out of the {what}" in text for what in ("talks", "Iran nuclear deal", "race", "Paris climate",
                                                               "Saudi-led coalition")))
