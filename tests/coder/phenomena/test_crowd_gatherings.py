"""The switch `crowd_gatherings` (coder/phenomena/crowd_gatherings.py, session 23) on sentences written for this
test (tests/fixtures/crowd_gatherings.tsv): a gathering by protesters or by a crowd or multitude is a demonstration
(141), not ASSEMBLE's default consultation (040); gatherings for summits, of officials, of mourners and of the
faithful, and a march, are left as the dictionary codes them. And the word list's one-sentence error."""
from __future__ import annotations

from communique.coder.phenomena import crowd_gatherings
from fixture_tables import assert_bad_row_named
from ..switch_tables import on_off_table_test


test_a_crowds_gathering_is_a_demonstration_and_the_controls_are_left = on_off_table_test(
    "crowd_gatherings.tsv", ("crowd_gatherings",), at_least=36, changed_at_least=20)


def test_a_bad_row_of_the_word_list_is_named(tmp_path, monkeypatch):
    assert_bad_row_named(monkeypatch, tmp_path, crowd_gatherings, "gathering_words",
                         "kind\twords\nverb\tGATHERED\ncrowd\tthousands\n", line=3)
