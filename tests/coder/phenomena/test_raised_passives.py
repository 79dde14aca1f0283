"""A raising adjective over a passive infinitive (switch `raising_adjectives`, coder/recall.py `_raised_adjective`):
the copula's subject is the passive's undergoer, filled there, so the passive no longer climbs to the clause above
and replaces its act ("resigned, hours before a motion was due to be debated"); sentences written for this test
(tests/fixtures/raised_passives.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

CHANGED = 3  # the table's first rows; the others are controls


def test_a_raised_passive_is_filled_where_it_is_raised(nlp, monkeypatch):
    rows = fixture_rows("raised_passives.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("raising_adjectives",), at_least=7,
                            changed_at_least=CHANGED)
    assert all(on != off for _, on, off in rows[:CHANGED])
    assert all(on == off for _, on, off in rows[CHANGED:])
    assert all(on.startswith("083") for text, on, _ in rows if "resigned" in text)  # the main clause's act kept
