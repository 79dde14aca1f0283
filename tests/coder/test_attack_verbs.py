"""Verbs of attack that name their weapon, which CAMEO.2.0.txt lacks, are communique's additions
(data/coder_additions.txt: strafe, mortar, firebomb, teargas, club, maim; switch `additions`). Sentences written
for this test (tests/fixtures/attack_verbs.tsv), read with the switch on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.additions import communique_verb_dictionary


test_verbs_of_attack_are_coded_by_the_weapon_they_name = on_off_table_test(
    "attack_verbs.tsv", ("additions",), at_least=10, changed_at_least=8)


def test_each_form_is_a_verb_of_its_block_and_rocket_is_not_one():
    verbs = communique_verb_dictionary()
    blocks = {form: verbs.lookup(form).meaning for form in ("STRAFED", "MORTARING", "FIREBOMBS", "TEARGASSED",
                                                           "CLUBBED", "MAIM")}
    assert blocks == {"STRAFED": "COMMUNIQUE_STRAFE", "MORTARING": "COMMUNIQUE_MORTAR",
                      "FIREBOMBS": "COMMUNIQUE_FIREBOMB", "TEARGASSED": "COMMUNIQUE_TEARGAS",
                      "CLUBBED": "COMMUNIQUE_CLUB", "MAIM": "COMMUNIQUE_CLUB"}
    assert verbs.lookup("ROCKETED") is None
