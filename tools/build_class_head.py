"""Fit the sentence-class head (classify/sentence_class.py) on the project's own labelled census sentences and
write data/classify_class_head.tsv; or cross-validate it, one census left out at a time.

    PYTHONPATH=src .venv/bin/python tools/build_class_head.py [--cv OUT.tsv] [--vectors CACHE.npz]

The head reads a sentence's event class: the five classes of data/eval_main_class.tsv (statement/appeal, verbal
cooperation, material cooperation, verbal conflict, material conflict) and "none" (no political event). Its
sentences are those written for communique by its helpers, read from the fixtures (never copied into data/):
- tests/fixtures/wire_census*.tsv: the class column as it is;
- tests/fixtures/plover_census*.tsv and cameo_census*.tsv: the PLOVER type mapped to its class by
  data/eval_main_class.tsv; a PLOVER census's `none` row is "none" (no event). Left out: REQUEST (PLOVER folds
  appeals, the wire censuses' statement/appeal, into it: the class cannot be told) and a CAMEO census's `none`
  (there a statement with no PLOVER type, not a sentence with no event).
Every sentence is encoded by the shipped int8 encoder (classify/encoder.py); the head is head.fit's softmax.
--cv writes, for every sentence of wire censuses 8-29 and PLOVER censuses 1-17, the probabilities of a head fitted on
all the other censuses (leave-one-census-out: the census's own rows are never in the fit; wire censuses 1-7 and the
CAMEO censuses are in every fit), on which the switch's decision rule was scored (docs/evaluation.md, "learned40").
The fit is head.fit's model and loss, with momentum (`fitted_head`). --vectors caches the sentence vectors (an .npz keyed by the sentences' SHA-256).
The encoder is the setting `encoder`'s (COMMUNIQUE_ENCODER; classify/encoders.py): its vectors, its head file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.classify.head import Head  # noqa: E402
from communique.classify.sentence_class import CLASS_HEAD_FILE, NONE, write_class_head  # noqa: E402
from communique.evaluate.main_class import class_of_plover as plover_class, classes as main_classes  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"
UNSURE_TYPES = {"REQUEST"}  # PLOVER folds appeals (statement/appeal) into REQUEST (verbal conflict)
FIT_STEPS, RATE, MOMENTUM, L2 = 300, 5.0, 0.9, 1e-4
CV_ALWAYS_FITTED = {f"wire_census{n}" for n in ("", 2, 3, 4, 5, 6, 7)}  # censuses 1-7: fitted on in every fold
NEWEST_UNREAD = {"wire_census34.tsv", "plover_census22.tsv"}  # being written while this was built: never read
# (the shipped head, data/classify_class_head.tsv, was rebuilt in session 45 on every other census, wire 32 and
# PLOVER 20 included: its provenance line names the files it was fitted on)


def census_files() -> list[Path]:
    def number(path: Path) -> int:
        found = re.search(r"(\d+)\.tsv$", path.name)
        return int(found.group(1)) if found else 1
    files = []
    for stem in ("wire_census", "plover_census", "cameo_census"):
        files += sorted((p for p in FIXTURES.glob(stem + "*.tsv") if p.name not in NEWEST_UNREAD), key=number)
    return files


def _rows(path: Path) -> list[list[str]]:
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return lines[1:]


def labelled(path: Path) -> list[tuple[str, str, bool]]:
    """(sentence, class, whether it is fitted on) of a census file, as the module docstring says."""
    out = []
    if path.name.startswith("wire_census"):
        return [(row[2], row[0], True) for row in _rows(path)]
    for row in _rows(path):
        kind, sentence = row[0], row[3]
        if kind == "none":
            out.append((sentence, NONE, path.name.startswith("plover_census")))
        else:
            out.append((sentence, plover_class(kind), kind not in UNSURE_TYPES))
    return out


def gather() -> tuple[list[str], list[str], list[str], list[bool]]:
    """Census names, sentences, classes and whether each row is fitted on, for every census row."""
    names, sentences, labels, fitted = [], [], [], []
    for path in census_files():
        for sentence, label, used in labelled(path):
            names.append(path.stem)
            sentences.append(sentence)
            labels.append(label)
            fitted.append(used)
    return names, sentences, labels, fitted


def fitted_head(vectors: numpy.ndarray, labels: list[str], classes: tuple[str, ...]) -> Head:
    """head.fit's model and loss (softmax, classes weighted by the inverse of their counts, L2 shrinkage), fitted
    in float32 with Nesterov momentum: ~40 times faster than head.fit's plain descent, for the many fits of --cv."""
    index = {label: i for i, label in enumerate(classes)}
    y = numpy.array([index[label] for label in labels])
    n, d, k = len(y), vectors.shape[1], len(classes)
    counts = numpy.bincount(y, minlength=k).astype(numpy.float32)
    sample_weight = (n / (k * numpy.maximum(counts, 1)))[y].astype(numpy.float32)
    sample_weight /= sample_weight.sum()
    onehot = numpy.zeros((n, k), dtype=numpy.float32)
    onehot[numpy.arange(n), y] = 1.0
    x = vectors.astype(numpy.float32)
    weights, bias = numpy.zeros((k, d), numpy.float32), numpy.zeros(k, numpy.float32)
    velocity_w, velocity_b = numpy.zeros_like(weights), numpy.zeros_like(bias)
    for _ in range(FIT_STEPS):
        ahead_w, ahead_b = weights + MOMENTUM * velocity_w, bias + MOMENTUM * velocity_b
        logits = x @ ahead_w.T + ahead_b
        logits -= logits.max(axis=1, keepdims=True)
        p = numpy.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - onehot) * sample_weight[:, None]
        velocity_w = MOMENTUM * velocity_w - RATE * (error.T @ x + L2 * ahead_w)
        velocity_b = MOMENTUM * velocity_b - RATE * error.sum(axis=0)
        weights, bias = weights + velocity_w, bias + velocity_b
    return Head(classes, weights, bias)


def vectors_of(sentences: list[str], cache: Path | None) -> numpy.ndarray:
    from communique.classify.encoder import load_encoder

    keys = [hashlib.sha256(s.encode()).hexdigest() for s in sentences]
    known = dict(numpy.load(cache)) if cache and cache.exists() else {}
    missing = sorted({s for s, k in zip(sentences, keys) if k not in known})
    if missing:
        for s, v in zip(missing, load_encoder(encoder_name()).encode(missing)):
            known[hashlib.sha256(s.encode()).hexdigest()] = v
        if cache:
            numpy.savez(cache, **known)
    return numpy.stack([known[k] for k in keys])


def encoder_name() -> str:
    """The setting `encoder` (COMMUNIQUE_ENCODER): the encoder whose vectors and whose class-head file are used."""
    from communique.settings import Settings

    return Settings.build().encoder


def head_classes() -> tuple[str, ...]:
    return tuple(main_classes()) + (NONE,)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=Path, help="write leave-one-census-out probabilities here; no head written")
    parser.add_argument("--vectors", type=Path, help="cache of sentence vectors (.npz)")
    parser.add_argument("--only", nargs="+", help="with --cv: only these censuses' folds (file stems)")
    args = parser.parse_args(argv)
    names, sentences, labels, fitted = gather()
    vectors = vectors_of(sentences, args.vectors)
    classes = head_classes()
    if args.cv:
        rows = ["census\tgold\tsentence_sha1\t" + "\t".join(classes)]
        for census in dict.fromkeys(names):
            if census.startswith("cameo_census") or census in CV_ALWAYS_FITTED:
                continue
            if args.only and census not in args.only:
                continue
            keep = numpy.array([n != census and f for n, f in zip(names, fitted)])
            head = fitted_head(vectors[keep], [l for l, k in zip(labels, keep) if k], classes)
            out = [i for i, n in enumerate(names) if n == census]
            probabilities = head.probabilities(vectors[out])
            for i, p in zip(out, probabilities):
                rows.append(f"{census}\t{labels[i]}\t{hashlib.sha1(sentences[i].encode()).hexdigest()}\t"
                            + "\t".join(f"{x:.4f}" for x in p))
            right = sum(classes[int(p.argmax())] == labels[i] for i, p in zip(out, probabilities))
            print(f"{census}\t{len(out)}\thead accuracy {right / len(out):.3f}", file=sys.stderr, flush=True)
        args.cv.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return 0
    keep = numpy.array(fitted)
    head = fitted_head(vectors[keep], [l for l, k in zip(labels, keep) if k], classes)
    files = list(dict.fromkeys(names))
    from communique.classify.encoders import encoder_choice

    out = encoder_choice(encoder_name()).path(CLASS_HEAD_FILE)
    write_class_head(out, head, {
        "built": dt.date.today().isoformat(), "built_by": "tools/build_class_head.py", "encoder": encoder_name(),
        "fitted_on": [f"tests/fixtures/{n}.tsv" for n in files], "sentences": int(keep.sum()),
        "left_out": "REQUEST rows; cameo_census none rows", "classes": list(classes),
        "fit": {"steps": FIT_STEPS, "rate": RATE, "momentum": MOMENTUM, "l2": L2},
        "sentences_sha256": hashlib.sha256("\n".join(s for s, k in zip(sentences, keep) if k).encode()).hexdigest()})
    print(f"wrote {out} ({int(keep.sum())} sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
