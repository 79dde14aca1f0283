"""The switch `outlook_warnings` (coder/phenomena/outlook_warnings.py): a warning with no addressee that tells how things will
go ("the World Bank warned that Zambia's debt could become unsustainable") is a pessimistic comment (012), not a
threat (WARN's block, 130); the speaker's own act warned of stays a threat. Sentences written for this test
(tests/fixtures/outlook_warnings.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_a_warning_of_an_outlook_is_a_pessimistic_comment = on_off_table_test(
    "outlook_warnings.tsv", ("outlook_warnings",), at_least=11, changed_at_least=4, read=code_dyads)
