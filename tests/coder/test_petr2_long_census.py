"""The PETRARCH-2 long-sentence census (tests/coder/petr2_long_census.jsonl, origin in petr2_long_census.md beside
it): wire sentences of 35-60 words written for communique, several constructions each (a dateline, a fronted
phrase, a long subject with an apposition and a relative clause, coordinated verbs, a reporting tail,
quotations, parentheses), with the events PETRARCH-2 gives on a correct parse derived by hand by
../shared/PETRARCH2_ALGORITHM.md. A gate on the profile petrarch2's figures there, scored as `communique eval`
scores the PETR2 gold, and a check that the census is such a gold file."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from fixture_tables import assert_petr2_gold_records, petr2_census_records, petrarch2_figures

CENSUS = Path(__file__).resolve().parent / "petr2_long_census.jsonl"
# Measured on branch p2long (session 15), profile petrarch2, the small model: 140 records, exact triple F1 0.969,
# (country, country, root) F1 0.985, every record with no event given none (docs/evaluation.md, "The PETRARCH-2
# long-sentence census (session 15)"); fresh, as committed, the first 110 scored 0.795 / 0.927 and the second
# batch of 30 (written after) 0.906 / 0.920, most differences our own hand derivations. The triples still lost
# are misparses left unrepaired, each met once (an apposition on the wrong noun, a reporting tail or a main verb
# read inside a participle or a relative clause, a conjunct on a relative clause's verb), and two parenthesised
# glosses the spec is silent on. A fall below the floors is a parse repair or an engine change that loses
# PETRARCH-2's events on real-length wire copy.
FLOORS = {"exact.f1": 0.95, "coarse.f1": 0.97}
KINDS = {"dateline", "fronted", "subject", "vcoord", "report", "quote", "paren", "silent", "mixed"}


def census_records() -> list[dict]:
    return petr2_census_records(CENSUS)


def test_the_census_is_a_petr2_gold_file_of_wire_length_sentences():
    records = census_records()
    assert_petr2_gold_records(CENSUS, records, at_least=140)
    kinds = Counter(r["id"].split("-", 2)[2] for r in records)
    assert set(kinds) == KINDS and min(kinds.values()) >= 12, kinds
    for r in records:
        assert 35 <= len(r["text"].split()) <= 60, r["id"]


@pytest.fixture(scope="module")
def census_figures(nlp):
    return petrarch2_figures(CENSUS)


@pytest.mark.model
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_petrarch2_codes_the_long_census_as_petrarch2_would(census_figures, figure):
    assert census_figures.figure(figure) >= FLOORS[figure], census_figures.figures


@pytest.mark.model
def test_petrarch2_gives_no_event_where_petrarch2_gives_none(census_figures):
    noevents = census_figures.figures["noevents"]
    assert noevents["correct"] == noevents["records"] >= 20
