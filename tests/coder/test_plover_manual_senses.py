"""PLOVER types the manual's Potential ambiguities give acts whose CAMEO code's crosswalk types them otherwise
(data/plover_material_senses.tsv, switch plover_material_senses; session 12, branch plovercensus): a meeting
cancelled is REJECT, an entry refused REJECT, an arrest warrant THREATEN arrest, a suspect handed to another
state COOPERATE. Sentences written here, none from an evaluation set or from the PLOVER census."""
from __future__ import annotations

import pytest

from fixture_tables import coded_rows

CASES = [
    ("Iran cancelled a meeting with the French foreign minister planned for Monday.", "REJECT", "SANCTION"),
    ("The Malian government called off talks with the Tuareg rebels.", "REJECT", "SANCTION"),
    ("Hungary refused entry to a delegation of Swedish lawmakers.", "REJECT", "SANCTION"),
    ("Israel denied entry to two U.S. congresswomen.", "REJECT", "SANCTION"),
    ("Kuwait barred entry to a Lebanese opposition politician.", "REJECT", "COERCE"),
    ("A Brazilian court issued an arrest warrant for the former president's son.", "THREATEN", "REQUEST"),
    ("Spanish judges issued international arrest warrants for five Catalan politicians.", "THREATEN", "COERCE"),
    ("Kenya handed over two terrorism suspects to Somalia.", "COOPERATE", "RETREAT"),
]


@pytest.fixture(scope="module")
def coded(nlp):
    return {row[0]: document for row, document in coded_rows([(text,) for text, _, _ in CASES])}


@pytest.mark.parametrize("text, manual, crosswalk", CASES)
def test_the_manual_s_type_in_communique(coded, text, manual, crosswalk):
    assert {e.plover["type"] for e in coded[text].events} == {manual}


def test_petrarch2_keeps_the_crosswalk_s_type(nlp):
    got = {row[0]: {e.plover["type"] for e in d.events}
           for row, d in coded_rows([(text,) for text, _, _ in CASES], profile="petrarch2")}
    assert all(manual not in got[text] for text, manual, _ in CASES)


def test_a_release_stays_a_retreat_and_a_meeting_held_no_rejection(nlp):
    rows = [("Venezuela's army handed over the captured town to the rebels.",),
            ("The rebels freed three aid workers on Sunday.",),
            ("The Malian government held talks with the Tuareg rebels.",)]
    types = [{e.plover["type"] for e in d.events} for _, d in coded_rows(rows)]
    assert types[0] == {"RETREAT"} and types[1] == {"RETREAT"} and "REJECT" not in types[2]


def test_negotiating_is_consulting(nlp):
    rows = [("Kenya negotiated with Somalia over the border.",),
            ("Colombian officials have been negotiating with the rebels for months.",)]
    types = [{e.plover["type"] for e in d.events} for _, d in coded_rows(rows)]
    assert types[0] == {"CONSULT"} and "SUPPORT" not in types[1], types
