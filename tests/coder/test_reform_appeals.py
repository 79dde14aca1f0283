"""An appeal or a demand over acceding to political reform takes the CAMEO manual's parallel code (024x, 104x;
data/coder_additions_composition.tsv, switch `additions`). Sentences written for this test
(tests/fixtures/reform_appeals.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.additions import composed_code
from communique.coder.codes import to_cameo, to_internal


def test_an_appeal_for_a_resignation_is_an_appeal_for_political_reform(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("reform_appeals.tsv"), code_actors, ("additions",),
                            at_least=6, changed_at_least=3)


def test_the_codes_parallel_the_manuals():
    pairs = {("020", "083"): "024", ("020", "0831"): "0241", ("100", "0834"): "1044"}
    for (upper, lower), whole in pairs.items():
        assert to_cameo(composed_code(to_internal(upper), to_internal(lower))) == whole
