"""The switch `finite_relatives` (coder/phenomena/finite_relatives.py): a finite past verb with an active complement that the
parser hung on the sentence's root noun as a reduced relative ("The UN aid chief called on donors to fund the
appeal") is the main verb, active, its subject that noun; PETRARCH-2's reading makes it a passive with no source.
Sentences written for this test (tests/fixtures/finite_relatives.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_a_finite_verb_read_as_a_relative_is_the_main_verb = on_off_table_test(
    "finite_relatives.tsv", ("finite_relatives",), at_least=10, changed_at_least=4, read=code_dyads)
