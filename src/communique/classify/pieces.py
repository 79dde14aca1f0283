"""The classifier's reading of a batch in pieces, its encoder calls started while the batch is still being coded.

With the classifier on, the pipeline codes a batch document by document and hands each coded document with its
context to a `BatchPieces` (pipeline.code_document's `to_classify`). The sentences to read are chosen there, on
the thread that holds the Docs; every time those chosen since the last piece reach PIECE_SENTENCES, the
documents gathered so far are one piece and its one encoder call starts at once: in the worker thread where the
run has one (overlap.EncoderWorker, which runs calls one at a time in the order they come), else in line. The
end of the batch closes its last piece. So the encoder reads the first articles of a batch while the later
ones are coded, and the batch before's while the next is parsed (`classified_batches`); only the pieces not yet
read when a batch's documents are due are waited for.

Then `finish` takes the pieces in order, waits for each one's vectors and runs the heads, the arbitration and
recall on this thread, document by document (apply.finish_reading); documents are yielded in order.

What depends on the pieces: only the cost (encoder.encode sorts a call's sentences by length and reads them in
chunks of up to 256 word pieces, so a call's padding). A sentence's vector does not depend on the sentences that
share its call: the encoder's int8 inputs have a fixed range per layer (classify/quantise.py). The pieces are cut
by the documents and their chosen sentences alone, never by timing, and the in-line run (`overlap=False`) cuts and encodes the
same pieces: the output is the same with and without the worker, and the same from run to run. Where a piece's reading fails, its
documents are read again one at a time and only the one at fault is marked failed (as a batch's were before).
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from ..batches import SKIP_CODING, described
from ..errors import DataFileError
from ..nlp import SENTENCES_KEY, TEXT_KEY, TOKENS_KEY, TREE_KEY, release_tables
from ..records import Document
from ..settings import Settings
from .apply import BatchReading, choose_sentences, classify_documents, finish_reading, start_reading
from ..time.tense import TREE_KEY as TENSE_TREE_KEY
from .overlap import EncoderWorker

PIECE_SENTENCES = 128  # sentences chosen to read per encoder call; a piece ends
# with the document that reaches it, so it holds whole documents. Smaller: the worker starts sooner and the last
# piece is shorter, but a call's chunks mix more lengths and pad more: on the benchmark's articles 64 padded 21%
# more word pieces than one call a batch, 128 11%, with chunks of 32 sentences (benchmarks/README.md, "Session 10");
# with encoder.chunked's chunks of 256 pieces (session 16), calls of 64 pad 6.6%, of 128 3.7%.

# The tables kept with a coded document's Doc (doc.user_data, nlp.release_tables) that the classifier's reading
# of it reads (the text, tokens, tree and sentence bounds of a recalled event's actors, places and dates, and the
# tense tree of its date) once its sentences are chosen. The rest, the coder's sentence views above all (~2,000
# objects a document, its noun phrases and clauses), are released then, not held until the piece is read (after
# the next batch is coded): every full garbage collection meanwhile would scan them. A table released and asked
# for again is built again, the same.
READ_TABLES = frozenset({TEXT_KEY, TOKENS_KEY, TREE_KEY, SENTENCES_KEY, TENSE_TREE_KEY})


class BatchPieces:
    """The coded documents of one batch, gathered in order into pieces whose encoder calls start as each piece
    fills (`append`); `finish` reads them all, in order, and releases their Docs' tables."""

    def __init__(self, settings: Settings, worker: EncoderWorker | None = None, size: int | None = None):
        self.settings, self.worker, self.size = settings, worker, size or PIECE_SENTENCES
        self._items: list = []  # (Document, recall.RecallContext) of the piece being gathered
        self._chosen: list = []  # per item: its sentences to read, or None where choosing them failed
        self._count = 0
        self._pieces: list[tuple[list, BatchReading | None]] = []  # (items, their started reading or None)

    def append(self, item: tuple) -> None:
        """One coded document and its context, in document order; never raises for a fault of the document's
        own (it is found again when the piece is read, and named there)."""
        document, context = item
        try:
            chosen = choose_sentences(document.events, context, self.settings.classifier)
        except DataFileError:
            raise
        except Exception:  # noqa: BLE001 -- the piece is read again document by document in `finish`
            chosen = None
        release_tables(context.doc, keep=READ_TABLES)
        self._items.append(item)
        self._chosen.append(chosen)
        self._count += len(chosen or ())
        if self._count >= self.size:
            self._start()

    def close(self) -> None:
        """The batch's documents are all in: the last piece's encoder call starts."""
        if self._items:
            self._start()

    def finish(self) -> None:
        """Every piece read, in order (waiting for its vectors), its documents given the classifier's reading,
        and their Docs' tables released."""
        self.close()
        pieces, self._pieces = self._pieces, []
        for items, started in pieces:
            try:
                classified(items, self.settings, started)
            finally:
                for _, context in items:
                    release_tables(context.doc)

    def _start(self) -> None:
        items, chosen = self._items, self._chosen
        self._items, self._chosen, self._count = [], [], 0
        started = None  # where choosing or starting fails, `classified` finds the fault again, document by document
        if all(c is not None for c in chosen):
            try:
                started = start_reading([(d.events, context) for d, context in items], self.settings.classifier,
                                        self.worker, chosen)
            except DataFileError:
                raise
            except Exception:  # noqa: BLE001
                started = None
        self._pieces.append((items, started))


def classified_batches(batches: Iterable, code: Callable[[object, BatchPieces], Iterator[Document]],
                       settings: Settings, overlap: bool) -> Iterator[Document]:
    """Each batch's documents, coded by `code(batch, pieces)` (which appends each coded document to `pieces`)
    and classified, in order. With `overlap`, one worker thread runs the encoder calls: batch k's pieces start as
    its documents are coded, and its documents are finished and yielded once batch k+1 is coded, so that the
    encoder's remaining work on batch k runs beside batch k+1's parse and coding; at most one batch more of Docs
    is held than in line. The worker belongs to this run and is shut down on every exit (the end, an error, the
    generator closed early). Without `overlap`, each batch is finished as soon as it is coded: the same pieces,
    so the same output."""
    if not overlap:
        for batch in batches:
            pieces = BatchPieces(settings)
            held = list(code(batch, pieces))
            pieces.finish()
            yield from held
        return
    with EncoderWorker(settings.encoder_threads) as worker:
        previous = None  # (documents, pieces) of the batch whose encoder calls are under way
        for batch in batches:
            pieces = BatchPieces(settings, worker)
            try:
                held = list(code(batch, pieces))
            except DataFileError:  # the run stops, as in line, after the documents of the batches before
                if previous is not None:
                    previous[1].finish()
                    yield from previous[0]
                raise
            pieces.close()
            if previous is not None:
                previous[1].finish()
                yield from previous[0]
            previous = (held, pieces)
        if previous is not None:
            previous[1].finish()
            yield from previous[0]


def classified(items: list, settings: Settings, started: BatchReading | None = None) -> list[Document]:
    """The documents of `items` ((Document, context) pairs) with the classifier's reading: `started`'s encoder
    call where given, else one call over them all in line. Where that fails, each document is read alone, and
    one that fails then is marked failed."""
    try:
        if started is not None:
            results = finish_reading(started)
        else:
            results = classify_documents([(d.events, context) for d, context in items], settings.classifier)
    except DataFileError:
        raise
    except Exception as exc:  # noqa: BLE001 -- found again document by document: only the one at fault fails
        if len(items) > 1:
            return [classified([item], settings)[0] for item in items]
        document = items[0][0]
        document.events, document.error = [], f"{SKIP_CODING}: {described(exc)}"
        return [document]
    for (document, _), (events, classes) in zip(items, results):
        document.events = [e for e in events if e.confidence >= settings.min_confidence]
        document.sentence_classes = classes
    return [document for document, _ in items]
