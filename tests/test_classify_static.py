"""The static encoder distilled from MiniLM (classify/trials/static.py) and the cascade before MiniLM, on small tables
made here (building the real table takes ~20 CPU-s: tools/static_encoder_trial.py measures it)."""
from __future__ import annotations

import numpy
import pytest

from communique.classify.head import Head
from communique.classify.trials.static import Cascade, StaticEncoder, reduce_table, top_two_margin

pytestmark = pytest.mark.classifier


def _table(encoder, dimensions=8, seed=0):
    size = int(encoder.weights["embeddings.word_embeddings.weight"].shape[0])
    return numpy.random.default_rng(seed).normal(size=(size, dimensions)).astype(numpy.float32)


def test_reduce_table_keeps_the_leading_axes_and_weighs_frequent_pieces_down():
    rng = numpy.random.default_rng(1)
    raw = rng.normal(size=(3000, 16)).astype(numpy.float32)
    raw[2900] = raw[1000]  # the same vector at a frequent rank and at a rare one
    table = reduce_table(raw, dimensions=4, sif=1e-2)
    assert table.shape == (3000, 4)
    assert numpy.linalg.norm(table[2900]) > numpy.linalg.norm(table[1000])
    flat = reduce_table(raw, dimensions=4, sif=1e9)  # no weighting: the two rows are the same
    assert numpy.allclose(flat[2900], flat[1000], atol=1e-4)


def test_a_sentence_is_the_normalised_mean_of_its_pieces_rows(classifier):
    encoder = classifier.encoder
    static = StaticEncoder(encoder, _table(encoder))
    sentence = "Police arrested nine protesters in Karachi"
    ids = encoder.tokenizer.encode(sentence, add_special_tokens=False).ids
    expected = static.table[ids].mean(0)
    expected /= numpy.linalg.norm(expected)
    shouted, plain, empty = static.encode([sentence.upper(), sentence, ""])
    assert numpy.allclose(plain, expected, atol=1e-6)
    assert numpy.allclose(shouted, plain, atol=1e-6)  # the tokenizer lowercases
    assert not empty.any()


def test_the_cascade_sends_only_unsure_sentences_to_minilm(classifier):
    encoder = classifier.encoder
    static = StaticEncoder(encoder, _table(encoder))
    sure, unsure = "Rebels shelled the town overnight", "The committee will meet again next week"
    labels = classifier.heads["acled"].labels
    direction = static.encode([sure])[0]
    weights = numpy.zeros((len(labels), static.dimension), dtype=numpy.float32)
    weights[0] = 40 * direction  # the static head is sure of the first sentence's class, barely of others
    static_heads = {name: Head(head.labels, weights[:len(head.labels)], numpy.zeros(len(head.labels), numpy.float32))
                    for name, head in classifier.heads.items()}
    margins = top_two_margin(static_heads["acled"].probabilities(static.encode([sure, unsure])))
    assert margins[0] > 0.9 > 0.3 > margins[1]
    cascade = Cascade(static, static_heads, encoder, classifier.heads, threshold=0.5)
    first, second = cascade.score([sure, unsure])
    assert (cascade.sent, cascade.seen) == (1, 2)
    assert first.best_acled.label == labels[0]
    [direct] = classifier.score([unsure])
    assert [s.label for s in second.acled[:3]] == [s.label for s in direct.acled[:3]]
