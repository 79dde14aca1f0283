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

With `threads` above one (the setting `encoder_threads`, 2 by default) the worker has helper threads: the thread
that runs a call cuts its sentences into the encoder's chunks (Encoder.chunks), hands a share of them to each
helper and runs its own share meanwhile. On this machine the encoder is the longest of the run's three streams
(the coding, the parse process, the encoder: ~6 s, ~5 s and ~3 s of CPU over the benchmark's 44 articles) and
the one that ends the run, and one thread runs it on one core at most: beside the two others it gets about two
thirds of a core, and once the last batch is parsed and coded it runs alone while the other core stands idle.
Shared over two threads it can take both cores then. A chunk's vectors depend on that chunk alone (fixed int8
input ranges, classify/quantise.py), and the chunks are the same however they are shared: the same vectors to the
bit (benchmarks/README.md, "Session 41").

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

ENCODER_THREADS = 2  # the setting encoder_threads' default: the thread that runs a call and one helper


class EncoderWorker:
    """Background threads (communique/worker.py) that run encoder calls in the order they are submitted, each
    call's chunks shared among `threads` threads."""

    def __init__(self, threads: int = ENCODER_THREADS):
        self._calls = Worker("communique-encoder")
        self._helpers = [Worker(f"communique-encoder-{n}") for n in range(1, max(1, threads))]

    def submit(self, encoder: Encoder, sentences: list[str]) -> Future:
        """Start encoding `sentences` (one `encoder.encode` call) and return at once; `result` gives the vectors."""
        return self._calls.submit(_encoded, encoder, list(sentences), self._helpers)

    @staticmethod
    def result(handle: Future) -> numpy.ndarray:
        """The vectors of a submitted call; waits for them, and raises what the encoder raised."""
        return Worker.result(handle)

    def close(self) -> None:
        """Cancel the calls not yet started, wait for the running one, and end every thread (the helpers last:
        the running call waits for their shares)."""
        try:
            self._calls.close()
        finally:
            for helper in self._helpers:
                helper.close()

    def __enter__(self) -> "EncoderWorker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _encoded(encoder: Encoder, sentences: list[str], helpers: list[Worker]) -> numpy.ndarray:
    """One encode call: its chunks shared between this thread and the helpers, each share run at once, and the
    vectors put back in the sentences' order (the same as `encoder.encode(sentences)`, to the bit)."""
    encoder.use_own_threads()  # torch's thread count is kept per thread: the worker's is set here
    chunks = encoder.chunks(sentences)
    shares = shared_out(chunks, 1 + len(helpers))
    started = [helper.submit(_chunk_vectors, encoder, share) for helper, share in zip(helpers, shares[1:]) if share]
    vectors = [encoder.chunk_vectors(shares[0])] + [Worker.result(handle) for handle in started]
    return encoder.assembled(len(sentences), [c for share in shares for c in share], [v for vs in vectors for v in vs])


def _chunk_vectors(encoder: Encoder, chunks: list[tuple]) -> list[numpy.ndarray]:
    encoder.use_own_threads()
    return encoder.chunk_vectors(chunks)


def shared_out(chunks: list[tuple], parts: int) -> list[list[tuple]]:
    """`chunks` ((rows, ids, mask), the widest first) in `parts` shares of about equal cost, each chunk to the share
    that costs least so far (a chunk's cost: its word pieces once padded, sentences x width, what the linear
    layers' products grow with); every share keeps the chunks' order."""
    shares: list[list[tuple]] = [[] for _ in range(max(1, parts))]
    costs = [0] * len(shares)
    for chunk in chunks:
        least = costs.index(min(costs))
        shares[least].append(chunk)
        costs[least] += chunk[1].shape[0] * chunk[1].shape[1]
    return shares
