"""The switch `named_senses` (coder/phenomena/named_senses.py, data/coder_named_senses.tsv): a verb whose act a CAMEO code's
name names ("vetoed": 129, "convicted": 116, "sued": 115, "is considering": 014) takes that code, not the code of
the dictionary block it is filed under; sentences written for this test (tests/fixtures/named_senses.tsv), read on
and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, code_dyads
from ..switch_tables import on_off_table_test


test_a_verb_takes_the_code_its_cameo_name_gives_it = on_off_table_test(
    "named_senses.tsv", ("named_senses",), at_least=16, changed_at_least=10, read=code_dyads)


def test_the_senses_are_read_from_their_data_file_with_each_verbs_forms():
    from communique.coder.codes import to_internal
    from communique.coder.phenomena.named_senses import named_sense_code

    assert named_sense_code("VETOED", "") == to_internal("129")
    assert named_sense_code("CONVICTS", "") == to_internal("116")
    assert named_sense_code("DENIED", "WRONGDOING") == to_internal("016")
    assert named_sense_code("DENIED", "") is None  # a denial's sense needs its object
    assert named_sense_code("STUDYING", "DAMAGE") is None


def test_a_malformed_row_is_one_clear_error(tmp_path, monkeypatch):
    from communique.coder.phenomena import named_senses

    assert_bad_row_named(monkeypatch, tmp_path, named_senses, "named_senses", "VETO\t*\t99x\tVeto\n", 1)
