"""The switch `naming_statements` (coder/phenomena/naming_statements.py): CALL naming its object with no judgement
to read ("the envoy called the humanitarian situation catastrophic") is a statement, 010, not CALL's base code 041
(a telephone call). Sentences written for this test (tests/fixtures/naming_statements.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_naming_with_no_judgement_is_a_statement_not_a_telephone_call = on_off_table_test(
    "naming_statements.tsv", ("naming_statements",), at_least=11, changed_at_least=4, read=code_dyads)


def test_the_object_of_a_naming_is_named_not_acted_on(nlp, monkeypatch):  # tests/fixtures/named_objects.tsv
    from fixture_tables import assert_the_on_off_table, fixture_rows

    rows = fixture_rows("named_objects.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("naming_statements",), at_least=14, changed_at_least=10)
    assert all(on[:2] in ("01", "05", "11") and off[:2] not in ("01",) for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # predicates a pattern or a stance reads, no predicate, ANNOUNCE
