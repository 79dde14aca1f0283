"""The switch `kind_subjects` (coder/phenomena/kind_subjects.py): an act whose subject names its actor only by a
pronoun or by its kind ("he called on both sides to ...", "the two countries signed ...", "the bloc's foreign
policy chief condemned ...") is kept with an unidentified source where the sentence keeps no other act. Sentences
written for this test (tests/fixtures/kind_subjects.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, code_dyads
from ..switch_tables import on_off_table_test


test_an_act_by_a_subject_named_by_its_kind_is_kept = on_off_table_test(
    "kind_subjects.tsv", ("kind_subjects",), at_least=20, changed_at_least=12, read=code_dyads)


def test_the_words_are_read_and_a_bad_row_is_one_clear_error(tmp_path, monkeypatch):
    from communique.coder.phenomena import kind_subjects

    assert {"HE", "COUNTRIES", "BLOC", "CHIEF"} <= kind_subjects.kind_words()
    assert "IT" not in kind_subjects.kind_words()  # as often a thing, or "it is"
    assert_bad_row_named(monkeypatch, tmp_path, kind_subjects, "kind_words", "country\tBLOC\n", 1)  # no such kind
