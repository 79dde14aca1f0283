"""The cheaper encoders tried for issue 11's cost (classify/trials/distil.py): the layer-by-layer pooling they read,
the ridge map and its file, and token dropping. None is used by the pipeline (benchmarks/README.md, seventh
round, says why); these tests keep the trial rerunnable (tools/build_distil_map.py)."""
from __future__ import annotations

import numpy
import pytest

from communique.classify.trials.distil import (DistilledEncoder, LinearMap, TokenDropEncoder, fit_map, read_map,
                                        write_map)
from communique.errors import DataFileError

SENTENCES = ["Police arrested nine protesters outside the parliament in Karachi on Monday.",
             "The two foreign ministers met in Geneva to discuss a ceasefire.",
             "Floods swept away dozens of homes in the delta after a week of rain."]


def test_ridge_recovers_an_affine_map_and_shrinks_with_its_penalty():
    rng = numpy.random.default_rng(3)
    inputs = rng.normal(size=(400, 8))
    true_weights, true_bias = rng.normal(size=(8, 5)), rng.normal(size=5)
    targets = inputs @ true_weights + true_bias
    linear = fit_map(inputs, targets, l2=0.0, layers=3)
    assert numpy.allclose(linear.weights, true_weights, atol=1e-3) and numpy.allclose(linear.bias, true_bias, atol=1e-3)
    mapped = linear.apply(inputs[:4].astype(numpy.float32))
    expected = targets[:4] / numpy.linalg.norm(targets[:4], axis=1, keepdims=True)
    assert numpy.allclose(mapped, expected, atol=1e-4)  # the map's output is a unit vector
    shrunk = fit_map(inputs, targets, l2=10.0, layers=3)
    assert numpy.linalg.norm(shrunk.weights) < 0.5 * numpy.linalg.norm(linear.weights)


def test_the_map_file_round_trips_with_its_dimensions_and_layers(tmp_path):
    rng = numpy.random.default_rng(4)
    linear = LinearMap(3, rng.normal(size=(6, 6)).astype(numpy.float32), rng.normal(size=6).astype(numpy.float32))
    path = tmp_path / "map.tsv"
    write_map(path, linear, {"l2": 1e-5, "built_by": "test"})
    read = read_map(path)
    assert read.layers == 3 and read.weights.shape == (6, 6) and read.bias.shape == (6,)
    assert numpy.allclose(read.weights, linear.weights, rtol=1e-5) and read.provenance["l2"] == 1e-5
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if not line.startswith("4\t")) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="out of order"):
        read_map(path)


@pytest.mark.classifier
def test_each_layers_pooled_vector_is_read_in_one_pass_and_the_last_is_the_encoders(classifier):
    encoder = classifier.encoder
    by_layer = encoder.pooled_by_layer(SENTENCES, (3, 6))
    assert numpy.allclose(by_layer[6], encoder.encode(SENTENCES), atol=1e-6)
    assert numpy.allclose(numpy.linalg.norm(by_layer[3], axis=1), 1.0, atol=1e-5)
    # the third layer's vectors are not the last one's: the map has something to learn
    assert float((by_layer[3] * by_layer[6]).sum(1).mean()) < 0.9


@pytest.mark.classifier
def test_a_distilled_encoder_reads_the_cut_layers_through_the_map(classifier):
    encoder = classifier.encoder
    identity = LinearMap(3, numpy.eye(encoder.dimension, dtype=numpy.float32),
                         numpy.zeros(encoder.dimension, dtype=numpy.float32))
    distilled = DistilledEncoder(encoder, identity)
    assert numpy.allclose(distilled.encode(SENTENCES), encoder.pooled_by_layer(SENTENCES, (3,))[3], atol=1e-6)
    wrong = LinearMap(3, numpy.eye(5, dtype=numpy.float32), numpy.zeros(5, dtype=numpy.float32))
    with pytest.raises(DataFileError):
        DistilledEncoder(encoder, wrong)


@pytest.mark.classifier
def test_token_dropping_drops_function_pieces_only_and_nothing_dropped_is_the_full_encoder(classifier):
    encoder = classifier.encoder
    nothing_dropped = TokenDropEncoder(encoder, after=2, drop=frozenset())
    nothing_dropped.keep[:] = True  # every piece goes on, [SEP] and punctuation included: the full network
    assert numpy.allclose(nothing_dropped.encode(SENTENCES), encoder.encode(SENTENCES), atol=1e-5)
    dropping = TokenDropEncoder(encoder, after=2)
    vocab = encoder.tokenizer.get_vocab()
    assert dropping.keep[vocab["[CLS]"]] and dropping.keep[vocab["arrested"]] and dropping.keep[vocab["karachi"]]
    assert not any(dropping.keep[vocab[p]] for p in ("the", "in", "on", ".", ",", "[SEP]"))
    vectors = dropping.encode(SENTENCES)
    assert 0 < dropping.kept < dropping.seen
    cosine = (vectors * encoder.encode(SENTENCES)).sum(1)
    assert (cosine > 0.8).all(), cosine  # the same sentences, read with fewer pieces in the last layers
