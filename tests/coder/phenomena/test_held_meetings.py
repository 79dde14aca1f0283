"""The switch `held_meetings` (coder/phenomena/held_meetings.py, data/coder_meeting_intents.tsv): a meeting told by a
verb of meeting is the meeting (040), not the intent to meet (036) some of MEET's patterns write. Sentences written
for this test (tests/fixtures/held_meetings.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.phenomena.held_meetings import meeting_intents


def test_a_meeting_held_is_a_meeting_not_an_intent_to_meet(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("held_meetings.tsv"), code_actors, ("held_meetings",),
                            at_least=9, changed_at_least=6)


def test_the_table_names_the_verbs_of_meeting():
    assert meeting_intents()["MEET"] == ("036", "040") and set(meeting_intents()) == {"MEET", "HOST", "GO"}
