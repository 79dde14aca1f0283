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
SWEEP_FLOOR = 0.78  # the sweep's share of rows whose main class is right, switch on (reached: docs/evaluation.md)


def _sweep() -> list[tuple[str, str]]:
    lines = [line.split("\t") for line in SWEEP.read_text(encoding="utf-8").splitlines()
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
    assert load_arbiter().choice([_statement()], sure | {"verbal cooperation": 0.95, NONE: 0.05}) is None  # no adding


def test_the_arbiter_ranks_first_an_event_of_the_class_the_head_reads_over_a_bare_statement():
    sure = {c: 0.0 for c in CLASSES} | {NONE: 0.0}
    statement = _statement(confidence=0.5)
    intent = _statement(cls="verbal cooperation", confidence=0.45, unaddressed=False, root_code=False, main_verb=False)
    assert load_arbiter().choice([statement, intent], sure | {"verbal cooperation": 0.9, NONE: 0.1}) == 1



@pytest.mark.classifier
def test_the_sweep_is_read_above_its_floor(nlp, classifier):
    rows = _sweep()
    got = classifier_main_classes(rows)
    right = sum(gold == g for (gold, _), g in zip(rows, got))
    assert right / len(rows) >= SWEEP_FLOOR, [(t, g) for (gold, t), g in zip(rows, got) if gold != g]


@pytest.mark.classifier
def test_the_switch_changes_only_the_order_of_a_sentences_events_never_which_events_there_are(nlp, classifier,
                                                                                             monkeypatch):
    from fixture_tables import communique_without

    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    rows = _sweep()

    def coded():
        documents = extract_articles([Article(text=text, published="2018-03-01") for _, text in rows],
                                     Settings.build(classifier="events"))
        return [sorted((e.id, e.cameo.get("code")) for e in d.events) for d in documents]

    on = coded()
    communique_without(monkeypatch, "learned_arbiter")
    assert coded() == on  # the same events (only a confidence may differ); a sentence with none stays without


@pytest.mark.model
def test_the_petrarch2_profile_has_the_switch_off():
    from communique.coder.profiles import PROFILES

    assert PROFILES["communique"].learned_arbiter and not PROFILES["petrarch2"].learned_arbiter
