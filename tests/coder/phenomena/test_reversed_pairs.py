"""One act, one PLOVER event (switch `one_way_pairs`, coder/phenomena/reversed_pairs.py): a verb whose CAMEO.2.0 code pair
`[A:P]` writes the act and, reversed, its passive code of the same PLOVER type (a visit and its hosting, a call,
a consultation) gives one CONSULT record, the act the verb names (visited: visitor -> host; hosted: host -> visitor). Sentences written here,
none from an evaluation set or from the censuses."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without

# sentence, the one (source country, target country) its CONSULT records must have
ROWS = [("Canadian Prime Minister Justin Trudeau paid a three-day visit to Mexico.", ("CAN", "MEX")),
        ("The Kenyan president visited Uganda on Saturday.", ("KEN", "UGA")),
        ("Chile's foreign minister telephoned his Argentine counterpart on Sunday.", ("CHL", "ARG")),
        ("Vietnam's defence minister consulted Indian officials on the maritime dispute.", ("VNM", "IND")),
        ("Peru's president spoke by telephone with the Bolivian president.", ("PER", "BOL")),
        ("The Brazilian president hosted his Colombian counterpart in Brasilia.", ("BRA", "COL"))]


def _pairs(document) -> set:
    from communique.evaluate.plover import predicted_event_triples

    return {(s, t) for e in document.events for s, t, kind in predicted_event_triples(e) if kind == "CONSULT"}


def test_one_consultation_one_direction(nlp):
    got = [(row[0], _pairs(d)) for row, d in coded_rows(ROWS)]
    assert all(pairs == {row[1]} for row, (_, pairs) in zip(ROWS, got)), got


def test_a_reversed_code_of_another_type_stays():
    from communique.coder.phenomena.reversed_pairs import REVERSED_STEP, one_way
    from communique.coder.sentence import CodedEvent

    act = CodedEvent("XLD", "YLD", "042", 3, steps=("combine: rule A",))
    hosted = CodedEvent("YLD", "XLD", "043", 3, steps=(REVERSED_STEP,))
    other = CodedEvent("YLD", "XLD", "111", 3, steps=(REVERSED_STEP,))
    assert one_way([act, hosted]) == [act]
    assert one_way([act, other]) == [act, other]
    host = CodedEvent("YLD", "XLD", "043", 5, steps=("combine: rule A",))
    visit = CodedEvent("XLD", "YLD", "042", 5, steps=(REVERSED_STEP,))
    assert one_way([host, visit]) == [host]
    sensed = ("addition: CALLED STRIKE as a CAMEO code name names it, 5000", "combine: rule A")
    strike = CodedEvent("XLD", "YLD", "140", 7, steps=sensed)
    call = CodedEvent("YLD", "XLD", "041", 7, steps=sensed[:1] + (REVERSED_STEP,))
    assert one_way([strike, call]) == [strike]


def test_without_the_switch_both_directions_are_written(nlp, monkeypatch):
    communique_without(monkeypatch, "one_way_pairs")
    got = [_pairs(d) for _, d in coded_rows(ROWS)]
    assert sum(len(pairs) == 2 for pairs in got) >= 4, got
