"""A static sentence encoder distilled from the packaged MiniLM, and a cascade that sends MiniLM only the
sentences the static head is unsure of (issue 11's cost bar; a trial: see benchmarks/README.md).

The method is model2vec's (published; implemented here, nothing downloaded): every word piece of MiniLM's
vocabulary is encoded alone (`[CLS] piece [SEP]`) through our own `Encoder`, the mean of its three output
rows is the piece's vector; the table is centred, reduced by PCA to `DIMENSIONS` and each row weighted by a
Zipf prior on its rank in the vocabulary (SIF: a / (a + p(rank)), the BERT vocabulary being ordered roughly
by frequency). A sentence's vector is then the mean of its pieces' rows, L2-normalised: a tokenizer call
and a lookup. The table is built from the package's weights when first asked for (~17 CPU-s on the 2-core
machine, once per process) and kept in memory.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy

from ..encoder import Encoder, load_encoder
from ..head import Head
from ..scoring import SentenceScores, _ranked

DIMENSIONS = 256
SIF = 1e-4  # model2vec's default SIF coefficient
RESERVED = 999  # [PAD] and the [unused*] pieces lead the vocabulary: left out of the PCA fit
TABLE_BATCH = 1024


def build_table(encoder: Encoder, dimensions: int = DIMENSIONS, sif: float = SIF) -> numpy.ndarray:
    """(vocabulary, dimensions) float32: each word piece encoded alone, centred, PCA-reduced, SIF-weighted."""
    torch = encoder._torch
    size = int(encoder.weights["embeddings.word_embeddings.weight"].shape[0])
    vocab = encoder.tokenizer.get_vocab()
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    raw = numpy.zeros((size, encoder.dimension), dtype=numpy.float32)
    with torch.inference_mode():
        for begin in range(0, size, TABLE_BATCH):
            ids = torch.arange(begin, min(size, begin + TABLE_BATCH))
            x = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], 1)
            raw[begin:begin + len(ids)] = encoder._forward(x, torch.ones(x.shape)).mean(1).numpy()
    return reduce_table(raw, dimensions, sif)


def reduce_table(raw: numpy.ndarray, dimensions: int = DIMENSIONS, sif: float = SIF) -> numpy.ndarray:
    centred = raw - raw[RESERVED:].mean(0)
    _, _, axes = numpy.linalg.svd(centred[RESERVED:], full_matrices=False)
    reduced = centred @ axes[:dimensions].T
    inverse_rank = 1.0 / numpy.arange(2, len(raw) + 2)
    weight = sif / (sif + inverse_rank / inverse_rank.sum())
    return (reduced * weight[:, None]).astype(numpy.float32)


class StaticEncoder:
    """Sentences in, unit vectors out, from a table of word-piece vectors (same interface as `Encoder`)."""

    def __init__(self, encoder: Encoder, table: numpy.ndarray | None = None):
        self.tokenizer = encoder.tokenizer
        self.table = build_table(encoder) if table is None else table
        self.dimension = int(self.table.shape[1])

    def encode(self, sentences: list[str], batch_size: int = 0) -> numpy.ndarray:
        out = numpy.zeros((len(sentences), self.dimension), dtype=numpy.float32)
        if not sentences:
            return out
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(sentences), add_special_tokens=False)):
            if encoding.ids:
                vector = self.table[encoding.ids].mean(0)
                out[row] = vector / (numpy.linalg.norm(vector) or 1.0)
        return out


@lru_cache(maxsize=1)
def load_static_encoder() -> StaticEncoder:
    """The static encoder, its table built from the MiniLM package on first use, shared in the process."""
    return StaticEncoder(load_encoder())


def top_two_margin(probabilities: numpy.ndarray) -> numpy.ndarray:
    """Per row, the best class's probability less the second's."""
    ordered = numpy.sort(probabilities, axis=1)
    return ordered[:, -1] - ordered[:, -2]


@dataclass
class Cascade:
    """The static heads first; a sentence whose static ACLED margin is below `threshold` is encoded by MiniLM
    and scored by the MiniLM heads. `sent` / `seen` count sentences, to report the share MiniLM read."""
    static: StaticEncoder
    static_heads: dict[str, Head]
    encoder: Encoder | None
    heads: dict[str, Head]
    threshold: float
    sent: int = 0
    seen: int = 0

    def vectors_and_heads(self, sentences: list[str]) -> dict[str, numpy.ndarray]:
        """Per scheme, each sentence's probabilities (rows in order)."""
        vectors = self.static.encode(sentences)
        out = {name: head.probabilities(vectors) for name, head in self.static_heads.items()}
        unsure = numpy.flatnonzero(top_two_margin(out["acled"]) < self.threshold) if self.encoder else []
        self.seen += len(sentences)
        self.sent += len(unsure)
        if len(unsure):
            dense = self.encoder.encode([sentences[i] for i in unsure])
            for name, head in self.heads.items():
                out[name][unsure] = head.probabilities(dense)
        return out

    def score(self, sentences: list[str]) -> list[SentenceScores]:
        """As `Classifier.score`: one SentenceScores per sentence."""
        probabilities = self.vectors_and_heads(list(sentences))
        return [SentenceScores(text, a, p) for text, a, p in
                zip(sentences, _ranked(self.static_heads["acled"].labels, probabilities["acled"]),
                    _ranked(self.static_heads["plover"].labels, probabilities["plover"]))]
