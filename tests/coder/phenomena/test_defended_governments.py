"""A government, a leader, an election, a law or an agreement defended is defended in words, the codebook's 052
"Defend verbally", not DEFEND's block code 074, military protection (data/coder_named_senses.tsv, switch
`named_senses`); a place defended keeps the dictionary's code. Sentences written for this test
(tests/fixtures/defended_governments.tsv), read with the switch on and off; none from an evaluation set or a
census."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.codes import to_internal
from communique.coder.phenomena.named_senses import named_sense_code


test_a_political_thing_defended_is_a_verbal_defence_and_a_place_keeps_its_code = on_off_table_test(
    "defended_governments.tsv", ("named_senses", "spoken_acts"), at_least=10, changed_at_least=6)  # both read 052


def test_the_rows_name_political_objects_only():
    assert named_sense_code("DEFEND", "GOVERNMENT") == to_internal("052")
    assert named_sense_code("DEFENDED", "ELECTION") == to_internal("052")
    assert all(named_sense_code("DEFENDED", place) is None for place in ("TOWN", "CITY", "BASE", "AIRPORT", "BORDER"))
