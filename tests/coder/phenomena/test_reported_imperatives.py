"""The reported imperative, a reading of switch `deontic_requests` (coder/phenomena/reported_imperatives.py): TELL or
INSTRUCT with an addressee and a `to`-infinitive is a demand to the addressee (10x, as ORDER's); sentences written for
this test (tests/fixtures/reported_imperatives.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_an_addressee_told_to_act_is_demanded_to(nlp, monkeypatch):
    rows = fixture_rows("reported_imperatives.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("deontic_requests",), at_least=15, changed_at_least=7)
    assert all(on.startswith("10") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 7  # content clauses, an audience, URGE, ORDER, TELL ABOUT


def test_the_table_gives_verbs_and_audiences():
    from communique.coder.phenomena.reported_imperatives import reported_imperative_table

    table = reported_imperative_table()
    assert {"TELL", "TOLD", "TELLS", "INSTRUCTED"} <= table["verb"]
    assert "REPORTERS" in table["audience"] and "ARMY" not in table["audience"]
