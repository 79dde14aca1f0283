"""The switch `silent_saying` (coder/phenomena/attributions.py): a verb of saying the dictionary codes nothing (ADD,
REPORT, REPLY, ANSWER, MAINTAIN) with a content clause is its subject's statement, 010 with no target, where the
sentence keeps no other event; sentences written for this test (tests/fixtures/silent_saying.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_silent_verb_of_saying_is_its_subjects_statement(nlp, monkeypatch):
    rows = fixture_rows("silent_saying.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("silent_saying",), at_least=17, changed_at_least=10)
    assert all(on.startswith("010 ") and off == "none" for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 6  # objects, no actor, a medium, an event content, SAY
