"""The switch `circumstance_clauses` (coder/adjuncts/clauses.py): a finite adverbial clause of a circumstance after the
verb ("..., as rescuers reached the villages", "while", "because", "although") is not the verb's content, so the main
clause's act keeps its own code and names no recipient from the clause. Sentences written for this test
(tests/fixtures/circumstance_clauses.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test

test_a_clause_of_circumstance_is_not_the_content_of_its_verb = on_off_table_test(
    "circumstance_clauses.tsv", ("circumstance_clauses",), at_least=25, changed_at_least=8, read=code_dyads)
