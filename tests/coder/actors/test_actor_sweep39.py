"""Session 39's sweep of actor phrasings (tests/fixtures/actor_sweep39.tsv, 120 sentences written and labelled by
hand before the coder was run, phrasings actor_sweep38.tsv does not test): the share of sources and targets read as
labelled, at the full code and at the country, held above floors just below what branch actors39 reached (main
ab080d22: source 82, target 90 of 120; at the country 104 and 110; actors39: 91, 92; 110, 112)."""
from __future__ import annotations

import pytest

from fixture_tables import actor_sweep_counts, fixture_rows


@pytest.mark.model
def test_the_second_sweep_reads_its_actors_above_the_floors(nlp):
    rows = fixture_rows("actor_sweep39.tsv")
    assert len(rows) >= 120
    counts = actor_sweep_counts(rows)
    floors = {"source": 89, "target": 90, "source country": 108, "target country": 110}
    assert all(counts[k] >= floors[k] for k in floors), counts
