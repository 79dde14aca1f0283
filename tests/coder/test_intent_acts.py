"""Offers, promises, vows and threats over a material act (issue 10, branch verbal2): the census of
intent_acts_census.tsv, coded by the whole pipeline (profile communique). An offer, pledge or promise to send
forces is the intent to provide military aid (switch `offered_deployments`); a vow is CAMEO.2.0's 030 where its
block is silent (data/coder_additions_blocks.tsv); a threat to send forces is 138
(data/coder_additions_composition.tsv);
a plan, an announcement or a deployment done stays the mobilization; a retreat under way stays RETREAT."""
from __future__ import annotations

from pathlib import Path

import pytest

from fixture_tables import assert_the_on_off_table, coded_rows, padded_rows

HERE = Path(__file__).resolve().parent


def census() -> list[tuple[str, ...]]:
    return padded_rows(HERE / "intent_acts_census.tsv", 5)


def reading(document) -> str:
    """The "PLOVER-type CAMEO-code" of every event with a PLOVER type, sorted, joined by "; "."""
    return "; ".join(sorted({f"{e.plover['type']} {e.cameo['code']}" for e in document.events if e.plover["type"]}))


@pytest.fixture(scope="module")
def coded(nlp):
    return {row[0]: document for row, document in coded_rows(census())}


def test_the_census_has_its_rows_and_grounds():
    rows = census()
    assert len(rows) >= 30 and sum(row[4] == "ok" for row in rows) >= 29
    assert all(row[3] and row[4].split(":")[0] in ("ok", "lost") for row in rows), rows


@pytest.mark.parametrize("text,want,off,grounds,status", census())
def test_each_census_clause_is_coded_as_the_manuals_say(coded, text, want, off, grounds, status):
    got = reading(coded[text])
    if status == "ok":
        assert got == want, (grounds, got)
    else:  # still lost, for the reason the table gives: a fix must say so there
        assert want.split()[0] not in got.split(), (status, got)


def test_offered_deployments_on_and_off(nlp, monkeypatch):
    rows = [(text, want, want if off == "=" else off) for text, want, off, _, status in census() if status == "ok"]
    assert_the_on_off_table(monkeypatch, rows, reading, ("offered_deployments",), at_least=25, changed_at_least=8)


def test_petrarch2_keeps_petrarch2s_arithmetic(nlp):
    texts = ["Turkey offered to send troops to Lebanon.", "Iran vowed to attack Israel.",
             "Turkey threatened to send troops to Syria.", "Kenya vowed to withdraw its troops from Somalia."]
    got = [reading(d) for _, d in coded_rows([(t,) for t in texts], profile="petrarch2")]
    # combine() lets the mobilization win over the offer and the threat (its internal code has a speech-act
    # digit); VOW's block has no code, so the vowed act passes through as the act
    assert got == ["MOBILIZE 154", "ASSAULT 190", "MOBILIZE 154", "RETREAT 0874"]
