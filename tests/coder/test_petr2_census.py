"""The PETRARCH-2 fidelity census (tests/coder/petr2_census.jsonl, origin in petr2_census.md beside it): news sentences
written for communique, each with the events PETRARCH-2 would output by ../shared/PETRARCH2_ALGORITHM.md, derived
by hand from the Phoenix dictionaries. A gate on the profile petrarch2's figures there, scored as
`communique eval` scores the PETR2 gold; a check that the census is such a gold file; and the fidelity fixes the
census found, on sentences written for this test."""
from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path

import pytest
from fixture_tables import assert_petr2_gold_records, petr2_census_records, petrarch2_figures

CENSUS = Path(__file__).resolve().parent / "petr2_census.jsonl"
# Measured on branch petr2census (session 13), profile petrarch2, the small model: 203 records, exact triple F1
# 0.990, (country, country, root) F1 0.990, every record with no event given none (docs/evaluation.md, "The
# PETRARCH-2 fidelity census (session 13)"). The four triples still missed are a tagger error ("Barack" read as a
# preposition) and two negations PETRARCH-2 does not fold ("n't", "never") that the evaluator does not score.
# Raise the floors when the census improves; a fall below them is a departure from PETRARCH-2.
FLOORS = {"exact.f1": 0.97, "coarse.f1": 0.97}


def census_records() -> list[dict]:
    return petr2_census_records(CENSUS)


def test_the_census_is_a_petr2_gold_file_of_news_sentences():
    records = census_records()
    assert_petr2_gold_records(CENSUS, records, at_least=120)
    phenomena = Counter(r["id"].split("-", 2)[2] for r in records)
    assert len(phenomena) >= 20 and sum(r["noevents"] for r in records) >= 15, phenomena


@pytest.fixture(scope="module")
def census_figures(nlp):
    return petrarch2_figures(CENSUS)


@pytest.mark.model
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_petrarch2_codes_the_census_as_petrarch2_would(census_figures, figure):
    assert census_figures.figure(figure) >= FLOORS[figure], census_figures.figures


@pytest.mark.model
def test_petrarch2_gives_no_event_where_petrarch2_gives_none(census_figures):
    noevents = census_figures.figures["noevents"]
    assert noevents["correct"] == noevents["records"] >= 15


# ---- the fidelity fixes the census found ---------------------------------------------------------------------
def _coded(nlp, text: str) -> set[tuple[str, str, str]]:
    from communique.coder import CoderKnowledge, code_sentence
    from communique.coder.profiles import Profile

    profile = Profile.named("petrarch2")
    knowledge = CoderKnowledge.load(profile=profile)
    sentence = next(nlp(text).sents)
    return {(e.source, e.target, e.code) for e in code_sentence(sentence, datetime.date(2010, 6, 1), knowledge, profile)}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jordan condemned the murder of Syrian refugees.",        # BLAME `- * MURDER (OF ^) [111]`
    "Egypt condemned the arrest of Sudanese journalists.",    # BLAME `- * ARREST (OF ^) [111]`
])
def test_a_wildcard_pp_object_gives_its_phrase_no_words(nlp, text):
    """Spec §4.3 and checklist 14: a `^` slot consumes its NP, which then gives no target; its words do not come
    back through the word list of the phrase the PP belongs to (the act is condemned, no actor is named)."""
    assert _coded(nlp, text) == set()


@pytest.mark.model
def test_the_rest_of_a_phrase_with_a_wildcard_pp_still_counts(nlp):
    """The possessor of the matched noun is no part of the `^` slot: "Sudan's arrest of ..." names Sudan."""
    assert _coded(nlp, "Egypt condemned Sudan's arrest of Eritrean journalists.") == {("EGY", "SDN", "111")}
