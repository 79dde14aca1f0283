"""Death or damage by a disease, a natural hazard or an accident is no event of force (switch `natural_causes`,
coder/phenomena/natural_causes.py, data/coder_natural_causes.tsv). Sentences written for this test
(tests/fixtures/natural_causes.tsv), read with the switch on and off; none from an evaluation set or a census.
The off column is read with `hazard_tolls` off too (session 44), which reads the same causes told beside an agentless
harm ("died of measles" is both switches' reading)."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_a_disease_a_hazard_or_an_accident_is_no_one_s_force = on_off_table_test(
    "natural_causes.tsv", ("natural_causes", "hazard_tolls"), at_least=15, changed_at_least=6, read=code_dyads)


def test_the_table_reads_with_plurals_and_leaves_out_the_nouns_of_weapons():
    from communique.coder.phenomena.natural_causes import cause_nouns

    nouns = cause_nouns()
    assert {"CHOLERA", "FLOODS", "LANDSLIDES", "CRASHES", "EPIDEMICS"} <= nouns
    assert not {"FIRE", "EXPLOSION", "BLAST", "BOMB", "WOUNDS"} & nouns
