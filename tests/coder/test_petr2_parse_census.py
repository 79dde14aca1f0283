"""The PETRARCH-2 parse census (tests/coder/petr2_parse_census.jsonl, origin in petr2_parse_census.md beside
it): longer news sentences written for communique, each built around a construction the small spaCy model
misparses more often than a constituency parser, with the events PETRARCH-2 gives on a correct parse derived by
hand by ../shared/PETRARCH2_ALGORITHM.md. A gate on the profile petrarch2's figures there, scored as
`communique eval` scores the PETR2 gold, and a check that the census is such a gold file."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from fixture_tables import assert_petr2_gold_records, petr2_census_records, petrarch2_figures

CENSUS = Path(__file__).resolve().parent / "petr2_parse_census.jsonl"
# Measured on branch p2parse (session 14), profile petrarch2, the small model: 152 records, exact triple F1 0.995,
# (country, country, root) F1 0.994, every record with no event given none (docs/evaluation.md, "The PETRARCH-2
# parse census (session 14)"); the first 132 scored 0.902 / 0.947 before the census's own corrections and the
# clause repairs, the second batch of 20 (written after) 1.000 / 1.000 as committed. The
# two triples still missed are misparses left unrepaired, each met once: a main clause read as the complement of
# a later verb whose subject was taken for a reduced relative's, and a subordinator ("after") that took the
# clause's subject as its object. A fall below the floors is a parse repair or an engine change that loses
# PETRARCH-2's events on longer sentences.
FLOORS = {"exact.f1": 0.98, "coarse.f1": 0.98}
KINDS = {"tail", "dateline", "appos", "relcl", "partic", "pp", "vcoord", "ncoord", "quote", "passive", "poss",
         "headline", "names", "long"}


def census_records() -> list[dict]:
    return petr2_census_records(CENSUS)


def test_the_census_is_a_petr2_gold_file_of_longer_news_sentences():
    records = census_records()
    assert_petr2_gold_records(CENSUS, records, at_least=120)
    kinds = Counter(r["id"].split("-", 2)[2] for r in records)
    assert set(kinds) == KINDS and min(kinds.values()) >= 8, kinds
    for r in records:
        assert 20 <= len(r["text"].split()) <= 45, r["id"]


@pytest.fixture(scope="module")
def census_figures(nlp):
    return petrarch2_figures(CENSUS)


@pytest.mark.model
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_petrarch2_codes_the_parse_census_as_petrarch2_would(census_figures, figure):
    assert census_figures.figure(figure) >= FLOORS[figure], census_figures.figures


@pytest.mark.model
def test_petrarch2_gives_no_event_where_petrarch2_gives_none(census_figures):
    noevents = census_figures.figures["noevents"]
    assert noevents["correct"] == noevents["records"] >= 4
