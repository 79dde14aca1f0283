"""The switch `quoted_as_saying` (coder/phenomena/attributions.py): a speaker quoted by a medium as saying something
("was quoted by Interfax as saying", "Interfax quoted the minister as saying") is the speaker's statement, 010 with no
target, not QUOTE's passive read by rule P; sentences written for this test (tests/fixtures/quoted_as_saying.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_speaker_quoted_as_saying_makes_the_statement(nlp, monkeypatch):
    rows = fixture_rows("quoted_as_saying.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("quoted_as_saying",), at_least=9, changed_at_least=6)
    changed = [on for _, on, off in rows if on != off]  # the speaker's statement has no target, the medium no record
    assert all(part.endswith(">") for on in changed for part in on.split("; ") if part.startswith("010 "))
    assert sum(on == off for _, on, off in rows) >= 3  # an event content, a medium quoted, QUOTE with no AS phrase
