"""The sentence encoders the setting `encoder` chooses from, and the data files each one's heads live in.

`minilm6` is the packaged all-MiniLM-L6-v2, all six layers (classify/encoder.py). `student3` is a student of three
layers distilled from it by tools/distil_encoder.py: the package's own embeddings (read from the package, not
copied) under the student's three layers (data/classify_student3.safetensors). The two give vectors in different
spaces, so every head that reads them is fitted per encoder (tools/build_heads.sh ENCODER): the int8 input ranges, the
event heads, the sentence-class head and the arbiter each have one file per encoder, the default's under the plain
name and another's with the encoder's name added: student3's are classify_encoder_ranges_student3.tsv,
classify_head_student3.tsv, classify_class_head_student3.tsv and classify_arbiter_student3.tsv, each with a header
line naming this module (`marked`, which tools/build_heads.sh runs last:
`python -m communique.classify.encoders student3`).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

from ..data_files import data_path

DEFAULT_ENCODER = "minilm6"
PER_ENCODER_FILES = ("classify_encoder_ranges.tsv", "classify_head.tsv", "classify_class_head.tsv",
                     "classify_arbiter.tsv")  # the files every encoder has its own copy of
MARK = "# This copy is the encoder {}'s (the setting `encoder`), read through classify/encoders.py's choice of files."


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


def marked(name: str) -> list[str]:
    """Give each per-encoder file of the encoder `name` (not the default's) the header line MARK after its first line,
    where it lacks it; the files marked."""
    choice = encoder_choice(name)
    out = []
    if choice.name == DEFAULT_ENCODER:
        return out
    for base in PER_ENCODER_FILES:
        path = choice.path(base)
        lines = path.read_text(encoding="utf-8").split("\n")
        mark = MARK.format(choice.name)
        if mark not in lines:
            path.write_text("\n".join(lines[:1] + [mark] + lines[1:]), encoding="utf-8")
            out.append(path.name)
    return out


if __name__ == "__main__":
    print("marked: " + (", ".join(marked(sys.argv[1])) or "none"))
