"""Session 38's sweeps of criticism, accusation and disapproval in wire copy (tests/fixtures/criticism_sweep38.tsv)
and of a speaker's act in words told by a participle after a verb of saying whose object or PP gave it an event
(tests/fixtures/spoken_participle_sweep38.tsv): sentences written and labelled by hand before the coder was run,
scored as the wire censuses are (the main event's class); each floor just below what the coder reached."""
from __future__ import annotations

import pytest

from fixture_tables import assert_wire_sweep_at


@pytest.mark.parametrize("name, floor", [("criticism_sweep38.tsv", 0.80), ("spoken_participle_sweep38.tsv", 0.75)])
def test_the_sweep_is_read_at_its_floor(nlp, name, floor):
    assert_wire_sweep_at(name, floor)
