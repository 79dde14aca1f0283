"""A tally's second term fills no pattern's preposition (switch `figure_pps`, coder/adjuncts/times.py): "the court
ruled by seven votes to two, rejecting ..." is no visit (HEAD's `- * (TO) [042:043]`). Sentences written for this
test (tests/fixtures/figure_pps.tsv), read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_a_tallys_second_term_is_no_destination(nlp, monkeypatch):
    rows = fixture_rows("figure_pps.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("figure_pps",), at_least=9, changed_at_least=3)
    assert not any(on.startswith("042") for _, on, off in rows if on != off)
