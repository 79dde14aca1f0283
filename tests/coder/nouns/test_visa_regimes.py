"""The act nouns VISA REQUIREMENT and VISA REGIME (data/act_nouns.tsv, switch `act_nouns`): lifted 081, introduced
172; sentences written for this test (tests/fixtures/visa_regimes.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_visa_requirements_lifted_or_introduced_are_administrative_sanctions_eased_or_imposed = on_off_table_test(
    "visa_regimes.tsv", ("act_nouns",), at_least=6, changed_at_least=4, read=code_dyads)
