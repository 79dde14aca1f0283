"""The switch `foreign_bans` (coder/phenomena/foreign_bans.py, data/coder_foreign_bans.tsv): a ban aimed by one state at
another ("banned all trade with Yland", "banned group tours to Yland") is the CAMEO codebook's 163 "Impose embargo,
boycott, or sanctions" (PLOVER SANCTION), as CAMEO.2.0.txt's own BAN IMPORTS is, not the 172 its PROHIBIT block
gives; a ban at home keeps its code. Sentences written for this test (tests/fixtures/foreign_bans.tsv), read on
and off."""
from __future__ import annotations

import pytest

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_a_ban_aimed_at_another_state_is_a_sanction = on_off_table_test(
    "foreign_bans.tsv", ("foreign_bans",), at_least=11, changed_at_least=5, read=code_dyads)


def test_the_verbs_are_read_from_their_data_file_with_their_forms():
    from communique.coder.phenomena.foreign_bans import ban_verbs

    verbs = ban_verbs()
    assert verbs["BANNED"] == verbs["PROHIBITS"] == verbs["FORBADE"] == "163"
    assert "IMPOSED" not in verbs


@pytest.mark.parametrize("source, target, two", [
    ("TUR", "ISR", True), ("CHNGOV", "KORBUS", True), ("KEN", "KEN", False), ("BGD", "BGDOPP", False),
    ("RUS", "IGOUNO", False), ("IRN", "GBRMED", False), ("---GOV", "FRA", False), ("USA", "", False),
])
def test_only_two_different_states_make_a_sanction(source, target, two):
    from communique.coder.phenomena.foreign_bans import _two_states

    assert _two_states(source, target) is two
