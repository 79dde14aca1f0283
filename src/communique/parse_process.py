"""One child process that belongs to one run and parses batches of texts there: texts go in, parsed Docs come
back, in order.

    with ParseProcess(parse_texts, vocab) as parser:  # forks: the child has the parent's loaded model
        parser.submit(texts)                          # returns at once; the child parses
        ...                                           # the caller codes the batch before meanwhile
        docs = parser.result()                        # waits; one Doc or "parse failed: ..." per text

Why a process and not a thread (worker.py): about a third of spaCy's parse holds the GIL (the tokenizer, the
lemmatizer, the attribute ruler, Python glue between components; benchmarks/README.md, "Session 9"), and all of
the coding does. A parse thread beside the coding thread therefore waits for the GIL a third of its time and
makes the coding wait as long. A process has its own interpreter: the parse and the coding run at once on two
cores. The cost is moving the Docs: the child gathers a batch in one `DocBin` (every token attribute the stages
read: words, spaces, tags, morphology, lemmas, the parse, sentence starts, entities, and `Doc.user_data`) and
sends its parts (`packed`: arrays and lists, pickled by the pipe, not `DocBin.to_bytes`' zlib-compressed msgpack),
the parent reads them back against its own Vocab: ~4% of the parse's CPU for both together with `to_bytes`,
measured on the benchmark's articles (benchmarks/README.md, "Session 14"), ~2% with `PipeDocBin` and `packed`
("Session 32"). The Docs read back are the same, attribute for attribute, as the child's (tested: the same
documents with a process, a thread and in line).

The child is made by `fork`, so it starts at once with the model the parent has loaded (no second load, no
import); its memory is the parent's, shared until written. It only parses: it never touches the store, the
encoder or any thread of the parent's, and leaves by `os._exit` (multiprocessing's own), so no finaliser of
the parent's objects runs in it. What it holds apart from the parent: the pages it writes to (the strings and
words new to the vocabulary, Python's reference counts, malloc's reused chunks: ~150 MB over the benchmark's
articles, after `malloc_trim` in the parent and `gc.freeze` in the child) and its parse's working memory, which
grows with the texts per `nlp.pipe` batch (batches.PROCESS_PIPE_BATCH). Where `fork` does not exist (Windows) or is not safe with system libraries
(macOS), `available()` is False and the caller parses in a thread instead.

A child that dies (killed, out of memory) is not an article's fault: `result` raises ParseProcessLost and the
caller parses that batch and the rest in its own process. `close` (and leaving the `with` block on any exit)
tells the child to stop, waits for it, and kills it if it does not stop: no child of a run outlives it.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import signal
import sys
import traceback
from typing import Callable

import numpy
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, SPACY, TAG
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

STOP = None  # what the parent sends to end the child's loop
JOIN_SECONDS = 10.0  # how long `close` waits for the child to stop before killing it


def trim_malloc() -> None:
    """glibc's `malloc_trim(0)`: the free pages of every malloc arena returned to the system. A no-op where the C
    library is not glibc."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class ParseProcessLost(RuntimeError):
    """The parse process ended without answering (killed, out of memory): parse in this process instead."""


def available() -> bool:
    """Whether a parse process can be forked here: Linux and other POSIX systems but macOS, whose system
    libraries are not safe to use in a forked child (Python's own default there is `spawn`)."""
    return "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"


class ParseProcess:
    """A forked child running `parse_texts(texts) -> list[Doc | str]` on each batch submitted, one at a time."""

    def __init__(self, parse_texts: Callable[[list[str]], list[Doc | str]], vocab: Vocab):
        context = multiprocessing.get_context("fork")
        trim_malloc()  # the heap's free pages given back first: the child's allocations then fault fresh pages
        # where they would copy the parent's (~30 MB less held by the child on the benchmark's articles)
        self._vocab = vocab
        self._conn, child_end = context.Pipe()
        self._process = context.Process(target=_serve, args=(child_end, parse_texts), name="communique-parse",
                                        daemon=True)
        self._process.start()
        child_end.close()  # the child holds its end: the parent sees EOF if it dies
        self._waiting = False

    def submit(self, texts: list[str]) -> None:
        """Start parsing `texts` in the child and return at once; one batch at a time (`result` before the next)."""
        if self._waiting:
            raise RuntimeError("ParseProcess.submit: the batch before has not been taken (call result first)")
        try:
            self._conn.send(texts)
        except (BrokenPipeError, ConnectionResetError, OSError) as exc:
            raise ParseProcessLost(f"the parse process ended ({exc})") from exc
        self._waiting = True

    def result(self) -> list[Doc | str]:
        """The submitted batch's Docs, in order (or the error that stopped a text's parse); waits for them."""
        self._waiting = False
        try:
            count, errors, payload = self._conn.recv()
        except (EOFError, ConnectionResetError, OSError) as exc:
            raise ParseProcessLost(f"the parse process ended ({self.exitcode_text()})") from exc
        if isinstance(payload, str):  # a failure outside any one text's parse (a bug): its traceback
            raise RuntimeError(f"the parse process failed:\n{payload}")
        docs = iter(unpacked(payload, self._vocab))
        return [errors[n] if n in errors else next(docs) for n in range(count)]

    def exitcode_text(self) -> str:
        """How the child ended, for a message: "exit code N", "killed by signal N", or "still running"."""
        code = self._process.exitcode
        if code is None:
            return "still running"
        return f"killed by signal {-code}" if code < 0 else f"exit code {code}"

    def close(self) -> None:
        """Tell the child to stop, wait for it (killed after JOIN_SECONDS), and close the pipe. A child still
        parsing a batch no one will take (the run stopped early: an error, Ctrl-C) is stopped at once."""
        if self._process.is_alive():
            if self._waiting:
                self._process.terminate()
            else:
                try:
                    self._conn.send(STOP)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass
            self._process.join(JOIN_SECONDS)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
        self._conn.close()

    def __enter__(self) -> "ParseProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve(conn, parse_texts: Callable[[list[str]], list[Doc | str]]) -> None:
    """The child's loop: each batch of texts parsed and sent back as (how many texts, the errors by position, the
    other Docs as DocBin bytes)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the child
    gc.freeze()  # the objects inherited from the parent are left out of the child's collections, which would
    # otherwise write to every one's header and so copy the pages that hold them
    while True:
        try:
            texts = conn.recv()
        except EOFError:  # the parent has gone
            return
        if texts is STOP:
            return
        try:
            parsed = parse_texts(texts)
            errors = {n: d for n, d in enumerate(parsed) if isinstance(d, str)}
            docs = PipeDocBin([d for d in parsed if not isinstance(d, str)])
            conn.send((len(parsed), errors, packed(docs)))
        except Exception:  # noqa: BLE001 -- a bug, not one text's fault: raised in the parent
            conn.send((len(texts), {}, traceback.format_exc()))


# The token attributes whose values are strings (hashes of the StringStore): DocBin.add sends the string of each
# (token.text, .tag_, .lemma_, .norm_, .dep_, .ent_type_, .ent_kb_id_, .ent_id_; and str(token.morph), read apart
# in PipeDocBin.add) so that the receiving Vocab knows them
STRING_ATTRS = (ORTH, TAG, LEMMA, NORM, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID)


class PipeDocBin(DocBin):
    """A DocBin for the pipe to the parent (`packed`), which takes two costs of DocBin.add off the parse process:
    - a Doc's strings are gathered from its token array, the distinct hashes of its string-valued columns looked up
      once each, where DocBin.add reads nine string properties of every token (a Token made and nine strings
      decoded per token): the same set of strings;
    - its `user_data` is kept as the dict it is (`user_dicts`), for the pipe to pickle with the rest, where DocBin.add
      writes it with srsly's msgpack, whose every call looks its encoders up among the installed packages' entry
      points (~1 ms a call), and get_docs reads it back the same way.
    Everything else is DocBin.add's. Not for DocBin.to_bytes: its user data is not in `user_data`."""

    def __init__(self, docs: list[Doc]):
        super().__init__(store_user_data=False)
        self.user_dicts: list[dict] = []
        for doc in docs:
            self.add(doc)

    def add(self, doc: Doc) -> None:
        array = doc.to_array(self.attrs)
        if len(array.shape) == 1:
            array = array.reshape((array.shape[0], 1))
        self.tokens.append(array)
        spaces = doc.to_array(SPACY)
        spaces = spaces.reshape((spaces.shape[0], 1))
        self.spaces.append(numpy.asarray(spaces, dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        strings, no_features = doc.vocab.strings, doc.vocab.morphology.EMPTY_MORPH
        columns = [self.attrs.index(attr) for attr in STRING_ATTRS]
        self.strings.update(strings[int(key)] for key in numpy.unique(array[:, columns]))
        for key in numpy.unique(array[:, self.attrs.index(MORPH)]):  # str(token.morph): "" for no features
            morph = strings[int(key)]
            self.strings.add("" if morph == no_features else morph)
        self.cats.append(doc.cats)
        self.user_dicts.append(dict(doc.user_data))
        self.span_groups.append(doc.spans.to_bytes())
        for group in doc.spans.values():
            for span in group:
                self.strings.add(span.label_)
                if span.kb_id in span.doc.vocab.strings:
                    self.strings.add(span.kb_id_)
                if span.id in span.doc.vocab.strings:
                    self.strings.add(span.id_)


def packed(docs: PipeDocBin) -> tuple:
    """A batch's PipeDocBin as its parts (arrays, lists, the user data's dicts) for the pipe to pickle as they are,
    where DocBin.to_bytes writes them with msgpack and compresses that with zlib, which a pipe between two processes
    of one machine does not need (~0.04 s of CPU for the benchmark's 44 articles, 1 MB made 150 kB a batch)."""
    return (docs.attrs, docs.tokens, docs.spaces, sorted(docs.strings), docs.cats, docs.flags, docs.span_groups,
            docs.user_dicts)


def unpacked(parts: tuple, vocab: Vocab) -> list[Doc]:
    """The Docs of `packed`'s parts, made as DocBin.from_bytes and get_docs make them of `to_bytes`' (the strings a
    set made from the sorted list, so that get_docs adds them to the Vocab in the same order; each Doc's user data
    set as soon as it is made): the same Docs."""
    docs = DocBin(store_user_data=False)
    docs.attrs, docs.tokens, docs.spaces, strings, docs.cats, docs.flags, docs.span_groups, user_dicts = parts
    docs.strings = set(strings)
    out = []
    for doc, user_data in zip(docs.get_docs(vocab), user_dicts):
        doc.user_data.update(user_data)
        out.append(doc)
    return out
