"""The setting `encoder` (classify/encoders.py): which encoder reads the sentences, and each one's own head files."""
from __future__ import annotations

import pytest

from communique.classify.encoders import DEFAULT_ENCODER, ENCODERS, encoder_choice
from communique.errors import BadInput
from communique.settings import Settings


def test_the_default_encoder_keeps_the_plain_file_names_and_another_adds_its_name():
    assert DEFAULT_ENCODER == Settings().encoder == "minilm6"
    assert encoder_choice().student is None
    assert encoder_choice().file("classify_head.tsv") == "classify_head.tsv"
    assert encoder_choice("student3").file("classify_head.tsv") == "classify_head_student3.tsv"
    assert encoder_choice("student3").file("classify_encoder_ranges.tsv") == "classify_encoder_ranges_student3.tsv"


def test_the_setting_is_read_from_the_environment_and_an_unknown_encoder_is_refused():
    assert Settings.build(env={"COMMUNIQUE_ENCODER": "student3"}).encoder == "student3"
    with pytest.raises(BadInput, match="Unknown encoder setting"):
        Settings.build(env={"COMMUNIQUE_ENCODER": "minilm12"})
    with pytest.raises(ValueError, match="Unknown encoder"):
        encoder_choice("minilm12")
    assert set(ENCODERS) == {"minilm6", "student3"}


def test_the_student_reads_sentences_close_to_the_teacher_and_scores_them_with_its_own_heads(classifier):
    import numpy

    from communique.classify.encoder import load_encoder
    from communique.classify.scoring import load_classifier
    from communique.classify.sentence_class import class_probabilities

    sentences = ["Rebels shelled the airport overnight.", "The two leaders agreed to resume talks on the border.",
                 "Police fired tear gas at students marching on parliament."]
    student = load_encoder("student3")
    assert student.layers == 3 and student.ranges.name == "classify_encoder_ranges_student3.tsv"
    vectors = student.encode(sentences)
    assert numpy.allclose(numpy.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors * classifier.encoder.encode(sentences)).sum(axis=1).min() > 0.8  # distilled to the teacher's space
    scores = load_classifier("student3").scores_of(sentences, vectors)
    assert [s.best_acled.label for s in scores][0] != [s.best_acled.label for s in scores][1]
    assert len(class_probabilities(vectors, "student3")) == 3


def test_the_default_named_or_not_is_one_shared_encoder_and_classifier(classifier):
    from communique.classify.encoder import load_encoder
    from communique.classify.scoring import load_classifier

    assert load_classifier() is load_classifier("minilm6") is classifier
    assert load_encoder() is load_encoder("minilm6") is classifier.encoder
