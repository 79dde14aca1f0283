"""Session 33's data rows for the PLOVER manual's weakest types (branch sweep33), in existing switches: proposals and
bids blocked (REJECT), exports restricted (SANCTION), information passed on and tip-offs (COOPERATE), pirates handed
over (COOPERATE), persons barred from entering (REJECT), patrols flown (COOPERATE); each row of
tests/fixtures/weak_types_sweep33.tsv read with the switch it names on and off, controls unchanged."""
from __future__ import annotations

from fixture_tables import assert_the_switch_column_table


def test_each_row_is_read_as_its_switch_says_on_and_off(nlp, monkeypatch):
    assert_the_switch_column_table(monkeypatch, "weak_types_sweep33.tsv", at_least=15, controls_at_least=6,
                                   changed_at_least=10)
