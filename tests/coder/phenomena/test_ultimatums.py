"""The switch `ultimatums` (coder/phenomena/ultimatums.py): "Xland gave Yland ten days to withdraw its troops" is an
ultimatum (139), not the material cooperation GIVE's block codes (060); a thing given, time off, or more time
granted is not. Sentences written for this test (tests/fixtures/ultimatums.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, code_dyads
from ..switch_tables import on_off_table_test


test_a_time_limit_given_to_act_is_an_ultimatum = on_off_table_test(
    "ultimatums.tsv", ("ultimatums",), at_least=15, changed_at_least=8, read=code_dyads)


def test_a_malformed_table_row_is_named_in_one_sentence(tmp_path, monkeypatch):
    from communique.coder.phenomena import ultimatums

    assert_bad_row_named(monkeypatch, tmp_path, ultimatums, "ultimatum_table",
                         "verb\tGIVE\nspan\tdays\ncode\t139\n", 2)
