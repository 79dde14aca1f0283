"""Verbs of violent action news uses for harsh criticism ("Turkey blasted the United States over its support for
...": 111, not EXPLOSIVE_DESTRUCTION's 190), switch `figurative_criticism` (coder/phenomena/figurative_criticism.py,
data/coder_figurative_criticism.tsv); sentences written for this test (tests/fixtures/figurative_criticism.tsv),
read with the switch on and off, things blasted and fired over a place left alone."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, code_dyads
from ..switch_tables import on_off_table_test

from communique.coder.codes import to_internal
from communique.coder.phenomena import figurative_criticism as module
from communique.coder.phenomena.figurative_criticism import figurative_verbs


def test_blast_over_a_matter_is_criticism_in_every_form():
    table = figurative_verbs()
    for form in ("BLAST", "BLASTS", "BLASTED", "BLASTING"):
        assert table[(form, "OVER")] == to_internal("111")
    assert ("BLASTED", "FOR") not in table  # the block's own `- * (FOR) [111]` codes it


def test_a_bad_row_is_named(monkeypatch, tmp_path):
    assert_bad_row_named(monkeypatch, tmp_path, module, "figurative_verbs", "# header\nBLAST\tOVER\t999\tnone\n", 2)


test_figurative_criticism_is_coded_as_criticism = on_off_table_test(
    "figurative_criticism.tsv", ("figurative_criticism",), at_least=15, changed_at_least=9)


test_a_law_said_to_be_an_attack_is_no_act_of_force = on_off_table_test(
    "figurative_predicates.tsv", ("figurative_criticism",), at_least=8, changed_at_least=4, read=code_dyads)


def test_the_nouns_that_use_no_force_are_read():
    assert {"LAW", "RULING", "REFORM", "BUDGET"} <= module.figurative_subjects()
    assert not {"EXPLOSION", "SHOOTING", "STRIKE"} & module.figurative_subjects()
