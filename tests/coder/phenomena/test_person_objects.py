"""Verbs whose sense a person object sets (data/coder_named_senses.tsv, switch `named_senses`): a person in an
office or a role defended is defended in words (052, not DEFEND's 074), a person questioned is interrogated (090,
where QUESTION alone has no code); a place defended and a thing questioned keep the dictionary's reading.
Sentences written for this test (tests/fixtures/person_objects.tsv), read with the switch on and off; none from an
evaluation set or a census."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.codes import to_internal
from communique.coder.phenomena.named_senses import named_sense_code


test_a_person_defended_is_defended_in_words_and_a_person_questioned_is_interrogated = on_off_table_test(
    "person_objects.tsv", ("named_senses", "spoken_acts"), at_least=30, changed_at_least=15)  # both read 052


def test_the_rows_name_persons_only():
    assert named_sense_code("DEFENDED", "MINISTER") == to_internal("052")
    assert named_sense_code("QUESTIONED", "SUSPECT") == to_internal("090")
    assert named_sense_code("QUESTIONING", "HIM") == to_internal("090")
    things = ("TOWN", "CITY", "AIRPORT", "BUILDING", "LEGITIMACY", "WISDOM", "NEED", "COMMITMENT", "DECISION")
    assert all(named_sense_code("QUESTIONED", thing) is None for thing in things)
    assert all(named_sense_code("DEFENDED", place) is None for place in things[:4])
    assert named_sense_code("QUESTIONED", "") is None  # QUESTION with no person object stays silent
