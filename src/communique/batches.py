"""The pipeline's batch loop, parse side: articles taken `batch_size` at a time and parsed, in line or one batch
ahead while the caller codes the batch before.

`parsed_batches` yields one ParsedBatch per batch of articles, in order: its articles, the problem found in
each article that is not parsed (read by the caller's check, before parsing), and one parsed Doc (or the
error that stopped its parse, "parse failed: ...") per article that is. With `ahead`, batch k+1 is parsed by a
worker while the caller codes batch k:
- `parse_ahead = on` (the default): in a child process (parse_process.py), which sends the Docs back as bytes.
  The parse and the coding then run at once on two cores; in a thread they cannot fully, since about a third
  of spaCy's parse holds the GIL the coding needs (the tokenizer, the lemmatizer, the attribute ruler, the glue
  between components). On the benchmark's articles this took ~10% off the wall-clock time of the thread
  (benchmarks/README.md, "Session 14"). Where no process can be forked (Windows, macOS), a thread.
- `parse_ahead = thread`: in a worker thread (worker.py). spaCy spends most of its parse outside the GIL
  (thinc's BLAS calls, the parser's and entity recogniser's `nogil` state loops), so most of it runs beside the
  coding (benchmarks/README.md, "Session 9" and "Session 12").
The same Docs come out either way, in the same order, so the same documents. A parse process that dies (killed,
out of memory) is named on stderr and the rest is parsed in line: nothing is lost.

Thread-safety (the thread). The worker touches only its own batch's texts and Docs until the caller takes them, and the
caller never touches a Doc of the batch under way. What both threads share is the spaCy model: its weights
(only read) and its Vocab, StringStore and Morphology tables, to which the worker's tokenizer, lemmatizer and
attribute ruler add entries (new words, lemmas, morphological analyses) while the caller's coding reads
strings and lexemes of its own Docs. Every such table operation is Cython run with the GIL held, not released
inside it, so each is atomic with respect to the other thread; the parts spaCy runs without the GIL (BLAS,
the transition loops) read weights and write the worker's own Doc arrays, never those tables. A Token points
at its LexemeC, which the Vocab's memory pool never moves when its index grows. So the caller reads the same
strings and lexemes it would read in line (tested: the same output with and without `ahead`).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc

from . import parse_process
from .nlp import TEXT_KEY, load_model, parse, parse_many
from .nlp.pieces import parse_pieces
from .records import Article
from .settings import Settings
from .worker import Worker

PROCESS_PIPE_BATCH = 8  # texts per `nlp.pipe` batch in the parse process: its peak memory grows with the batch
# (~100 MB less than at 16 on the benchmark's articles, for the same parse time; benchmarks/README.md, "Session 14")
SKIP_PARSE = "parse failed"  # the reason of a Document whose text spaCy could not parse
SKIP_CODING = "coding failed"  # the reason of a Document whose coding (pipeline.py) or reading (classify/) failed


@dataclass
class ParsedBatch:
    """One batch of articles and their parse: `problems` (article index -> why it is not parsed) and `docs`,
    one Doc or "parse failed: ..." per other article, in order."""
    articles: list[Article]
    problems: dict[int, str]
    docs: Iterator[Doc | str]


def parsed_batches(articles: Iterable[Article], settings: Settings, problem_with: Callable[[Article], str | None],
                   ahead: bool = False) -> Iterator[ParsedBatch]:
    """The articles in batches of `settings.batch_size`, each parsed; with `ahead`, batch k+1 parsed in a worker
    thread while the caller handles batch k (see the module's text). `problem_with(article)` names what keeps an
    article from being parsed, or gives None."""
    batches = _batches(articles, settings.batch_size)
    if not ahead:
        for batch in batches:
            problems, texts = _plan(batch, problem_with)
            yield ParsedBatch(batch, problems, parsed(texts, settings))
        return
    batch, following = next(batches, None), next(batches, None)
    if following is None:  # one batch or none: nothing to code meanwhile, so no thread
        for batch in [batch] if batch is not None else []:
            problems, texts = _plan(batch, problem_with)
            yield ParsedBatch(batch, problems, parsed(texts, settings))
        return
    with _ahead_parser(settings) as parser:  # closed on every exit: waits for a parse under way, ends the worker
        problems, texts = _plan(batch, problem_with)
        parser.submit(texts)
        while batch is not None:
            docs = parser.result()
            if following is not None:
                following_problems, following_texts = _plan(following, problem_with)
                parser.submit(following_texts)
            yield ParsedBatch(batch, problems, iter(docs))
            del docs  # the batch's Docs are the caller's now: not held here while the next is awaited
            if following is None:
                return
            batch, problems = following, following_problems
            following = next(batches, None)


def _ahead_parser(settings: Settings) -> "ThreadParser | ProcessParser":
    """The worker that parses one batch ahead: a child process where one can be forked (`parse_ahead = on`,
    the default; parse_process.py says why), else a thread (`parse_ahead = thread`, or no fork here)."""
    if settings.parse_ahead == "on" and parse_process.available():
        return ProcessParser(settings)
    return ThreadParser(settings)


class ThreadParser:
    """Batches parsed one at a time in a worker thread (worker.py)."""

    def __init__(self, settings: Settings):
        self._settings, self._worker, self._handle = settings, Worker("communique-parse"), None

    def submit(self, texts: list[str]) -> None:
        self._handle = self._worker.submit(_parsed_list, texts, self._settings)

    def result(self) -> list[Doc | str]:
        return self._worker.result(self._handle)

    def __enter__(self) -> "ThreadParser":
        return self

    def __exit__(self, *exc) -> None:
        self._worker.close()


class ProcessParser:
    """Batches parsed one at a time in a child process (parse_process.py); where the child is lost (killed, out
    of memory), the batch under way and the rest are parsed here, in line."""

    def __init__(self, settings: Settings):
        self._settings, self._texts = settings, None
        in_child = replace(settings, batch_size=min(settings.batch_size, PROCESS_PIPE_BATCH))
        self._process = parse_process.ParseProcess(partial(_parsed_list, settings=in_child),
                                                   load_model(settings.model).vocab)

    def submit(self, texts: list[str]) -> None:
        self._texts = texts
        if self._process is not None:
            try:
                self._process.submit(texts)
            except parse_process.ParseProcessLost:
                self._lose()

    def result(self) -> list[Doc | str]:
        if self._process is not None:
            try:
                return self._process.result()
            except parse_process.ParseProcessLost:
                self._lose()
        return _parsed_list(self._texts, self._settings)

    def _lose(self) -> None:
        self._process.close()  # waits for the child's end, so that how it ended is known
        print(f"communique: the parse process ended ({self._process.exitcode_text()}); parsing goes on in this "
              "process.", file=sys.stderr)
        self._process = None

    def __enter__(self) -> "ProcessParser":
        return self

    def __exit__(self, *exc) -> None:
        if self._process is not None:
            self._process.close()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """The articles, `size` at a time, but the first three batches an eighth, a quarter and a half of `size`: parsing
    ahead, the first batch's parse is the one with nothing beside it, so it is kept short, and each batch after it is
    parsed while one half its size is coded (a start of 2, 4, 8 for 16 rather than 4, 8: ~3% less wall-clock time
    over the benchmark's 132 articles, benchmarks/README.md "Session 22"). In line the batches are cut
    the same, so that the classifier's pieces (cut within batches) are the same either way. (A Doc does not depend
    on the batch it was parsed in, nor a sentence's vector on its piece: the same documents in any case.)"""
    articles = iter(articles)
    sizes = sorted({max(1, size // part) for part in (8, 4, 2)})  # 2, 4, 8 for 16; 1, 2 for 4
    while batch := list(islice(articles, sizes.pop(0) if sizes else size)):
        yield batch


def _plan(batch: list[Article], problem_with) -> tuple[dict[int, str], list[str]]:
    problems = {n: p for n, article in enumerate(batch) if (p := problem_with(article))}
    return problems, [a.text for n, a in enumerate(batch) if n not in problems]


def _parsed_list(texts: list[str], settings: Settings) -> list[Doc | str]:
    return list(parsed(texts, settings))


def parsed(texts: list[str], settings: Settings) -> Iterator[Doc | str]:
    """One parsed Doc per text, in order, or the error that stopped its parse. Short texts go through
    `nlp.pipe` in batches; a long one is parsed in pieces."""
    short = _parsed_short([t for t in texts if len(t) <= settings.piece_chars], settings.batch_size,
                          settings.model)
    for text in texts:
        if len(text) <= settings.piece_chars:
            yield next(short)
            continue
        try:
            doc = parse_pieces(load_model(settings.model), text, settings.piece_chars)
        except Exception as exc:  # noqa: BLE001
            yield f"{SKIP_PARSE}: {described(exc)}"
            continue
        doc.user_data[TEXT_KEY] = text
        yield doc


def _parsed_short(texts: list[str], batch_size: int, model: str) -> Iterator[Doc | str]:
    """`parse_many` over the texts; where a batch fails, the texts not yet parsed go one at a time, so
    that only the text at fault is lost."""
    done = 0
    try:
        for doc in parse_many(texts, batch_size=batch_size, model=model):
            done += 1
            yield doc
        return
    except Exception:  # noqa: BLE001 -- found again below, text by text
        pass
    for text in texts[done:]:
        try:
            yield parse(text, model)
        except Exception as exc:  # noqa: BLE001
            yield f"{SKIP_PARSE}: {described(exc)}"


def described(exc: BaseException) -> str:
    """An exception as one line: its type and the first line of its message."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__
