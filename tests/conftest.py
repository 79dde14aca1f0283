"""Shared fixtures: one spaCy model per test session; the real sample article where present.

The model is the one the setting `model` chooses: its default, or COMMUNIQUE_MODEL
(`COMMUNIQUE_MODEL=md pytest ...` runs the model tests with the medium model)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = SHARED / "samples"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def model_settings():
    """Default settings but for `model`, taken from COMMUNIQUE_MODEL where set (no other variable leaks in)."""
    from communique.settings import Settings

    return Settings.build(env={k: v for k, v in os.environ.items() if k == "COMMUNIQUE_MODEL"})


@pytest.fixture(scope="session")
def nlp(model_settings):
    from communique.nlp import load_model

    return load_model(model_settings.model)


@pytest.fixture(scope="session")
def sample_article_text() -> str:
    files = sorted(SAMPLES.glob("000_*.txt")) if SAMPLES.is_dir() else []
    if not files:
        pytest.skip("../shared/samples is not present on this machine; the real-article checks need it")
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def classifier():
    """The learned event classifier (torch and the MiniLM encoder), loaded once per test session."""
    from communique.classify.scoring import load_classifier

    return load_classifier()
