"""The switch `intent_defaults` (coder/phenomena/intent_defaults.py): the default 030 of the dictionary's blocks of
intending and seeking over an act with no code of its own stands only where another party is named; sentences
written for this test (tests/fixtures/intent_defaults.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_an_intent_with_no_party_is_no_intent_to_cooperate(nlp, monkeypatch):
    rows = fixture_rows("intent_defaults.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("intent_defaults",), at_least=18, changed_at_least=8)
    assert all("030 " in off and "030 " not in on for _, on, off in rows if on != off)
    assert sum(on == off and "030 " in on for _, on, off in rows) >= 4  # the defaults with a party kept
