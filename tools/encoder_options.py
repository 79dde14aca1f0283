"""Measure the sentence encoder's cheaper options on this machine: CPU per sentence and the vectors' cosine to today's.

    PYTHONPATH=src .venv/bin/python tools/encoder_options.py [--sentences FILE] [--rounds 3] [--options fp32-6 int8-3]

The sentences are those the benchmark's end-to-end pass encodes (benchmarks/throughput.py's corpus, one copy,
through the pipeline with the classifier on; the sentences are caught where the encoder worker receives them), or
one a line of FILE. Each option (`PRECISION-LAYERS`: int8 or fp32, the first 1-6 layers; `-tN` adds a cut at N word
pieces) encodes them all in one thread, the options alternated round after round (a shared machine's speed drifts
from minute to minute); printed: the median thread CPU per sentence, its share of today's (int8, six layers), and
the mean and least cosine of each sentence's vector to today's. How many sentences pass 48 and 64 word pieces is
printed too. Measures only: nothing is written. benchmarks/README.md, "Session 42: speed42".
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from communique.classify.encoder import MAX_TOKENS, Encoder  # noqa: E402

TODAY = "int8-6"
OPTIONS = ("int8-6", "fp32-6", "int8-4", "int8-3", "int8-2")


def bench_sentences() -> list[str]:
    """The sentences the benchmark's end to end encodes (one copy of its corpus, the default settings)."""
    from throughput import build_corpus

    from communique.classify import overlap
    from communique.pipeline import extract_articles
    from communique.records import Article

    caught: list[str] = []
    encoded = overlap._encoded

    def catching(encoder, sentences, helpers):
        caught.extend(sentences)
        return encoded(encoder, sentences, helpers)

    overlap._encoded = catching
    try:
        for _ in extract_articles([Article(text=a["text"], published=a["published"]) for a in build_corpus()]):
            pass
    finally:
        overlap._encoded = encoded
    return caught


def encoder_of(option: str) -> Encoder:
    found = re.fullmatch(r"(int8|fp32)-([1-6])(?:-t(\d+))?", option)
    if not found:
        raise SystemExit(f"encoder_options: {option!r} is not PRECISION-LAYERS[-tN] (int8-6, fp32-3, int8-6-t48)")
    encoder = Encoder(quantised=found.group(1) == "int8", layers=int(found.group(2)))
    if found.group(3):
        encoder.tokenizer.enable_truncation(int(found.group(3)))
    return encoder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=Path, help="one sentence a line (default: the benchmark's own)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--options", nargs="+", default=list(OPTIONS))
    args = parser.parse_args(argv)
    sentences = (args.sentences.read_text(encoding="utf-8").splitlines() if args.sentences else bench_sentences())
    sentences = [s for s in sentences if s.strip()]
    options = [TODAY] + [o for o in args.options if o != TODAY]
    encoders = {option: encoder_of(option) for option in options}
    encoders[TODAY].tokenizer.no_truncation()
    pieces = numpy.array([len(e.ids) for e in encoders[TODAY].tokenizer.encode_batch(sentences)])
    encoders[TODAY].tokenizer.enable_truncation(MAX_TOKENS)
    cut = numpy.clip(pieces - MAX_TOKENS, 0, None).sum()
    print(f"{len(sentences)} sentences, {pieces.mean():.1f} word pieces each on average; over 48: "
          f"{(pieces > 48).sum()}, over 64: {(pieces > 64).sum()} (the cut at {MAX_TOKENS} drops {cut} of "
          f"{pieces.sum()})")
    seconds: dict[str, list[float]] = {option: [] for option in options}
    vectors = {}
    for round_ in range(args.rounds):
        for option, encoder in encoders.items():
            start = time.thread_time()
            vectors[option] = encoder.encode(sentences)
            seconds[option].append(time.thread_time() - start)
        print(f"round {round_ + 1}: " + ", ".join(f"{o} {s[-1]:.2f} s" for o, s in seconds.items())
              + f" (1-minute load {os.getloadavg()[0]:.1f})", flush=True)
    today = numpy.median(seconds[TODAY])
    for option in options:
        cosine = (vectors[option] * vectors[TODAY]).sum(axis=1)
        cost = numpy.median(seconds[option])
        print(f"{option:12s} {1000 * cost / len(sentences):6.2f} ms CPU a sentence ({cost / today:.2f} of {TODAY}); "
              f"cosine to {TODAY}: mean {cosine.mean():.4f}, least {cosine.min():.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
