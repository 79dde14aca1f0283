"""The block COMMUNIQUE_TRUCK of data/coder_additions.txt (switch `additions`): relief trucked or ferried is
humanitarian aid (073); sentences written for this test (tests/fixtures/trucked_relief.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_relief_trucked_or_ferried_is_humanitarian_aid(nlp, monkeypatch):
    rows = fixture_rows("trucked_relief.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("additions",), at_least=7, changed_at_least=5)
    assert all(not on.startswith("073") for _, on, _ in rows[-2:])  # troops ferried, fuel trucked
