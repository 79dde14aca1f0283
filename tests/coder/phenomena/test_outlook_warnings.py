"""The switch `outlook_warnings` (coder/phenomena/outlook_warnings.py): a warning with no addressee that tells how things will
go ("the World Bank warned that Zambia's debt could become unsustainable") is a pessimistic comment (012), not a
threat (WARN's block, 130); the speaker's own act warned of stays a threat. Sentences written for this test
(tests/fixtures/outlook_warnings.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_warning_of_an_outlook_is_a_pessimistic_comment(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("outlook_warnings.tsv"), code_dyads, ("outlook_warnings",),
                            at_least=11, changed_at_least=4)
