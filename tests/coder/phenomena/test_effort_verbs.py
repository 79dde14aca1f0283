"""The switch `effort_verbs` (coder/phenomena/effort_verbs.py): STRUGGLE over a to-infinitive ("is struggling to form
a government") tells an effort, not a fight (CAMEO.2.0's 190): the infinitive's act is the event, an uncoded one
leaves none; sentences written for this test (tests/fixtures/effort_verbs.tsv), read on and off. And the verb list's
one-row error."""
from __future__ import annotations

from communique import data_files
from communique.coder.phenomena import effort_verbs
from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_actors, fixture_rows


def test_a_verb_of_fighting_over_an_infinitive_is_an_effort_and_the_controls_are_left(nlp, monkeypatch):
    rows = fixture_rows("effort_verbs.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("effort_verbs",), at_least=16, changed_at_least=7)
    assert all("190" not in on.split() for _, on, off in rows if on != off)  # no fight is left where one was read
    assert sum(on == off for _, on, off in rows) >= 8


def test_a_bad_row_of_the_verb_list_is_named(tmp_path, monkeypatch):
    assert_bad_row_named(monkeypatch, tmp_path, effort_verbs, "effort_forms", "STRUGGLE\nstrive\n", line=2,
                         reads_through=data_files)
