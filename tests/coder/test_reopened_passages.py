"""A port, an airport or an airspace reopened is a yielding act (CAMEO 080; 081 for an airspace), new paths of
RE_ESTABLISH in data/coder_additions.txt; sentences written for this test (tests/fixtures/reopened_passages.tsv),
read with the additions on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.model
def test_reopened_passages_yield(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("reopened_passages.tsv"), code_actors, ("additions",),
                            at_least=15, changed_at_least=10)
