"""The switch `renounced_terms` (coder/phenomena/renounced_terms.py): a leader's word that he or she will not run again
("said he would not seek another term", "'I will not be a candidate'") is an intent to change leadership, 0341;
sentences written for this test (tests/fixtures/renounced_terms.tsv), read on and off; and session 39's sweep of a
stated intent to leave office (tests/fixtures/leaving_office_sweep39.tsv), scored as the wire censuses are."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows, project_tool

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_a_candidacy_renounced_is_an_intent_to_change_leadership(nlp, monkeypatch):
    rows = fixture_rows("renounced_terms.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("renounced_terms",), at_least=10, changed_at_least=5)
    assert all(on.startswith("0341 ") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # no office, another's candidacy, a candidacy sought


def test_the_leaving_office_sweep_is_read_at_its_floor(nlp):
    census = project_tool("wire_census")
    rows = census.census_rows(FIXTURES / "leaving_office_sweep39.tsv")
    documents = census.coded(rows, classifier="off")
    right = sum(census.predicted(d) == row[0] for row, d in zip(rows, documents))
    assert right / len(rows) >= 0.75, f"{right}/{len(rows)}"
