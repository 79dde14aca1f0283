"""An act told only in an adverbial clause of a silent reported clause ranks below the statement (switch
`adverbial_background`, coder/phenomena/adverbial_background.py): "turnout was low after the opposition called for a
boycott, the commission said" is the commission's statement first. Sentences written for this test
(tests/fixtures/adverbial_background.tsv), read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_the_statement_outranks_acts_told_in_adverbial_clauses(nlp, monkeypatch):
    rows = fixture_rows("adverbial_background.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("adverbial_background",), at_least=19,
                            changed_at_least=9)
    for _, on, off in rows:  # the statement is first (added, or ranked up); the acts are those coded without it
        first, *rest = on.split("; ")
        assert on == off or (first.startswith("010 ") and sorted(rest) == sorted(e for e in off.split("; ")
                                                                                  if e != first))
