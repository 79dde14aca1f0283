"""The encoder run through its first layers only (classify/encoder.py, Encoder(layers=...)): the option measured in
benchmarks/README.md, "Session 42" (cheaper, other vectors, so every head refitted: not a setting). Six layers is
today's encoder; fewer give the pooled vectors of that layer, and no weight of a layer that never runs is kept."""
from __future__ import annotations

import numpy
import pytest

SENTENCES = ["Rebels shelled the airport overnight.", "the police lathicharged protesting farmers in the town",
             "Shares Plunge As Tech Giant Misses Targets", "The two leaders agreed to resume talks on the border."]


def test_all_six_layers_are_todays_encoder_to_the_bit(classifier):
    from communique.classify.encoder import Encoder

    assert classifier.encoder.layers == 6
    assert numpy.array_equal(Encoder(layers=6).encode(SENTENCES), classifier.encoder.encode(SENTENCES))


def test_the_first_layers_give_that_layers_pooled_vectors_and_keep_no_later_weight(classifier):
    from communique.classify.encoder import Encoder

    three = Encoder(layers=3)
    vectors = three.encode(SENTENCES)
    assert numpy.allclose(numpy.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert numpy.abs(vectors - three.pooled_by_layer(SENTENCES, (3,))[3]).max() < 1e-5
    assert numpy.abs(vectors - classifier.encoder.pooled_by_layer(SENTENCES, (3,))[3]).max() < 1e-5
    assert (vectors * classifier.encoder.encode(SENTENCES)).sum(axis=1).max() < 0.9  # other vectors: heads refitted
    assert not any(name.startswith(("encoder.layer.3.", "encoder.layer.5.")) for name in three.weights)
    assert not any(name.startswith(("encoder_layer_3_", "encoder_layer_5_")) for name in three._linears)
    with pytest.raises(ValueError, match="runs 3 layers"):
        three.pooled_by_layer(SENTENCES, (4,))


@pytest.mark.parametrize("layers", [0, 7])
def test_a_number_of_layers_the_network_lacks_is_refused(classifier, layers):
    from communique.classify.encoder import Encoder

    with pytest.raises(ValueError, match="has 6 layers"):
        Encoder(layers=layers)


def _student_file(path, teacher_layers):
    """A student file (tools/distil_encoder.py's layout) holding the package's own layers `teacher_layers`, renumbered."""
    from safetensors.torch import load_file, save_file

    from communique.classify.encoder import model_dir

    weights = load_file(str(model_dir() / "model.safetensors"))
    state = {}
    for new, old in enumerate(teacher_layers):
        prefix = f"encoder.layer.{old}."
        state.update({f"encoder.layer.{new}." + k[len(prefix):]: v.contiguous()
                      for k, v in weights.items() if k.startswith(prefix)})
    save_file(state, str(path))
    return path


def test_a_student_runs_its_own_layers_over_the_packages_embeddings(classifier, tmp_path):
    from communique.classify.encoder import Encoder

    first_three = Encoder(student=_student_file(tmp_path / "s.safetensors", [0, 1, 2]), quantised=False)
    assert first_three.layers == 3
    assert numpy.abs(first_three.encode(SENTENCES) - Encoder(layers=3, quantised=False).encode(SENTENCES)).max() < 1e-6
    skipping = Encoder(student=_student_file(tmp_path / "t.safetensors", [0, 3, 5]), quantised=False)
    assert skipping.layers == 3
    assert numpy.abs(skipping.encode(SENTENCES) - first_three.encode(SENTENCES)).max() > 1e-3
