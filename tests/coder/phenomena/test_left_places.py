"""The switch `left_places` (coder/phenomena/left_places.py, data/coder_left_places.tsv): armed forces leaving a place
are a retreat (0874), a treaty or an international organisation left a break of relations (161); sentences written for this test (tests/fixtures/left_places.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_armed_forces_leaving_a_place_retreat(nlp, monkeypatch):
    rows = fixture_rows("left_places.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("left_places",), at_least=32, changed_at_least=19)
    # a leader, a delegation, troops leaving for, people left dead; peacekeepers leaving for, and leaving people
    assert all(on == off for _, on, off in rows[-6:])
    # session 36: a treaty or an organisation left is 161, or the threat 1313 announced on a condition
    left = [(on, off) for text, on, off in rows if on != off and not on.startswith("0874")]
    assert len(left) == 7 and all(on.split()[0] in ("161", "1313") for on, _ in left)


def test_the_table_gives_verbs_forces_and_places():
    from communique.coder.phenomena.left_places import left_places_table

    table = left_places_table()
    assert {"LEFT", "DEPARTED", "VACATED"} <= table["verb"] and "DELEGATION" not in table["force"]
    assert {"TROOPS", "FIGHTERS", "PEACEKEEPERS"} <= table["force"] and {"BASE", "POSITIONS"} <= table["place"]
