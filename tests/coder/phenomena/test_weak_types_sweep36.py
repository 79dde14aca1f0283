"""Session 36's data rows for the PLOVER manual's weakest types (branch psweep36), in existing switches: an apology
offered is an apology (CONCEDE, not OFFER's AGREE), an accession or a treaty's extension ratified is a treaty ratified
(SUPPORT, not ALLOW's CONCEDE); each row of tests/fixtures/weak_types_sweep36.tsv read with the switch it names on and
off, controls unchanged."""
from __future__ import annotations

from fixture_tables import assert_the_switch_column_table


def test_each_row_is_read_as_its_switch_says_on_and_off(nlp, monkeypatch):
    assert_the_switch_column_table(monkeypatch, "weak_types_sweep36.tsv", at_least=10, controls_at_least=4,
                                   changed_at_least=6)
