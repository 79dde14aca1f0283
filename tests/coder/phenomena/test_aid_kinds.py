"""The switches `aid_kinds` (coder/phenomena/aid_kinds.py, data/coder_aid_kinds.tsv) and `act_kinds`
(coder/phenomena/act_kinds.py): the CAMEO codebook's sub-codes of aid by the aid's kind ("provided military aid to
Yland" 072, "asked Yland for humanitarian aid" 0233), and an agent premodifier of the aid naming its kind, not its
recipient. Sentences written for this test (tests/fixtures/aid_kinds.tsv), read with both switches on and off."""
from __future__ import annotations

import pytest

from ..switch_tables import on_off_table_test


# act_qualifiers (session 19) also reads "held joint military exercises with Yland" without Yland's military
test_aid_takes_the_sub_code_of_its_kind = on_off_table_test(
    "aid_kinds.tsv", ("aid_kinds", "act_kinds", "act_qualifiers"), at_least=14, changed_at_least=10)


@pytest.mark.parametrize("word, role, kind", [
    ("ECONOMIC", "modifier", "1"), ("MILITARY", "modifier", "2"), ("HUMANITARIAN", "modifier", "3"),
    ("LOANS", "noun", "1"), ("WEAPONS", "noun", "2"), ("FOOD", "noun", "3"), ("PEACEKEEPERS", "noun", "4"),
])
def test_the_kinds_are_read_from_their_data_file(word, role, kind):
    from communique.coder.phenomena.aid_kinds import aid_words

    aid, modifiers, nouns = aid_words()
    assert {"AID", "ASSISTANCE"} <= aid
    assert (modifiers if role == "modifier" else nouns)[word] == kind


def test_the_families_share_the_codebook_s_last_digit():
    from communique.coder.codes import code_table
    from communique.coder.phenomena.aid_kinds import FAMILIES

    names = code_table().forward
    for stem in set(FAMILIES.values()):
        for kind in "1234":
            assert stem + kind in names, stem + kind
