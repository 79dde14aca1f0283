"""Session 37's data rows for the PLOVER manual's weakest types (branch psweep37), in existing switches: military
exercises and drills held by one side are a show of force (MOBILIZE), held with a partner military cooperation
(COOPERATE), drills against a hazard neither; a border, positions or defences reinforced are forces increased
(MOBILIZE, not IMPEL's coercion); a readiness level raised is readiness raised. Each row of
tests/fixtures/weak_types_sweep37.tsv read with the switch it names on and off, controls unchanged."""
from __future__ import annotations

from fixture_tables import assert_the_switch_column_table


def test_each_row_is_read_as_its_switch_says_on_and_off(nlp, monkeypatch):
    assert_the_switch_column_table(monkeypatch, "weak_types_sweep37.tsv", at_least=17, controls_at_least=7,
                                   changed_at_least=11)
