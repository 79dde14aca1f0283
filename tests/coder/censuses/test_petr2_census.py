"""The three PETRARCH-2 fidelity censuses (origin in the .md file beside each): news sentences written for communique,
each with the events PETRARCH-2 would output by ../shared/PETRARCH2_ALGORITHM.md, derived by hand from the Phoenix
dictionaries (the parse and long censuses: on a correct parse).

* petr2_census.jsonl (session 13): sentences of twenty and more phenomena of the spec;
* petr2_parse_census.jsonl (session 14): longer news sentences, each built around a construction the small spaCy
  model misparses more often than a constituency parser;
* petr2_long_census.jsonl (session 15): wire sentences of 35-60 words, several constructions each (a dateline, a
  fronted phrase, a long subject with an apposition and a relative clause, coordinated verbs, a reporting tail,
  quotations, parentheses).

A gate on the profile petrarch2's figures on each, scored as `communique eval` scores the PETR2 gold; a check that
each census is such a gold file; and the fidelity fixes the first census found, on sentences written for this test."""
from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path

import pytest
from fixture_tables import assert_petr2_gold_records, petr2_census_records, petrarch2_figures

HERE = Path(__file__).resolve().parent
FIRST, PARSE, LONG = "petr2_census", "petr2_parse_census", "petr2_long_census"
# Profile petrarch2, the small model.
# * petr2_census: measured on branch petr2census (session 13): 203 records, exact triple F1 0.990, (country,
#   country, root) F1 0.990, every record with no event given none (docs/evaluation.md, "The PETRARCH-2 fidelity
#   census (session 13)"). The four triples still missed are a tagger error ("Barack" read as a preposition) and two
#   negations PETRARCH-2 does not fold ("n't", "never") that the evaluator does not score. Its fifth batch
#   (records 204-254, session 43, branch petr43: shared actor phrases across dates, title-only leaders, reciprocal
#   verbs, "X, with Y," sources, passives nested in reports, plans/scheduled to meet, claims of responsibility,
#   weapons "believed fired by") scored 0.742 / 0.887 fresh, 1.000 / 1.000 on the 38 records of no shared phrase
#   after the stacked-participle repair; the whole census 0.988 / 0.992 (254 records). Its ten records of a shared
#   phrase whose reading depends on the rule were re-derived by §2.3's append (branch petrfix43, the lead's ruling:
#   petrarch2 follows the spec) and the engine put back to it: the whole census still 0.988 / 0.992 (tp 255, fp 1,
#   fn 5; 33/33 no-event records). A fall below the floors is a departure from PETRARCH-2.
# * petr2_parse_census: measured on branch p2parse (session 14): 152 records, exact triple F1 0.995, (country,
#   country, root) F1 0.994, every record with no event given none (docs/evaluation.md, "The PETRARCH-2 parse census
#   (session 14)"); the first 132 scored 0.902 / 0.947 before the census's own corrections and the clause repairs,
#   the second batch of 20 (written after) 1.000 / 1.000 as committed. The two triples still missed are misparses
#   left unrepaired, each met once: a main clause read as the complement of a later verb whose subject was taken
#   for a reduced relative's, and a subordinator ("after") that took the clause's subject as its object. A fall
#   below the floors is a parse repair or an engine change that loses PETRARCH-2's events on longer sentences.
# * petr2_long_census: measured on branch p2long (session 15): 140 records, exact triple F1 0.969, (country,
#   country, root) F1 0.985, every record with no event given none (docs/evaluation.md, "The PETRARCH-2
#   long-sentence census (session 15)"); fresh, as committed, the first 110 scored 0.795 / 0.927 and the second
#   batch of 30 (written after) 0.906 / 0.920, most differences our own hand derivations. The triples still lost
#   are misparses left unrepaired, each met once (an apposition on the wrong noun, a reporting tail or a main verb
#   read inside a participle or a relative clause, a conjunct on a relative clause's verb), and two parenthesised
#   glosses the spec is silent on. A fall below the floors is a parse repair or an engine change that loses
#   PETRARCH-2's events on real-length wire copy.
# Raise the floors when a census improves.
FLOORS = {
    FIRST: {"exact.f1": 0.97, "coarse.f1": 0.97},
    PARSE: {"exact.f1": 0.98, "coarse.f1": 0.98},
    LONG: {"exact.f1": 0.95, "coarse.f1": 0.97},
}
# What each census is: its least number of records and of records with no event; the kinds its ids name (the
# first census: any twenty or more phenomena) with the least number of records of each; its sentences' words.
SHAPES = {
    FIRST: {"records": 120, "no_event": 15, "kinds": None, "per_kind": None, "words": None},
    PARSE: {"records": 120, "no_event": 4, "per_kind": 8, "words": (20, 45),
            "kinds": {"tail", "dateline", "appos", "relcl", "partic", "pp", "vcoord", "ncoord", "quote", "passive",
                      "poss", "headline", "names", "long"}},
    LONG: {"records": 140, "no_event": 20, "per_kind": 12, "words": (35, 60),
           "kinds": {"dateline", "fronted", "subject", "vcoord", "report", "quote", "paren", "silent", "mixed"}},
}
CENSUSES = sorted(FLOORS)


def census_path(name: str) -> Path:
    return HERE / f"{name}.jsonl"


@pytest.mark.parametrize("name", CENSUSES)
def test_the_census_is_a_petr2_gold_file_of_news_sentences(name):
    shape, path = SHAPES[name], census_path(name)
    records = petr2_census_records(path)
    assert_petr2_gold_records(path, records, at_least=shape["records"])
    kinds = Counter(r["id"].split("-", 2)[2] for r in records)
    if shape["kinds"] is None:
        assert len(kinds) >= 20 and sum(r["noevents"] for r in records) >= shape["no_event"], kinds
    else:
        assert set(kinds) == shape["kinds"] and min(kinds.values()) >= shape["per_kind"], kinds
    if shape["words"]:
        least, most = shape["words"]
        for r in records:
            assert least <= len(r["text"].split()) <= most, r["id"]


@pytest.fixture(scope="module")
def census_figures(nlp):
    """Each census's figures, scored the first time a test asks for them."""
    scored: dict = {}

    def figures(name: str):
        if name not in scored:
            scored[name] = petrarch2_figures(census_path(name))
        return scored[name]
    return figures


@pytest.mark.model
@pytest.mark.parametrize("name,figure", [(name, figure) for name in CENSUSES for figure in sorted(FLOORS[name])])
def test_petrarch2_codes_the_census_as_petrarch2_would(census_figures, name, figure):
    figures = census_figures(name)
    assert figures.figure(figure) >= FLOORS[name][figure], figures.figures


@pytest.mark.model
@pytest.mark.parametrize("name", CENSUSES)
def test_petrarch2_gives_no_event_where_petrarch2_gives_none(census_figures, name):
    noevents = census_figures(name).figures["noevents"]
    assert noevents["correct"] == noevents["records"] >= SHAPES[name]["no_event"]


# ---- the fidelity fixes the first census found ---------------------------------------------------------------
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
