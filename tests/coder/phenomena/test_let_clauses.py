"""The switch `let_clauses` (coder/phenomena/let_clauses.py) with LET's object-senses rows
(data/coder_additions_objects.tsv, phenomenon (8)): inspectors, peacekeepers or aid let in are 086x wherever the
parse hangs LET's small clause; sentences written for this test (tests/fixtures/let_clauses.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_what_let_lets_in_is_international_involvement_allowed(nlp, monkeypatch):
    rows = fixture_rows("let_clauses.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("let_clauses",), at_least=11, changed_at_least=6)
    assert sum(on.startswith("086") for _, on, _ in rows) == 8  # every act of letting in
    assert all(on == off for _, on, off in rows[-2:])  # a leader let go, a deadline let pass


def test_let_rows_of_the_object_senses():
    from communique.coder.additions import object_senses
    from communique.coder.codes import to_internal

    table = object_senses()
    assert table[("LET", "INSPECTORS")] == to_internal("0862") and table[("LET", "PEACEKEEPERS")] == to_internal("0861")
    assert table[("LET", "CONVOYS")] == to_internal("0863")
