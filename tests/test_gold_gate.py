"""The gold gate: the dev-set figures may not fall below the pins in tests/gold_pins.json.

Runs the whole evaluation on each dev set in ../shared/eval (skipped cleanly where it is absent).
Raise the pins when accuracy improves: `python tools/update_eval_docs.py --pins` writes the
measured figures there.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
PINS = Path(__file__).with_name("gold_pins.json")

pytestmark = pytest.mark.gold


def _pins() -> dict:
    return json.loads(PINS.read_text(encoding="utf-8"))


def _pinned() -> list[tuple[str, str]]:
    """(profile, gold file) for every pinned figure set; the pins are kept per profile."""
    return sorted((profile, name) for profile, files in _pins().items() if isinstance(files, dict)
                  for name in files)


@pytest.mark.parametrize("profile,gold_file", _pinned())
def test_dev_set_figures_hold_their_pins(profile, gold_file, nlp):
    path = EVAL / gold_file
    if not path.is_file():
        pytest.skip(f"{path} is not present on this machine; the gold gate needs ../shared/eval")
    from communique.evaluate.runner import evaluate_file
    from communique.settings import Settings

    pins, tolerance = _pins()[profile][gold_file], _pins()["tolerance"]
    evaluation = evaluate_file(path, settings=Settings.build(env={}, profile=profile))
    failures = [f"{name} = {evaluation.figure(name):.4f} fell below its pin {floor}"
                for name, floor in pins.get("floors", {}).items() if evaluation.figure(name) < floor - tolerance]
    failures += [f"{name} = {evaluation.figure(name):.4f} rose above its pin {ceiling}"
                 for name, ceiling in pins.get("ceilings", {}).items()
                 if evaluation.figure(name) > ceiling + tolerance]
    assert not failures, f"{gold_file} ({profile}): " + "; ".join(failures)


def test_both_profiles_are_pinned():
    assert {p for p, _ in _pinned()} == {"communique", "petrarch2"}
