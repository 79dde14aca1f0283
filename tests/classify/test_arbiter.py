"""The switch `learned_arbiter` (classify/arbiter.py): in a sentence where the coder made events, a logistic model
over the sentence-class head's probabilities and the events' facts says which class is the main one. Sentences
written for these tests (tests/fixtures/learned_arbiter_sweep.tsv: labelled before anything was run)."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.classify.arbiter import CLASSES, FEATURES, EventFacts, candidates, load_arbiter
from communique.classify.sentence_class import NONE
from communique.evaluate.main_class import classes

SWEEP = Path(__file__).resolve().parents[1] / "fixtures" / "learned_arbiter_sweep.tsv"
SWEEP_FLOOR = 0.75  # the sweep's share of rows whose main class is right, switch on (reached: docs/evaluation.md)


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


def test_the_arbiter_leaves_a_sentence_alone_where_the_head_agrees_with_its_main_event():
    sure = {c: 0.0 for c in CLASSES} | {NONE: 0.0}
    act = _statement(cls="verbal conflict", confidence=0.8, unaddressed=False, has_target=True, root_code=False)
    assert load_arbiter().choice([act], sure | {"verbal conflict": 0.9, NONE: 0.1}) is None


def _main_classes(rows, monkeypatch=None, off: bool = False) -> list[str]:
    from fixture_tables import communique_without

    from communique.evaluate.main_class import NO_EVENT, event_class, main_event
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    if off:
        communique_without(monkeypatch, "learned_arbiter")
    documents = extract_articles([Article(text=text, published="2018-03-01") for _, text in rows],
                                 Settings.build(classifier="events"))
    out = []
    for document in documents:
        chosen = main_event(document.events)
        out.append(event_class(chosen) if chosen else NO_EVENT)
    return out


@pytest.mark.classifier
def test_the_sweep_is_read_above_its_floor(nlp, classifier):
    rows = _sweep()
    got = _main_classes(rows)
    right = sum(gold == g for (gold, _), g in zip(rows, got))
    assert right / len(rows) >= SWEEP_FLOOR, [(t, g) for (gold, t), g in zip(rows, got) if gold != g]


@pytest.mark.classifier
def test_with_the_switch_off_only_sentences_with_events_change_and_none_loses_its_events(nlp, classifier,
                                                                                          monkeypatch):
    from communique.evaluate.main_class import NO_EVENT

    rows = _sweep()
    on, off = _main_classes(rows), _main_classes(rows, monkeypatch, off=True)
    changed = [(gold, a, b) for (gold, _), a, b in zip(rows, off, on) if a != b]
    assert changed  # the arbiter changes the main class of some sentence
    assert all(a != NO_EVENT and b != NO_EVENT for _, a, b in changed)  # only where the coder made events


@pytest.mark.model
def test_the_petrarch2_profile_has_the_switch_off():
    from communique.coder.profiles import PROFILES

    assert PROFILES["communique"].learned_arbiter and not PROFILES["petrarch2"].learned_arbiter
