"""The encoder calls of a batch's pieces, run in one background thread while the caller codes the rest of the
batch and parses and codes the next one (pieces.py).

    with EncoderWorker() as worker:
        handle = worker.submit(encoder, sentences)  # returns at once; the worker thread encodes
        ...                                         # the next documents are coded meanwhile
        vectors = worker.result(handle)             # waits; raises what the encoder raised

Why it pays: torch releases the GIL while it computes, and the encoder (one intra-op thread) is ~90% of the
classifier's cost, so on a machine with a second core the encoder of a batch's first pieces runs beside the
coding of its later documents and the parse and coding of the next batch. It saves wall-clock time only: the
same CPU work is done, on two cores at once (benchmarks/README.md, "Seventh round" and "Session 10"). Each time
this thread takes the GIL back it waits for the coding thread to give it up (up to the switch interval, 5 ms), so
an encoder call runs all its chunks in one torch call (encoder.Encoder._scripted_chunks; "Session 24").

The worker receives plain strings and returns a numpy array: it never touches a spaCy Doc, which stays with
the thread that parses. Each `submit` is exactly one `Encoder.encode` call over the sentences given, so the
vectors are those of the same call in line (as they are of any other call: the encoder's int8 input ranges are
fixed, classify/quantise.py). One worker belongs
to one run (pipeline.extract_articles) and is shut down when the run ends, on every exit path. The thread
itself is the generic one of communique/worker.py, which the pipeline's parse-ahead (batches.py) uses too.
"""
from __future__ import annotations

from concurrent.futures import Future

import numpy

from ..worker import Worker
from .encoder import Encoder


class EncoderWorker(Worker):
    """One background thread (communique/worker.py) that runs encoder calls in the order they are submitted."""

    def __init__(self):
        super().__init__("communique-encoder")

    def submit(self, encoder: Encoder, sentences: list[str]) -> Future:  # type: ignore[override]
        """Start encoding `sentences` (one `encoder.encode` call) and return at once; `result` gives the vectors."""
        return super().submit(_encoded, encoder, list(sentences))


def _encoded(encoder: Encoder, sentences: list[str]) -> numpy.ndarray:
    encoder.use_own_threads()  # torch's thread count is kept per thread: the worker's is set here
    return encoder.encode(sentences)
