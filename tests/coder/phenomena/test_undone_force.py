"""The switch `undone_force` (coder/phenomena/undone_force.py): an act of force told as not done, with no actor named
("without firing a single shot"), is no event. Sentences written for this test (tests/fixtures/undone_force.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test

from communique.coder.phenomena.undone_force import told_as_undone


test_an_act_of_force_told_as_not_done_is_no_event = on_off_table_test(
    "undone_force.tsv", ("undone_force",), at_least=10, changed_at_least=3, read=code_dyads)


def test_without_and_a_negation_tell_an_act_undone(nlp):
    doc = nlp("Police cleared the square without firing a shot but did not arrest anyone and then fired tear gas.")
    undone = [t.text for t in doc if t.pos_ == "VERB" and told_as_undone(doc, t.i)]
    assert undone == ["firing", "arrest"]


def test_the_gerund_of_a_verb_of_avoiding_is_told_undone(nlp):
    doc = nlp("The rebels refrained from attacking the town and stopped short of shelling it, but they kept "
              "the soldiers from leaving.")
    undone = [t.text for t in doc if t.pos_ == "VERB" and told_as_undone(doc, t.i)]
    assert undone == ["attacking", "shelling"]
