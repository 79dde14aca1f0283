"""The switch `predicate_relatives` (coder/phenomena/predicate_relatives.py): "Xland became the first country to
recognise Yland" is Xland's recognition of Yland, the infinitive relative on the copula's predicate noun of rank read
as the subject's act; sentences written for this test (tests/fixtures/predicate_relatives.tsv), read on and off. And
the word list's one-row error."""
from __future__ import annotations

from communique import data_files
from communique.coder.phenomena import predicate_relatives
from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_actors, fixture_rows


def test_the_act_of_a_predicate_noun_of_rank_is_the_subjects_and_the_controls_are_left(nlp, monkeypatch):
    rows = fixture_rows("predicate_relatives.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("predicate_relatives",), at_least=16, changed_at_least=7)
    assert all(off in ("none", "017 KENGOV>-") for _, on, off in rows if on != off)  # the copula gave nothing
    assert sum(on == off for _, on, off in rows) >= 10


def test_a_bad_row_of_the_word_list_is_named(tmp_path, monkeypatch):
    assert_bad_row_named(monkeypatch, tmp_path, predicate_relatives, "_words",
                         "kind\tword\ncopula\tWAS\nrank\n", line=3, reads_through=data_files)
