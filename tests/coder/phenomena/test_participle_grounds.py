"""The switch `participle_grounds` (coder/phenomena/participle_grounds.py): what a detached participle of saying
reports of an act is its grounds, not a second event; sentences written for this test
(tests/fixtures/participle_grounds.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_saying_participles_content_is_the_acts_grounds(nlp, monkeypatch):
    rows = fixture_rows("participle_grounds.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("participle_grounds",), at_least=18, changed_at_least=8)
    changed = [(on, off) for _, on, off in rows if on != off]
    assert all(off.startswith(on + "; ") for on, off in changed)  # only the content's events go, the act stays
    assert sum(on == off for _, on, off in rows) >= 10
