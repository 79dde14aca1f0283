"""The switch `finite_relatives` (coder/phenomena/finite_relatives.py): a finite past verb with an active complement that the
parser hung on the sentence's root noun as a reduced relative ("The UN aid chief called on donors to fund the
appeal") is the main verb, active, its subject that noun; PETRARCH-2's reading makes it a passive with no source.
Sentences written for this test (tests/fixtures/finite_relatives.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_finite_verb_read_as_a_relative_is_the_main_verb(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("finite_relatives.tsv"), code_dyads, ("finite_relatives",),
                            at_least=10, changed_at_least=4)
