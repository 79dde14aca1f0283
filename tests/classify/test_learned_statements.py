"""The switch `learned_statements` (classify/learned_events.py): where the coder coded nothing in a sentence naming
an actor, the sentence-class head's sure reading of a statement (and its little weight on "none") makes a statement,
010, addressed to no one. Sentences written for these tests (tests/fixtures/learned_statements_sweep.tsv: labelled
before anything was run): statements told as facts or results by a source, and controls (markets, sport, weather,
company figures) that must stay without a political event."""
from __future__ import annotations

from pathlib import Path

import pytest
from fixture_tables import classifier_main_classes

from communique.classify.learned_events import STATEMENT, STATEMENTS, decide
from communique.classify.sentence_class import NONE
from communique.evaluate.main_class import NO_EVENT, classes

SWEEP = Path(__file__).resolve().parents[1] / "fixtures" / "learned_statements_sweep.tsv"
SWEEP_FLOOR = 0.70  # the sweep reaches 29/40 (0.725) with the switch on (docs/evaluation.md, "learnfix45")


def _sweep() -> list[tuple[str, str]]:
    lines = [line.split("\t") for line in SWEEP.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == ["class", "sentence"]
    return [(row[0], row[1]) for row in lines[1:]]


def test_a_statement_is_made_only_where_the_head_is_sure_of_it_and_gives_none_little_weight():
    least, none_below = STATEMENTS
    nothing = {c: 0.0 for c in classes()} | {NONE: 0.0}
    sure = nothing | {STATEMENT: max(least, 0.55), NONE: none_below / 2}
    sure["verbal conflict"] = 1 - sure[STATEMENT] - sure[NONE]
    assert decide(sure, statements=STATEMENTS) == (STATEMENT, sure[STATEMENT])
    assert decide(sure) is None  # the switch off: a statement is the coder's call
    assert decide(sure | {STATEMENT: least - 0.01}, statements=STATEMENTS) is None
    if none_below <= 1 - least:  # a "none" at the cap keeps it out
        assert decide(sure | {STATEMENT: least, NONE: none_below}, statements=STATEMENTS) is None


def _right(gold: str, got: str) -> bool:
    return got == (NO_EVENT if gold == NONE else gold)


@pytest.mark.classifier
def test_the_sweep_is_read_above_its_floor_and_the_switch_adds_only_statements_where_there_was_no_event(
        nlp, classifier, monkeypatch):
    rows = _sweep()
    on = classifier_main_classes(rows)
    right = sum(_right(gold, g) for (gold, _), g in zip(rows, on))
    assert right / len(rows) >= SWEEP_FLOOR, [(t, g) for (gold, t), g in zip(rows, on) if not _right(gold, g)]
    off = classifier_main_classes(rows, monkeypatch, without="learned_statements")
    changed = [(a, b) for a, b in zip(off, on) if a != b]
    assert all(a == NO_EVENT and b == STATEMENT for a, b in changed)


@pytest.mark.model
def test_the_petrarch2_profile_has_the_switch_off():
    from communique.coder.profiles import PROFILES

    assert PROFILES["communique"].learned_statements and not PROFILES["petrarch2"].learned_statements
