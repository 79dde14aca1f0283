"""An appeal or a demand over an intent or a negotiation takes the CAMEO manual's parallel code (02x, 10x;
data/coder_additions_composition.tsv, switch `additions`). Sentences written for this test
(tests/fixtures/parallel_appeals.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_composed_codes

from communique.coder.additions import composed_code
from communique.coder.codes import cameo_codes, to_cameo, to_internal

from .switch_tables import on_off_table_test

test_an_appeal_to_negotiate_or_commit_is_the_parallel_appeal = on_off_table_test(
    "parallel_appeals.tsv", ("additions",), at_least=18, changed_at_least=8)


def test_the_codes_parallel_the_manuals():
    assert_composed_codes({("020", "046"): "026", ("020", "045"): "028", ("100", "046"): "106",
                           ("020", "0341"): "0241", ("020", "032"): "022", ("020", "0331"): "023",
                           ("100", "036"): "106", ("020", "030"): "020", ("020", "039"): "028",
                           ("100", "0344"): "1044"})


def test_a_shared_internal_value_is_looked_up_under_each_of_its_codes():
    assert cameo_codes(to_internal("046")) == ("044", "046")  # the code to_cameo gives first
    assert to_cameo(to_internal("046")) == "044"
    assert cameo_codes(to_internal("030")) == ("030",)
    assert cameo_codes(0x7777) == ()


def test_an_appeal_to_meet_or_travel_is_left_to_combine():
    # PETRARCH codes travel in the 04 family too ("leave the area": LEAVE's 04x): no parallel row for 040 or 042
    assert composed_code(to_internal("020"), to_internal("040")) is None
    assert composed_code(to_internal("100"), to_internal("042")) is None
