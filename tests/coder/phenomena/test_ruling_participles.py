"""The switch `judicial_findings`, its reading of a court's participle of ruling after its act
(coder/phenomena/ruling_participles.py, session 37): "..., ruling that the governor had acted unconstitutionally" is
the court's finding (116) where PETRARCH-2 read nothing of it; sentences written for this test
(tests/fixtures/ruling_participles.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_courts_participle_of_ruling_that_finds_fault_is_its_finding(nlp, monkeypatch):
    rows = fixture_rows("ruling_participles.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("judicial_findings",), at_least=10, changed_at_least=6)
    assert sum("116 " in on and "116 " not in off for _, on, off in rows) >= 5  # the finding, added
    assert sum(on == off for _, on, off in rows) >= 3  # no court, no ruling, RULE OUT
