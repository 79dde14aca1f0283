"""The switch `learned_arbiter` (classify/arbiter.py): in a sentence where the coder made events, a logistic model
over the sentence-class head's probabilities and the events' facts says which class is the main one. Sentences
written for these tests (tests/fixtures/learned_arbiter_sweep.tsv: labelled before anything was run)."""
from __future__ import annotations

from pathlib import Path

import pytest
from fixture_tables import classifier_main_classes

from communique.classify.arbiter import CLASSES, FEATURES, EventFacts, candidates, load_arbiter
from communique.classify.sentence_class import NONE
from communique.evaluate.main_class import classes

SWEEP = Path(__file__).resolve().parents[1] / "fixtures" / "learned_arbiter_sweep.tsv"
SWEEP_FLOOR = 0.77  # its share right, switch on: 28 of 36 (29 off; session 42: the adding path reads a control
# commenting on talks as cooperation by its topic, docs/evaluation.md "learned42")
ADDING_SWEEP = SWEEP.with_name("arbiter_adding_sweep.tsv")  # acts told only through an attribution (session 42)
ADDING_SWEEP_FLOOR = 0.84  # its share right, switch on: 22 of 26 (off 18; docs/evaluation.md, "learned42"). Session
# 46's refit (learn46: nested leave-one-census-out over wire 8-33 0.7806 -> 0.8016) reads one control, a spokesman
# saying the government was monitoring a situation, as verbal conflict: 23 -> 22, a head's error, not a rule's


def _sweep(path: Path = SWEEP) -> list[tuple[str, str]]:
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == ["class", "sentence"]
    return [(row[0], row[1]) for row in lines[1:]]


def _statement(**changes) -> EventFacts:
    facts = dict(cls="statement/appeal", confidence=0.4, by_coder=True, root_code=True, unaddressed=True,
                 has_target=False, main_verb=True)
    return EventFacts(**(facts | changes))


def test_the_arbiter_weighs_every_feature_and_knows_the_five_classes():
    assert set(CLASSES) == set(classes())
    arbiter = load_arbiter()
    assert len(arbiter.weights) == len(FEATURES)


def test_the_heads_class_is_a_candidate_only_where_no_event_has_it_and_it_is_not_none():
    sure = {c: 0.0 for c in CLASSES} | {NONE: 0.0}
    statement = _statement()
    assert candidates([statement], sure | {"verbal cooperation": 0.8, NONE: 0.2})[-1] == ("verbal cooperation", None)
    assert len(candidates([statement], sure | {"statement/appeal": 0.8, NONE: 0.2})) == 1
    assert len(candidates([statement], sure | {NONE: 0.8, "verbal conflict": 0.2})) == 1


def test_the_arbiter_leaves_a_sentence_alone_where_the_head_agrees_with_its_main_event_or_reads_a_class_none_has():
    sure = {c: 0.0 for c in CLASSES} | {NONE: 0.0}
    act = _statement(cls="verbal conflict", confidence=0.8, unaddressed=False, has_target=True, root_code=False)
    assert load_arbiter().choice([act], sure | {"verbal conflict": 0.9, NONE: 0.1}) is None
    strong = _statement(cls="verbal conflict", confidence=0.95, unaddressed=False, has_target=True, root_code=False)
    assert load_arbiter().choice([strong], sure | {"verbal cooperation": 0.9, NONE: 0.1}) is None  # a strong act stays


def test_the_arbiter_adds_the_heads_class_over_a_weak_bare_statement_but_not_over_a_strong_event():
    sure = {c: 0.0 for c in CLASSES} | {NONE: 0.0}
    arbiter = load_arbiter()
    assert arbiter.choice([_statement()], sure | {"verbal cooperation": 0.95, NONE: 0.05}) == 1  # the head's class
    strong = _statement(confidence=max(arbiter.learned_below, 0.95))
    assert arbiter.choice([strong], sure | {"verbal cooperation": 0.95, NONE: 0.05}) is None


def test_the_arbiter_ranks_first_an_event_of_the_class_the_head_reads_over_a_bare_statement():
    sure = {c: 0.0 for c in CLASSES} | {NONE: 0.0}
    statement = _statement(confidence=0.5)
    intent = _statement(cls="verbal cooperation", confidence=0.45, unaddressed=False, root_code=False, main_verb=False)
    assert load_arbiter().choice([statement, intent], sure | {"verbal cooperation": 0.9, NONE: 0.1}) == 1



@pytest.mark.classifier
@pytest.mark.parametrize("path, floor", [(SWEEP, SWEEP_FLOOR), (ADDING_SWEEP, ADDING_SWEEP_FLOOR)])
def test_the_sweep_is_read_above_its_floor(nlp, classifier, path, floor):
    rows = _sweep(path)
    got = classifier_main_classes(rows)
    right = sum(gold == g for (gold, _), g in zip(rows, got))
    assert right / len(rows) >= floor, [(t, g) for (gold, t), g in zip(rows, got) if gold != g]


ADDING = [  # written for this test: (label, sentence, what the switch must do)
    ("verbal cooperation", "The ministry said it would set up a joint commission with Laos to manage the river.", "added"),
    ("material conflict", "Police arrested 12 opposition activists in Minsk on Sunday.", "unchanged"),
    ("none", "Heavy rain is expected across the north of the country for the rest of the week.", "no event"),
]


@pytest.mark.classifier
def test_the_switch_adds_the_heads_class_ranked_first_over_a_bare_statement_and_leaves_strong_and_empty_sentences(
        nlp, classifier, monkeypatch):
    from fixture_tables import communique_without

    from communique.evaluate.main_class import event_class, main_event
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    rows = ADDING

    def coded():
        return list(extract_articles([Article(text=text, published="2018-03-01") for _, text, _ in rows],
                                     Settings.build(classifier="events")))

    on = coded()
    communique_without(monkeypatch, "learned_arbiter")
    off = coded()
    intent_on, intent_off = on[0].events, off[0].events
    assert event_class(main_event(intent_on)) == "verbal cooperation"
    assert event_class(main_event(intent_off)) == "statement/appeal"
    added = [e for e in intent_on if e.id not in {o.id for o in intent_off}]
    assert [(e.origin, e.cameo["code"]) for e in added] == [("classifier", "030")]
    assert {e.id for e in intent_off} <= {e.id for e in intent_on}  # the coder's events stay
    assert [(e.id, e.confidence) for e in on[1].events] == [(e.id, e.confidence) for e in off[1].events]
    assert on[2].events == [] and off[2].events == []  # a sentence with no event stays without


@pytest.mark.model
def test_the_petrarch2_profile_has_the_switch_off():
    from communique.coder.profiles import PROFILES

    assert PROFILES["communique"].learned_arbiter and not PROFILES["petrarch2"].learned_arbiter
