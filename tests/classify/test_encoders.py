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
