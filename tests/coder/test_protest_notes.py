"""The rows of data/coder_additions.txt for a note, letter or formal complaint of protest conveyed to a government
(session 23, branch stance23): CAMEO 114 "Complain officially", on sentences written for this test
(tests/fixtures/protest_notes.tsv); controls the rows must leave alone."""
from __future__ import annotations

from fixture_tables import assert_rows_read, fixture_rows, rows_changed_without

ROWS = fixture_rows("protest_notes.tsv")


def test_a_note_of_protest_sent_or_delivered_is_an_official_complaint(nlp):
    assert_rows_read(ROWS, at_least=12, controls_at_least=5)


def test_the_rows_are_the_additions_own(nlp, monkeypatch):
    # without the additions SEND and DELIVER code no protest (none, or LETTER's 040) and SUBMIT its block's 080
    changed = rows_changed_without(monkeypatch, ROWS, "additions")
    assert len(changed) == sum(kind != "control" for _, _, kind in ROWS), changed
