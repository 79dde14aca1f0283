"""The pipeline's batch loop, parse side: articles taken `batch_size` at a time and parsed, in line or one batch
ahead in a worker thread while the caller codes the batch before.

`parsed_batches` yields one ParsedBatch per batch of articles, in order: its articles, the problem found in
each article that is not parsed (read by the caller's check, before parsing), and one parsed Doc (or the
error that stopped its parse, "parse failed: ...") per article that is. With `ahead` (the setting
`parse_ahead = on`, the default), batch k+1 is parsed in a worker thread (worker.py) while the caller codes
batch k: spaCy spends most of its parse outside the GIL (thinc's BLAS calls, the parser's and entity
recogniser's `nogil` state loops), so on a machine with an idle second core most of the parse of one batch runs
beside the coding of the one before. The rest (the lemmatizer, the tokenizer, the attribute ruler, whose spaCy
Matcher communique replaced by a lookup: nlp/attribute_rules.py) contends with the coding for the GIL. On the
shared machine of session 9 no gain showed; on an idle one in session 12 it gained 4-11% of wall-clock time
(benchmarks/README.md, "Session 12"), hence on by default. The same Docs come out either way, in the same
order, so the same documents.

Bounded: the worker is handed batch k+1 only once batch k's Docs are taken, so at most one batch more of
Docs is held than in line. The first two batches are a quarter and a half of `batch_size` (the first parse has
nothing to code beside it, so it is kept short); a run of one batch (`extract_text`, the API's posts) starts no
thread. The next batch of articles is read from the
caller's iterator here too, never in the worker: readers, duplicate checks and stores stay on this thread.

Thread-safety. The worker touches only its own batch's texts and Docs until the caller takes them, and the
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

from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc

from .nlp import TEXT_KEY, load_model, parse, parse_many
from .nlp.pieces import parse_pieces
from .records import Article
from .settings import Settings
from .worker import Worker

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
    with Worker("communique-parse") as worker:  # closed on every exit: waits for a parse under way, ends the thread
        problems, texts = _plan(batch, problem_with)
        handle = worker.submit(_parsed_list, texts, settings)
        while batch is not None:
            docs = worker.result(handle)
            if following is not None:
                following_problems, following_texts = _plan(following, problem_with)
                handle = worker.submit(_parsed_list, following_texts, settings)
            yield ParsedBatch(batch, problems, iter(docs))
            del docs  # the batch's Docs are the caller's now: not held here while the next is awaited
            if following is None:
                return
            batch, problems = following, following_problems
            following = next(batches, None)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """The articles, `size` at a time, but the first two batches a quarter and a half of `size`: parsing ahead,
    the first batch's parse is the one with nothing beside it, so it is kept short. In line the batches are cut
    the same, so that the classifier's pieces (cut within batches) are the same either way. (A Doc does not depend
    on the batch it was parsed in, nor a sentence's vector on its piece: the same documents in any case.)"""
    articles = iter(articles)
    sizes = [max(1, size // 4), max(1, size // 2)]
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
