"""The switch `object_words` (coder/actors/object_words.py): where a verb pattern named the object's noun, a person
or group the act is done to ("arrested a journalist", "killed a demonstrator"), the noun still gives the target its
agent, where PETRARCH-2 counts it consumed. Sentences written for this test (tests/fixtures/object_words.tsv), read
on and off; the controls (troops sent or deployed, weapons seized, aid delivered, a recipient PP) must not change."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.actors.object_words import done_to_roots


test_a_matched_object_keeps_its_actor = on_off_table_test(
    "object_words.tsv", ("object_words",), at_least=20, changed_at_least=12)


def test_the_roots_are_acts_done_to_the_object():
    roots = done_to_roots()
    assert {"17", "18", "19", "11"} <= roots
    assert not roots & {"03", "06", "07", "08", "15"}  # offered, given, yielded, mustered: the object is a thing moved
