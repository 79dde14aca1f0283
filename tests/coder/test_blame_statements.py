"""The switches `blame_statements` (coder/phenomena/blame_statements.py) and `postnominal_predicates`
(coder/sense_tables.py): blame told by a statement ("said Yland was behind the attack") or by holding responsible
("held Yland responsible for the attack") is the CAMEO codebook's 112, addressed to the doer. Sentences written for
these tests (tests/fixtures/blame_statements.tsv, postnominal_predicates.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, code_dyads
from .switch_tables import on_off_table_test

from communique.coder.phenomena import blame_statements


test_a_doer_said_to_be_behind_a_harm_is_blamed = on_off_table_test(
    "blame_statements.tsv", ("blame_statements",), at_least=14, changed_at_least=5, read=code_dyads)


test_an_adjective_after_the_object_is_its_predicate = on_off_table_test(
    "postnominal_predicates.tsv", ("postnominal_predicates",), at_least=9, changed_at_least=3, read=code_dyads)


def test_the_word_table_reads_its_kinds():
    words = blame_statements.blame_words()
    assert "RESPONSIBLE" in words["predicate"] and "BEHIND" in words["place"] and "BLAME" in words["verb"]
    assert "BOMB" in words["harm"] and "SECURITY" not in words["harm"]


def test_a_bad_row_is_one_clear_error(monkeypatch, tmp_path):
    assert_bad_row_named(monkeypatch, tmp_path, blame_statements, "blame_words",
                         "kind\tword\npredicate\tRESPONSIBLE\nharm\tbomb\n", 3)
