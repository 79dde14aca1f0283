"""The act nouns VISA REQUIREMENT and VISA REGIME (data/act_nouns.tsv, switch `act_nouns`): lifted 081, introduced
172; sentences written for this test (tests/fixtures/visa_regimes.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_visa_requirements_lifted_or_introduced_are_administrative_sanctions_eased_or_imposed(nlp, monkeypatch):
    rows = fixture_rows("visa_regimes.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("act_nouns",), at_least=6, changed_at_least=4)
