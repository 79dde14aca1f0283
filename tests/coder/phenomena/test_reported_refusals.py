"""The switch `reported_refusals` (coder/phenomena/reported_refusals.py, coder/recall.py): a refusal a speaker tells
of itself ("the opposition leader said his party would not accept the results", "the ministry told the commission
it would not cooperate with its inquiry") is the speaker's rejection (12x), not SAY's code combined with it (011
"Decline comment") or the bare statement; sentences written for this test (tests/fixtures/reported_refusals.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_a_refusal_the_speaker_tells_of_itself_is_its_rejection(nlp, monkeypatch):
    rows = fixture_rows("reported_refusals.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("reported_refusals",), at_least=18, changed_at_least=8)
    assert all(on.startswith("12") and "011" not in on for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 10  # own actor, another party, comment, no rejection, a fact
