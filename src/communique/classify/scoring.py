"""The classifier's API: sentences in, plain scores out.

    classifier = load_classifier()
    [scores] = classifier.score(["police arrested 12 protesters in dhaka"])
    scores.acled[0]   # LabelScore(label="ARREST", score=0.8...)
    scores.plover[0]  # LabelScore(label="COERCE", score=0.7...)

`acled` scores the ACLED-style classes of data/classify_acled_labels.tsv (CASE 2021 label names, NONE for
no event, and the non-political classes), `plover` the 16 PLOVER types; each list is sorted best first and
sums to 1. Loading the classifier loads torch and the encoder: done once per process, on first use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple

import numpy

from .encoder import Encoder, load_encoder
from .encoders import DEFAULT_ENCODER, encoder_choice
from .head import HEAD_FILE, Head, load_heads


class LabelScore(NamedTuple):
    """A label and its probability (a tuple: some forty are made per sentence read)."""
    label: str
    score: float


@dataclass(frozen=True)
class SentenceScores:
    text: str
    acled: tuple[LabelScore, ...]  # best first
    plover: tuple[LabelScore, ...]  # best first

    @property
    def best_acled(self) -> LabelScore:
        return self.acled[0]

    @property
    def best_plover(self) -> LabelScore:
        return self.plover[0]

    def acled_score(self, label: str) -> float:
        return next((s.score for s in self.acled if s.label == label), 0.0)


class Classifier:
    """The encoder and the fitted heads together."""

    def __init__(self, encoder: Encoder, heads: dict[str, Head]):
        self.encoder = encoder
        self.heads = heads

    def score(self, sentences: list[str]) -> list[SentenceScores]:
        return self.scores_of(sentences, self.encoder.encode(list(sentences)))

    def scores_of(self, sentences: list[str], vectors: numpy.ndarray) -> list[SentenceScores]:
        """The heads' scores of sentences already encoded (`vectors`, one row each, as `encoder.encode` gives)."""
        acled = self.heads["acled"].probabilities(vectors)
        plover = self.heads["plover"].probabilities(vectors)
        return [SentenceScores(text, a, p) for text, a, p in
                zip(sentences, _ranked(self.heads["acled"].labels, acled), _ranked(self.heads["plover"].labels, plover))]


def _ranked(labels: tuple[str, ...], rows: numpy.ndarray) -> list[tuple[LabelScore, ...]]:
    """Per row of probabilities, its labels best first with their scores rounded to 4 places, as Python's
    `round(score, 4)` gives them (`_rounded`). Ordered, rounded and read as Python objects for all rows at once,
    each pair made a LabelScore by `tuple.__new__` (what LabelScore's own `__new__` calls): ~40 pairs a
    sentence read, where a Python call per pair cost more than the encoder's heads (benchmarks/README.md,
    "Session 36")."""
    rows = numpy.asarray(rows)
    order = numpy.argsort(-rows, axis=1)
    names = numpy.array(labels, dtype=object)[order].tolist()
    scores = numpy.take_along_axis(_rounded(rows), order, axis=1).tolist()
    pair = partial(tuple.__new__, LabelScore)
    return [tuple(map(pair, zip(ranked, rounded))) for ranked, rounded in zip(names, scores)]


def _rounded(rows: numpy.ndarray) -> numpy.ndarray:
    """`round(x, 4)` of every x of `rows`, the same floats: x * 10000 rounded half to even, over 10000. In float64
    the product of an x in [-1, 1] is within 2e-12 of the exact one, so its nearest integer is the exact product's
    (Python rounds the exact value, half to even) unless the product is within that of a half; and an integer over
    10000 (IEEE's division, correctly rounded) is the float nearest that decimal, as `round` returns. Any x whose
    product is within 1e-9 of a half, or outside [-1, 1], or not finite, is rounded by `round` itself."""
    values = numpy.asarray(rows, dtype=numpy.float64)
    scaled = values * 10000.0
    out = numpy.rint(scaled) / 10000.0
    doubtful = ~(numpy.abs(values) <= 1.0) | (numpy.abs(numpy.abs(scaled - numpy.floor(scaled)) - 0.5) < 1e-9)
    for at in zip(*numpy.nonzero(doubtful)):
        out[at] = round(float(values[at]), 4)
    return out


def load_classifier(encoder: str = DEFAULT_ENCODER) -> Classifier:
    """The classifier over the encoder the setting `encoder` names and that encoder's event heads
    (classify/encoders.py), built on first use and shared by every caller in the process."""
    return _loaded_classifier(encoder)


@lru_cache(maxsize=None)
def _loaded_classifier(encoder: str) -> Classifier:
    return Classifier(load_encoder(encoder), load_heads(encoder_choice(encoder).path(HEAD_FILE)).heads)
