"""Session 38's sweep of actor phrasings (tests/fixtures/actor_sweep38.tsv, 104 sentences written and labelled by
hand before the coder was run): the share of sources and targets read as labelled, at the full code and at the
country, held above floors just below what branch actors38 reached (main 8f6e679c: source 84, target 82 of 104; at
the country 94 and 93)."""
from __future__ import annotations

import pytest

from fixture_tables import actor_sweep_counts, fixture_rows


@pytest.mark.model
def test_the_sweep_reads_its_actors_above_the_floors(nlp):
    rows = fixture_rows("actor_sweep38.tsv")
    assert len(rows) >= 100
    counts = actor_sweep_counts(rows)
    floors = {"source": 87, "target": 81, "source country": 94, "target country": 92}
    assert all(counts[k] >= floors[k] for k in floors), counts
