"""The switches `cooperation_kinds` (coder/phenomena/cooperation_kinds.py, data/coder_cooperation_kinds.tsv) and
`scale_defaults` (coder/phenomena/scale_defaults.py, data/coder_scale_defaults.tsv), and the alerts raised
(data/act_nouns.tsv with data/act_noun_verbs.tsv's scale verbs, switch `act_nouns`; RAISE's alert patterns in
data/coder_additions.txt, switch `additions`): the CAMEO codebook's sub-codes of cooperation by its kind ("expanded
economic cooperation" 061, not EXPAND's 050), an alert raised a show of force (150), and no material cooperation
in a rise of anything else ("increased uranium enrichment"); suspects handed over extradited (063), intelligence
passed or relayed shared (064, with `named_senses`), speaking in favour endorsing (051). Sentences written for this
test (tests/fixtures/weak_types.tsv), read with the five switches on and off."""
from __future__ import annotations

import pytest

from ..switch_tables import on_off_table_test

SWITCHES = ("cooperation_kinds", "scale_defaults", "act_nouns", "additions", "named_senses")


test_kinds_of_cooperation_alerts_and_rises = on_off_table_test(
    "weak_types.tsv", SWITCHES, at_least=44, changed_at_least=33)


@pytest.mark.parametrize("word, kind", [("ECONOMIC", "1"), ("TRADE", "1"), ("MILITARY", "2"), ("SECURITY", "2"),
                                        ("JUDICIAL", "3"), ("INTELLIGENCE", "4")])
def test_the_kinds_of_cooperation_are_read_from_their_data_file(word, kind):
    from communique.coder.phenomena.cooperation_kinds import cooperation_words

    nouns, verbs, modifiers = cooperation_words()
    assert {"COOPERATION", "TIES"} <= nouns and "COOPERATED" in verbs
    assert modifiers[word] == kind


def test_the_families_share_the_codebook_s_last_digit():
    from communique.coder.codes import code_table
    from communique.coder.phenomena.cooperation_kinds import FAMILIES

    names = code_table().forward
    for stem in set(FAMILIES.values()) - {"121"}:
        for kind in "1234":
            assert stem + kind in names, stem + kind
    assert {"1211", "1212"} <= set(names) and set(FAMILIES) <= set(names)  # the table has no 1213, 1214


def test_the_scale_verbs_are_the_boost_block_s():
    from communique.coder.phenomena.scale_defaults import scale_words
    from communique.data_files import data_path

    verbs, nouns = scale_words()
    assert {"INCREASED", "EXPANDS", "DEEPENING", "BOOST"} <= verbs and {"TIES", "TRADE", "COOPERATION"} <= nouns
    block = data_path("petrarch/CAMEO.2.0.txt").read_text(encoding="utf-8").split("---  BOOST   [060]  ---")[1]
    listed = {line.split()[0] for line in block.split("\n- ")[0].splitlines() if line.strip()}
    assert {v for v in verbs if v.isalpha() and v in listed} == {v for v in listed if v.isalpha()}
