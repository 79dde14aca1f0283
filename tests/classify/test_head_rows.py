"""The classifier's heads (classify/head.py) score each sentence vector by itself: its probabilities are the same
to the bit alone and among others, as its vector is (classify/encoder.py). A head made in the test: no model."""
from __future__ import annotations

import numpy

from communique.classify.head import Head


def _head(labels=31, dimensions=384):
    generator = numpy.random.default_rng(11)
    weights = generator.standard_normal((labels, dimensions)).astype(numpy.float32) * 0.2
    bias = generator.standard_normal(labels).astype(numpy.float32) * 0.1
    return Head(tuple(f"L{n}" for n in range(labels)), weights, bias)


def _vectors(rows, dimensions=384):
    raw = numpy.random.default_rng(5).standard_normal((rows, dimensions)).astype(numpy.float32)
    return raw / numpy.linalg.norm(raw, axis=1, keepdims=True)


def test_a_vectors_probabilities_are_the_same_to_the_bit_alone_and_in_any_batch():
    head, vectors = _head(), _vectors(130)
    together = head.probabilities(vectors)
    for row in (0, 1, 63, 64, 129):
        assert numpy.array_equal(head.probabilities(vectors[row:row + 1])[0], together[row]), row
    assert numpy.array_equal(head.probabilities(vectors[40:57]), together[40:57])


def test_probabilities_are_a_softmax_of_the_linear_scores():
    head, vectors = _head(labels=5, dimensions=8), _vectors(4, dimensions=8)
    logits = vectors.astype(numpy.float64) @ head.weights.T.astype(numpy.float64) + head.bias
    expected = numpy.exp(logits - logits.max(axis=1, keepdims=True))
    expected /= expected.sum(axis=1, keepdims=True)
    found = head.probabilities(vectors)
    assert numpy.allclose(found, expected, atol=1e-6)
    assert numpy.allclose(found.sum(axis=1), 1.0, atol=1e-6)
