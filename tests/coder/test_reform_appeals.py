"""An appeal or a demand over acceding to political reform takes the CAMEO manual's parallel code (024x, 104x;
data/coder_additions_composition.tsv, switch `additions`). Sentences written for this test
(tests/fixtures/reform_appeals.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_composed_codes

from .switch_tables import on_off_table_test

test_an_appeal_for_a_resignation_is_an_appeal_for_political_reform = on_off_table_test(
    "reform_appeals.tsv", ("additions",), at_least=6, changed_at_least=3)


def test_the_codes_parallel_the_manuals():
    assert_composed_codes({("020", "083"): "024", ("020", "0831"): "0241", ("100", "0834"): "1044"})
