"""A visit told by its trip (FLY TO: data/coder_meeting_intents.tsv, switch `held_meetings`) or by the visitor's
presence at a place for a meeting ("was in Berlin for talks with Merkel": coder/nouns/events.py, switch
`event_nouns`). Sentences written for this test (tests/fixtures/trip_visits.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.phenomena.held_meetings import meeting_intents


test_a_trip_or_a_presence_for_talks_is_a_visit = on_off_table_test(
    "trip_visits.tsv", ("held_meetings", "event_nouns"), at_least=18, changed_at_least=10)


def test_flying_to_a_place_is_a_visit_made():
    assert meeting_intents()["FLY"] == ("036", "042")
