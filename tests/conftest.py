"""Shared fixtures: one spaCy model per test session; the real sample article where present."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = SHARED / "samples"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def nlp():
    from communique.nlp import load_model

    return load_model()


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
