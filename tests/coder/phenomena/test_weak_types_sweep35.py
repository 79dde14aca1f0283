"""Session 35's data rows for the PLOVER types over- and under-coded (branch psweep35), in existing switches: a budget,
a record or legislation attacked is criticism (ACCUSE, not ASSAULT), a member expelled from an organisation is
SANCTION (not COERCE), joint landings staged are COOPERATE; each row of
tests/fixtures/weak_types_sweep35.tsv read with the switch it names on and off, controls unchanged."""
from __future__ import annotations

from fixture_tables import assert_the_switch_column_table


def test_each_row_is_read_as_its_switch_says_on_and_off(nlp, monkeypatch):
    assert_the_switch_column_table(monkeypatch, "weak_types_sweep35.tsv", at_least=14, controls_at_least=6,
                                   changed_at_least=8)
