"""The switch `electoral_contests` (coder/phenomena/electoral_contests.py, session 23) on sentences written for this
test (tests/fixtures/electoral_contests.tsv): a verb of winning or defeating in an electoral contest is no force;
force by troops, police or youths is left, also where an election is named by another phrase ("during Sunday's
election", "days before the election"). And the word list's one-sentence error."""
from __future__ import annotations

from communique.coder.phenomena import electoral_contests
from fixture_tables import assert_bad_row_named, fixture_rows
from ..switch_tables import on_off_table_test


test_an_electoral_contest_is_no_force_and_the_controls_are_left = on_off_table_test(
    "electoral_contests.tsv", ("electoral_contests",), at_least=20, changed_at_least=10)


def test_the_force_controls_stay_force():
    rows = fixture_rows("electoral_contests.tsv")
    force = [on for text, on, _ in rows if on.startswith(("174", "19"))]
    assert len(force) >= 6  # troops, police, youths: still force


def test_a_bad_row_of_the_word_list_is_named(tmp_path, monkeypatch):
    assert_bad_row_named(monkeypatch, tmp_path, electoral_contests, "contest_words",
                         "# header\nBEAT\tverb\nelection\tcontest\n", 3)
