"""The sentence encoders the setting `encoder` chooses from, and the data files each one's heads live in.

`minilm6` is the packaged all-MiniLM-L6-v2, all six layers (classify/encoder.py). `student3` is a student of three
layers distilled from it by tools/distil_encoder.py: the package's own embeddings (read from the package, not
copied) under the student's three layers (data/classify_student3.safetensors). The two give vectors in different
spaces, so every head that reads them is fitted per encoder (tools/build_heads.sh ENCODER): the int8 input ranges, the
event heads, the sentence-class head and the arbiter each have one file per encoder, the default's under the plain
name and another's with the encoder's name added (classify_head.tsv, classify_head_student3.tsv).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..data_files import data_path

DEFAULT_ENCODER = "minilm6"


@dataclass(frozen=True)
class EncoderChoice:
    name: str
    student: str | None  # the data file of a distilled student's layers; None: the package's own six layers

    def file(self, base: str) -> str:
        """The name of this encoder's copy of the per-encoder data file `base` (classify_head.tsv ->
        classify_head_student3.tsv; the default encoder's is `base` itself)."""
        if self.name == DEFAULT_ENCODER:
            return base
        stem, dot, suffix = base.rpartition(".")
        return f"{stem}_{self.name}{dot}{suffix}"

    def path(self, base: str):
        return data_path(self.file(base))


ENCODERS = {
    "minilm6": EncoderChoice("minilm6", None),
    "student3": EncoderChoice("student3", "classify_student3.safetensors"),
}


def encoder_choice(name: str = DEFAULT_ENCODER) -> EncoderChoice:
    try:
        return ENCODERS[name]
    except KeyError:
        raise ValueError(f"Unknown encoder {name!r}; use one of {', '.join(ENCODERS)}.") from None
