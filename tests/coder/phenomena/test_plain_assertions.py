"""The switch `plain_assertions` (coder/phenomena/plain_assertions.py): a verb of saying that CAMEO.2.0.txt files in a
block of another speech act (ARGUE, CLAIM, INSIST, SUGGEST) and that reports a plain assertion is its subject's
statement, 010, not its block's code; sentences written for this test (tests/fixtures/plain_assertions.tsv), read on
and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_verb_of_saying_reporting_an_assertion_is_a_statement(nlp, monkeypatch):
    rows = fixture_rows("plain_assertions.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("plain_assertions",), at_least=20, changed_at_least=9)
    changed = [(on, off) for _, on, off in rows if on != off]
    assert all(on.split()[0] in ("010", "111") and off.split()[0] in ("110", "100", "020", "050") for on, off in changed)
    assert sum(on == off for _, on, off in rows) >= 10  # counterparts, subjunctives, modals, patterns, SAY
