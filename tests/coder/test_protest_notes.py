"""The rows of data/coder_additions.txt for a note, letter or formal complaint of protest conveyed to a government
(session 23, branch stance23): CAMEO 114 "Complain officially", on sentences written for this test
(tests/fixtures/protest_notes.tsv); controls the rows must leave alone."""
from __future__ import annotations

from fixture_tables import code_actors, coded_rows, communique_without, fixture_rows

ROWS = fixture_rows("protest_notes.tsv")


def test_a_note_of_protest_sent_or_delivered_is_an_official_complaint(nlp):
    assert len(ROWS) >= 12 and sum(kind == "control" for _, _, kind in ROWS) >= 5
    wrong = [f"{text}: {code_actors(d)}" for (text, reading, _), d in coded_rows(ROWS) if code_actors(d) != reading]
    assert not wrong, "\n".join(wrong)


def test_the_rows_are_the_additions_own(nlp, monkeypatch):
    # without the additions SEND and DELIVER code no protest (none, or LETTER's 040) and SUBMIT its block's 080
    communique_without(monkeypatch, "additions")
    changed = [(text, reading) for (text, reading, kind), d in coded_rows(ROWS)
               if kind != "control" and code_actors(d) != reading]
    assert len(changed) == sum(kind != "control" for _, _, kind in ROWS), changed
