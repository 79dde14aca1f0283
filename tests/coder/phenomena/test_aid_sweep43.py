"""Session 43's sweep of aid done and aid told for later (tests/fixtures/aid_sweep43.tsv, 18 rows written and
labelled before the coder was run; type / triple F1 0.706 / 0.514 before, 0.882 / 0.629 after), and the two readings
it added to existing switches: a loan approved in the passive is the loan extended (`approved_aid`: "a $200 million
loan to Kenya was approved by the African Development Bank", 071, not APPROVE's intent 0311), and people pulled from
the sea or from dinghies are rescued (`assisted_purposes`: 073, not PULL's seizure 171)."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_census_part_above, coded_rows, communique_without, project_tool

SWEEP = Path(__file__).resolve().parents[2] / "fixtures" / "aid_sweep43.tsv"


def test_the_sweep_stays_above_its_floors(nlp):
    census = project_tool("plover_census")
    assert len(census.census_rows(SWEEP)) >= 18
    assert_census_part_above(census.report(path=SWEEP)["parts"]["all"], {"type": 0.86, "triple": 0.60})


def test_a_loan_approved_in_the_passive_is_the_loan_extended_on_and_an_intent_off(nlp, monkeypatch):
    rows = [("A 200 million dollar loan to Kenya was approved by the African Development Bank on Wednesday.",),
            ("New emergency funding for Haiti was approved by the European Union on Monday.",),
            ("The merger was approved by the European Commission on Monday.",)]
    (_, loan), (_, funding), (_, merger) = coded_rows(rows)
    assert [e.cameo["code"] for e in loan.events] == ["071"]
    assert [e.cameo["code"] for e in funding.events] == ["071"]
    assert not any(e.cameo["code"].startswith("07") for e in merger.events)
    communique_without(monkeypatch, "approved_aid")
    (_, off), _, _ = coded_rows(rows)
    assert not any(e.cameo["code"].startswith("07") for e in off.events)


def test_people_pulled_from_the_sea_are_rescued_on_and_seized_off(nlp, monkeypatch):
    rows = [("Libyan coast guards pulled 80 migrants from the sea off Zuwara on Monday.",),
            ("Italian navy ships pulled 350 people from overcrowded dinghies south of Lampedusa on Saturday.",)]
    for _, document in coded_rows(rows):
        assert [e.cameo["code"] for e in document.events] == ["073"]
    communique_without(monkeypatch, "assisted_purposes")
    for _, document in coded_rows(rows):
        assert not any(e.cameo["code"] == "073" for e in document.events)
