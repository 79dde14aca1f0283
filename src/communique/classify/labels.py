"""The classifier's classes and their descriptions, and its training sentences: all data files.

`data/classify_acled_labels.tsv` holds the ACLED-style classes (CASE 2021 label names, plus NONE for
no event), `data/classify_plover_labels.tsv` the 16 PLOVER types, `data/classify_training.tsv` the
sentences the head is fitted on. Each file's header says where its content comes from.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..data_files import data_path, tsv_rows
from ..errors import DataFileError

ACLED_LABELS_FILE = "classify_acled_labels.tsv"
PLOVER_LABELS_FILE = "classify_plover_labels.tsv"
TRAINING_FILE = "classify_training.tsv"
NO_EVENT = "NONE"
NO_PLOVER = "none"  # a training sentence's PLOVER column: no PLOVER event
OWN_PLOVER = "-"  # a training sentence's PLOVER column: its class's own type


@dataclass(frozen=True)
class AcledClass:
    label: str
    event_type: str | None  # None for NONE and the non-political classes
    sub_event_type: str | None
    extension: bool  # sub_event_type is a communique extension, ACLED's "Strategic developments / Other"
    plover: str | None
    cameo: str | None  # the code of an event the classifier makes; None: it makes none
    description: str

    @property
    def political(self) -> bool:
        """Whether ACLED codes it as a political event (its 'Other' is not counted as one)."""
        return self.event_type is not None and not (self.sub_event_type == "Other" and not self.extension)

    def acled(self) -> dict[str, str] | None:
        """The event's `acled` object this class gives, as data/acled_mapping.tsv writes it."""
        if self.event_type is None or self.sub_event_type is None:
            return None
        if self.extension:
            return {"event_type": self.event_type, "sub_event_type": "Other", "communique_type": self.sub_event_type}
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type}


@dataclass(frozen=True)
class PloverClass:
    type: str
    description: str


@dataclass(frozen=True)
class TrainingSentence:
    label: str
    plover: str | None  # None: no PLOVER event
    text: str
    line: int


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


@lru_cache(maxsize=1)
def acled_classes() -> tuple[AcledClass, ...]:
    path = data_path(ACLED_LABELS_FILE)
    rows = tsv_rows(path, "the classifier's ACLED classes", 7, header=True)  # the first row names the columns
    classes = []
    for _, fields in rows:
        label, event_type, sub_type, extension, plover, cameo, description = (f.strip() for f in fields)
        classes.append(AcledClass(label, _dash(event_type), _dash(sub_type), extension == "yes", _dash(plover),
                                  _dash(cameo), description))
    return tuple(classes)


@lru_cache(maxsize=1)
def plover_classes() -> tuple[PloverClass, ...]:
    path = data_path(PLOVER_LABELS_FILE)
    rows = tsv_rows(path, "the classifier's PLOVER classes", 2, header=True)
    classes = []
    for _, fields in rows:
        classes.append(PloverClass(fields[0].strip(), fields[1].strip()))
    return tuple(classes)


def acled_class(label: str) -> AcledClass:
    return _acled_classes_by_label()[label]


@lru_cache(maxsize=1)
def _acled_classes_by_label() -> dict[str, AcledClass]:
    return {c.label: c for c in acled_classes()}


def training_sentences(path: Path | None = None) -> list[TrainingSentence]:
    """The training sentences, each with its ACLED-style class and PLOVER type (the class's own where '-')."""
    path = path or data_path(TRAINING_FILE)
    labels = {c.label: c for c in acled_classes()}
    types = {c.type for c in plover_classes()}
    sentences = []
    for number, fields in tsv_rows(path, "the classifier's training sentences", 3, header=True):
        label, plover, text = (f.strip() for f in fields)
        if label not in labels:
            raise DataFileError(f"{path} line {number}: unknown class {label!r}.")
        plover_type = labels[label].plover if plover == OWN_PLOVER else (None if plover == NO_PLOVER else plover)
        if plover_type is not None and plover_type not in types:
            raise DataFileError(f"{path} line {number}: unknown PLOVER type {plover!r}.")
        sentences.append(TrainingSentence(label, plover_type, text, number))
    return sentences
