"""The switch `time_clauses` (coder/adjuncts/clauses.py): an adverbial clause of a past event after the verb ("..., a day
after police arrested his deputy") is not the verb's content, so the main clause's act keeps its own code and
sides. Sentences written for this test (tests/fixtures/time_clauses.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


# a statement over a time clause read as its content is kept by `stated_contents` too (phenomena/stated_contents.py,
# no target): the off column is the coder without either
test_a_clause_of_time_is_not_the_content_of_its_verb = on_off_table_test(
    "time_clauses.tsv", ("time_clauses", "stated_contents"), at_least=24, changed_at_least=9, read=code_dyads)
