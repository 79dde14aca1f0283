"""The switch `legal_forums` (coder/phenomena/legal_forums.py): the court a case is brought before is its forum, not
the recipient of an act of CAMEO root 11; a same-subject participle of accusing names the one accused; sentences
written for this test (tests/fixtures/legal_forums.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_the_court_a_case_is_brought_before_is_no_recipient(nlp, monkeypatch):
    rows = fixture_rows("legal_forums.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("legal_forums",), at_least=20, changed_at_least=7)
    changed = [(on, off) for _, on, off in rows if on != off]
    assert all("JUD" in off and "JUD" not in on.split(">")[1] for on, off in changed)  # the court gone as recipient
    assert sum(on == off for _, on, off in rows) >= 10  # TO, a body no court, a ruling, other roots, an object
