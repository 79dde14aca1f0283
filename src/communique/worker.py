"""One background thread that belongs to one run: calls submitted to it run there, one at a time, in order.

    with Worker("communique-parse") as worker:
        handle = worker.submit(function, *args)  # returns at once; the thread runs the call
        ...                                      # the caller does other work meanwhile
        value = worker.result(handle)            # waits; raises what the call raised

It pays only where the call spends most of its time outside the GIL (numpy/BLAS, torch, spaCy's `nogil` loops)
and a second core is idle: the same CPU work is done, on two cores at once. Two users, each keeping what the
thread touches to plain inputs and outputs it alone holds until the result is taken: the pipeline's parse of
the next batch (batches.py) and the classifier's encoder call (classify/overlap.py).

`close` (and leaving the `with` block, on any exit: the end, an error, KeyboardInterrupt, a generator closed
early) cancels the calls not yet started, waits for the running one, and ends the thread: no thread of a run
outlives it.
"""
from __future__ import annotations

import ctypes
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
MALLOC_ARENAS = 2  # glibc gives each thread that allocates its own arena, up to 8 per core, and keeps what it
# freed: with the encoder's thread, DuckDB's and torch's beside the main one, that held ~100 MB more at the
# peak of `make bench` with the classifier on (1,502 -> 1,398 MB with MALLOC_ARENA_MAX=2; benchmarks/README.md)


class Worker:
    """One background thread, named `name`, that runs submitted calls in the order they come."""

    def __init__(self, name: str):
        share_malloc_arenas()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        """Start `function(*args)` in the thread (after the calls before it) and return at once."""
        return self._pool.submit(function, *args)

    @staticmethod
    def result(handle: Future) -> Any:
        """What a submitted call returned; waits for it, and raises what it raised."""
        return handle.result()

    def close(self) -> None:
        """Cancel the calls not yet started, wait for the running one, and end the thread."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "Worker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def share_malloc_arenas() -> None:
    """Cap the C library's malloc arenas at MALLOC_ARENAS before a run starts threads (the same as the
    environment's MALLOC_ARENA_MAX, for arenas made from now on): less memory held, the same results. A no-op
    where the C library is not glibc."""
    try:
        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, MALLOC_ARENAS)
    except (OSError, AttributeError):
        pass
