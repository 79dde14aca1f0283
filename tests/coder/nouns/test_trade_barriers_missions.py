"""Trade barriers, missions abroad and air strikes as act nouns (data/act_nouns.tsv, switch `act_nouns`): a tariff lifted is 085,
imposed 163; a training mission ended 1622, a peacekeeping mission 1661, a combat mission 0874, a diplomatic mission
closed 161. Sentences written for this test (tests/fixtures/trade_barriers_missions.tsv), read with act_nouns on
and off; MISSION, DUTY and QUOTA alone are no act and stay as they were."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.model
def test_trade_barriers_and_missions_are_started_and_stopped(nlp, monkeypatch):
    rows = fixture_rows("trade_barriers_missions.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("act_nouns",), at_least=21, changed_at_least=14)
    controls = ("its mission in", "his duties", "refugee quota", "customs officers", "launched", "sanctions")
    assert all(on == off for text, on, off in rows if any(w in text for w in controls))
