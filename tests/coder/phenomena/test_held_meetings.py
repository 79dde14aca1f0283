"""The switch `held_meetings` (coder/phenomena/held_meetings.py, data/coder_meeting_intents.tsv): a meeting told by a
verb of meeting is the meeting (040), not the intent to meet (036) some of MEET's patterns write. Sentences written
for this test (tests/fixtures/held_meetings.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.phenomena.held_meetings import meeting_intents


test_a_meeting_held_is_a_meeting_not_an_intent_to_meet = on_off_table_test(
    "held_meetings.tsv", ("held_meetings",), at_least=9, changed_at_least=6)


def test_the_table_names_the_verbs_of_meeting():
    assert meeting_intents()["MEET"] == ("036", "040") and set(meeting_intents()) == {"MEET", "HOST", "GO", "MAKE"}
