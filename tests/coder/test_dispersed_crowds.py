"""Security forces dispersing a crowd (protesters, demonstrators, marchers, a rally, a gathering) is CAMEO 175 "Use
tactics of violent repression" (a new path of CIRCULATE in data/coder_additions.txt); sentences written for this test
(tests/fixtures/dispersed_crowds.tsv), read with the additions on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.model
def test_dispersed_crowds_are_violent_repression(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("dispersed_crowds.tsv"), code_actors, ("additions",),
                            at_least=15, changed_at_least=10)
