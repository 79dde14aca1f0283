"""The switch `learned_classes` (classify/learned_events.py): where the coder coded nothing in a sentence naming an
actor, or only a bare statement, the sentence-class head's confident class makes an event. Sentences written for
these tests (tests/fixtures/learned_classes_sweep.tsv: labelled before anything was run)."""
from __future__ import annotations

from pathlib import Path

import pytest
from fixture_tables import classifier_main_classes

from communique.classify.learned_events import NEW_EVENT, class_defaults, decide
from communique.classify.sentence_class import NONE, load_class_head
from communique.codes import event_code
from communique.evaluate.main_class import classes

SWEEP = Path(__file__).resolve().parents[1] / "fixtures" / "learned_classes_sweep.tsv"
SWEEP_FLOOR = 0.80  # the sweep's share of rows whose main class (or no event) is right, switch on (reached: docs/evaluation.md)


def _sweep() -> list[tuple[str, str]]:
    lines = [line.split("\t") for line in SWEEP.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == ["class", "sentence"]
    return [(row[0], row[1]) for row in lines[1:]]


def test_the_head_reads_the_five_classes_and_none_and_each_class_has_a_root_code():
    assert set(load_class_head().labels) == set(classes()) | {NONE}
    defaults = class_defaults()
    assert set(defaults) == set(classes())
    assert all(len(code) == 3 and code.endswith("0") and event_code(code) for code in defaults.values())


def test_the_head_acts_only_where_confident_and_never_for_none_a_statement_or_verbal_cooperation():
    sure = {c: 0.0 for c in classes()} | {NONE: 0.0}
    assert decide(sure | {"verbal conflict": 0.9, NONE: 0.1}) == ("verbal conflict", 0.9)
    rest = (1 - NEW_EVENT + 0.05) / 5
    assert decide({c: rest for c in sure} | {"verbal conflict": NEW_EVENT - 0.05}) is None
    assert decide(sure | {NONE: 0.9, "material conflict": 0.1}) is None
    assert decide(sure | {"statement/appeal": 0.95, NONE: 0.05}) is None  # a statement is the coder's call
    assert decide(sure | {"verbal cooperation": 0.95, NONE: 0.05}) is None  # cooperation read by topic is not an act



def _right(gold: str, got: str) -> bool:
    from communique.evaluate.main_class import NO_EVENT

    return got == (NO_EVENT if gold == NONE else gold)


@pytest.mark.classifier
def test_the_sweep_is_read_above_its_floor(nlp, classifier):
    rows = _sweep()
    got = classifier_main_classes(rows)
    right = sum(_right(gold, g) for (gold, _), g in zip(rows, got))
    assert right / len(rows) >= SWEEP_FLOOR, [(t, g) for (gold, t), g in zip(rows, got) if not _right(gold, g)]


@pytest.mark.classifier
def test_with_the_switch_off_the_sentences_the_coder_is_silent_on_stay_without_an_event(nlp, classifier, monkeypatch):
    rows = _sweep()
    on, off = classifier_main_classes(rows), classifier_main_classes(rows, monkeypatch, without="learned_classes")
    changed = [(gold, a, b) for (gold, _), a, b in zip(rows, off, on) if a != b]
    assert changed  # the switch makes events where the coder had none
    from communique.evaluate.main_class import NO_EVENT
    assert all(a == NO_EVENT for _, a, _ in changed)  # and changes nothing else
    assert all(gold != NONE for gold, _, _ in changed)  # the controls (no political event) are left as they were


@pytest.mark.model
def test_the_petrarch2_profile_has_the_switch_off():
    from communique.coder.profiles import PROFILES

    assert PROFILES["communique"].learned_classes and not PROFILES["petrarch2"].learned_classes
