"""The switch `expelled_envoys` (coder/phenomena/expelled_envoys.py): another state's envoy declared persona non grata,
or ordered, told or given days to leave, is expelled, CAMEO 174; sentences written for this test
(tests/fixtures/expelled_envoys.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_an_envoy_declared_persona_non_grata_or_told_to_leave_is_expelled(nlp, monkeypatch):
    rows = fixture_rows("expelled_envoys.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("expelled_envoys",), at_least=17, changed_at_least=8)
    assert all(on.startswith("174 ") or "; 174 " in on for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 8  # others told to leave, own envoys, passives, DECLARE's own
