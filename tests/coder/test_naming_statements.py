"""The switch `naming_statements` (coder/phenomena/naming_statements.py): CALL naming its object with no judgement
to read ("the envoy called the humanitarian situation catastrophic") is a statement, 010, not CALL's base code 041
(a telephone call). Sentences written for this test (tests/fixtures/naming_statements.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_naming_with_no_judgement_is_a_statement_not_a_telephone_call = on_off_table_test(
    "naming_statements.tsv", ("naming_statements",), at_least=11, changed_at_least=4, read=code_dyads)
