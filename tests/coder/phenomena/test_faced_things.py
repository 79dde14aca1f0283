"""The switch `faced_things` (coder/phenomena/faced_things.py): a verb of facing whose object names no actor and no
pattern reads ("Kenya faces a severe drought") is no meeting (FACE's block code 040); sentences written for this test
(tests/fixtures/faced_things.tsv), read on and off. And the verb list's one-row error."""
from __future__ import annotations

from communique import data_files
from communique.coder.phenomena import faced_things
from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_actors, fixture_rows


def test_a_thing_faced_is_no_meeting_and_the_controls_are_left(nlp, monkeypatch):
    rows = fixture_rows("faced_things.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("faced_things",), at_least=18, changed_at_least=7)
    assert all("040" not in on.split() for _, on, off in rows if on != off)  # the meeting is gone
    assert sum(on == off for _, on, off in rows) >= 10


def test_a_bad_row_of_the_verb_list_is_named(tmp_path, monkeypatch):
    assert_bad_row_named(monkeypatch, tmp_path, faced_things, "facing_forms", "FACE\nconfront\n", line=2,
                         reads_through=data_files)
