"""Trips for a meeting told by a verb of travel (session 44, branch travel44): the switch `travelled_visits`
(coder/phenomena/travelled_visits.py, data/coder_travel_visits.tsv) reads "flew to Ycity for talks with ..." as the
visit made (042), not FLY's intent to meet (036), bounded by the parse (no object, a person the subject, a meeting the
purpose); "made a visit to" is MAKE's visit made (held_meetings, data/coder_meeting_intents.tsv). The sweep
(tests/fixtures/travel_visits_sweep44.tsv, 40 rows written and labelled before the coder was run, 12 controls) stays
above floors just below what the branch reached: type / triple F1 0.528 / 0.486 before, 0.880 / 0.831 with
`travelled_visits`, MAKE's row of held_meetings and `received_guests` (a person received in the passive with an IN or AT
place is the guest, the place only where)."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_census_part_above, project_tool

from ..switch_tables import on_off_table_test

from communique.coder.phenomena.travelled_visits import travel_tables

SWEEP = Path(__file__).resolve().parents[2] / "fixtures" / "travel_visits_sweep44.tsv"


test_a_trip_for_a_meeting_is_a_visit_made = on_off_table_test(
    "travelled_visits.tsv", ("travelled_visits",), at_least=9, changed_at_least=5)


def test_the_table_names_flying_as_the_travel_and_vehicles_as_no_visitors():
    tables = travel_tables()
    assert tables["travel"] == {"FLY"} and {"TALKS", "VISIT"} <= tables["purpose"]
    assert {"BOMBER", "PLANE"} <= tables["not_person"] and "MEET" in tables["meeting"]


def test_the_sweep_stays_above_its_floors(nlp):
    census = project_tool("plover_census")
    assert len(census.census_rows(SWEEP)) >= 40
    assert_census_part_above(census.report(path=SWEEP)["parts"]["all"], {"type": 0.87, "triple": 0.82})


test_a_person_received_in_a_place_is_the_guest = on_off_table_test(
    "received_guests.tsv", ("received_guests",), at_least=8, changed_at_least=5)
