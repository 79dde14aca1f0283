"""Quotes and reported speech, each with the actor who said it.

Direct quotes are the text between quotation marks (straight or curly), which may run over several
sentences; a quote with no closing mark ends with its paragraph. Reported speech is the clause a
reporting verb governs ("X said that ...", "..., X said Wednesday", "X urged both sides to ...") or
the clause "according to X" hangs on. The cues come from data/quote_cues.tsv.

The speaker is the token heading the speaker phrase: the subject of the reporting verb, the object
of "according to", or, for a quote with no cue of its own, the cue of the sentence next to it
(`"..." he said.`) or of the quote before it in the paragraph. The caller's `speaker_at` turns that
token into an actor; where it cannot, the other words of the phrase are tried: first the agent of
"a statement issued by the two leaders", then appositions and names, then the rest.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from .errors import DataFileError
from .data_files import tsv_rows
from .nlp import doc_sentences, doc_text, doc_tokens, sentence_bounds
from .records import ActorRef, Quote
from .time.tense import DepTree, dep_tree

CUES_FILE = Path(__file__).resolve().parent / "data" / "quote_cues.tsv"
CLOSERS = {"“": ("”", '"'), '"': ('"', "”"), "«": ("»",)}
OPENING_MARK = re.compile("|".join(re.escape(mark) for mark in CLOSERS))
OPENING_CONTEXT = " \t\n([{—–-:"  # a straight quote opens after these (or at the start)
MIN_DIRECT_WORDS = 3  # shorter quoted text is a title or scare quote ("the “Berlin Process”")
MIN_REPORTED_TOKENS = 3
SHORT_CUE_SENTENCE = 10  # a sentence like "he said." next to a quote lends the quote its cue
SpeakerAt = Callable[[Token], "ActorRef | None"]


@dataclass(frozen=True)
class QuoteCue:
    lemma: str
    content: str  # clause | complement
    pure: bool  # only reports speech; carries no event of its own


@dataclass
class _Found:
    """A quote before its speaker is resolved."""
    start: int
    end: int
    kind: str
    cue: Token | None
    speaker: Token | None
    borrows_speaker: bool = False  # takes the speaker of the quote before it ("Adding that ...")


def read_quote_cues(path: Path) -> dict[str, QuoteCue]:
    cues: dict[str, QuoteCue] = {}
    for number, parts in tsv_rows(path, "the quote cue list"):
        if len(parts) != 3 or parts[1] not in ("clause", "complement") or parts[2] not in ("yes", "no"):
            raise DataFileError(f"{path}, line {number}: expected 'lemma<TAB>clause|complement<TAB>yes|no'.")
        cues[parts[0].lower()] = QuoteCue(parts[0].lower(), parts[1], parts[2] == "yes")
    return cues


@lru_cache(maxsize=1)
def quote_cues() -> dict[str, QuoteCue]:
    """The package's reporting cues by lemma, read on first use."""
    return read_quote_cues(CUES_FILE)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs that only report speech ("say", "tell", "add", "note"): an event extractor
    skips these. Verbs whose saying is itself an event ("urge", "warn", "deny") are not included.
    Built once, as the cue list it reads is."""
    return frozenset(lemma for lemma, cue in quote_cues().items() if cue.pure)


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Every lemma that introduces a quote or reported speech."""
    return frozenset(quote_cues())


def find_quotes(doc: Doc, speaker_at: SpeakerAt) -> list[Quote]:
    """Every direct quote and reported statement in the document, in text order."""
    text = doc_text(doc)
    marks = direct_quote_spans(text)
    cues = _cue_indices(doc)
    found = [f for span in marks for f in [_direct(doc, text, span, marks, cues)] if f]
    found += _reported(doc, marks, cues)
    found.sort(key=lambda f: f.start)
    _borrow_speakers(text, found)
    quoted = [(start - 1, end + 1) for start, end in marks]
    return [Quote(text=text[f.start:f.end], kind=f.kind,
                  speaker=_resolve(f.speaker, speaker_at, quoted) if f.speaker is not None else None,
                  start=f.start, end=f.end, cue=_cue_text(f.cue))
            for f in found]


def direct_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks; an unclosed quote ends with its paragraph."""
    spans = []
    i = 0
    while (opening := OPENING_MARK.search(text, i)) is not None:
        i = opening.start()
        char = text[i]
        if char == '"' and i > 0 and text[i - 1] not in OPENING_CONTEXT:
            i += 1
            continue
        paragraph_end = _paragraph_end(text, i)
        close = min((p for p in (text.find(c, i + 1) for c in CLOSERS[char]) if p != -1), default=-1)
        end = close if close != -1 and close <= paragraph_end else paragraph_end
        start, stop = _strip(text, i + 1, end)
        if stop > start:
            spans.append((start, stop))
        i = end + 1
    return spans


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n\n", position)
    return len(text) if end == -1 else end


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n\n", 0, position) + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces around quoted text, and the comma left before a closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _direct(doc: Doc, text: str, span: tuple[int, int], marks: list[tuple[int, int]], cues: list[int]) -> _Found | None:
    start, end = span
    offsets = doc_tokens(doc).idx
    tokens = [doc[i] for i in range(bisect_left(offsets, start), bisect_left(offsets, end))]
    if sum(1 for t in tokens if t.is_alpha or t.like_num) < MIN_DIRECT_WORDS:
        return None
    quoted = [(s - 1, e + 1) for s, e in marks]
    paragraph = (_paragraph_start(text, start), _paragraph_end(text, start))
    sentences = _sentences_between(doc, tokens[0], tokens[-1])
    cue = _best_cue(_cues_in(doc, sentences, quoted, paragraph, cues), tokens)
    if cue is None:
        cue = _adjacent_cue(doc, sentences, quoted, paragraph, cues)
    return _Found(start, end, "direct", cue, _subject_of(cue) if cue is not None else None)


def _sentences_between(doc: Doc, first: Token, last: Token) -> list[Span]:
    return [s for s in doc_sentences(doc) if s.end > first.i and s.start <= last.i]


def _cues_in(doc: Doc, sentences: list[Span], quoted: list[tuple[int, int]],
             paragraph: tuple[int, int], cues: list[int]) -> list[Token]:
    """Cue words outside every quote, in the given sentences and paragraph, in text order."""
    found = []
    for sentence in sentences:
        for i in cues[bisect_left(cues, sentence.start):bisect_left(cues, sentence.end)]:
            token = doc[i]
            if paragraph[0] <= token.idx < paragraph[1] and not _inside(token.idx, quoted):
                found.append(token)
    return found


def _cue_indices(doc: Doc) -> list[int]:
    """The indices of the tokens that are cues (`_is_cue`), in text order.

    Read from the document's word lists (`doc_tokens`, built once per document): a pass over them
    costs a quarter of reading spaCy's arrays again and testing them with numpy."""
    tokens, known = doc_tokens(doc), quote_cues()
    return [i for i, (lower, lemma, pos) in enumerate(zip(tokens.lower, tokens.lemma, tokens.pos))
            if (_is_cue(doc[i]) if lower == "according" else pos in ("VERB", "AUX") and lemma in known)]


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return token.lemma_.lower() in quote_cues() and token.pos_ in ("VERB", "AUX")


def _best_cue(cues: list[Token], quote: list[Token]) -> Token | None:
    """The cue that governs the quote, else the one nearest to it."""
    if not cues:
        return None
    quote_ids = {t.i for t in quote}

    def rank(cue: Token) -> tuple[bool, int]:
        governs = any(t.head == cue or cue in t.ancestors for t in quote)
        distance = min(abs(cue.i - i) for i in quote_ids)
        return (not governs, distance)
    return min(cues, key=rank)


def _adjacent_cue(doc: Doc, sentences: list[Span], quoted: list[tuple[int, int]],
                  paragraph: tuple[int, int], cues: list[int]) -> Token | None:
    """For `"..." he said.` split into two sentences: the cue of the short sentence after the quote,
    or of the sentence before it ("Cavusoglu said:")."""
    after = sentences[-1].end
    if after < len(doc):
        following = doc[after].sent
        outside = [t for t in following if not _inside(t.idx, quoted) and not t.is_punct]
        found = _cues_in(doc, [following], quoted, paragraph, cues)
        if found and len(outside) <= SHORT_CUE_SENTENCE:
            return found[0]
    before = sentences[0].start
    if before > 0:
        found = _cues_in(doc, [doc[before - 1].sent], quoted, paragraph, cues)
        if found:
            return found[-1]
    return None


def _reported(doc: Doc, marks: list[tuple[int, int]], cues: list[int]) -> list[_Found]:
    """Reported speech: clauses governed by reporting verbs or introduced by "according to"."""
    quoted = [(s - 1, e + 1) for s, e in marks]
    found = []
    offsets = doc_tokens(doc).idx
    for i in cues:
        if _inside(offsets[i], quoted):
            continue
        content = _content_tokens(doc, i)
        if len(content) < MIN_REPORTED_TOKENS:
            continue
        words = doc_tokens(doc)
        start, end = offsets[content[0]], words.end_char(content[-1])
        if any(s < end and start < e for s, e in quoted):
            continue  # the words are a direct quote, found already
        token = doc[i]
        speaker = _subject_of(token)
        borrows = speaker is None and words.lower[i] != "according" and i == sentence_bounds(doc, i)[0]
        found.append(_Found(start, end, "indirect", token, speaker, borrows))
    return found


def _content_tokens(doc: Doc, cue: int) -> list[int]:
    """The reported words (token indices): the clause the cue governs, without "that" and edge punctuation."""
    tree, words = dep_tree(doc), doc_tokens(doc)
    if words.lower[cue] == "according":
        head = tree.head[cue]
        skip = set(tree.subtree(doc, cue))
        tokens = [t for t in tree.subtree(doc, head) if t not in skip] if head != cue else []
    else:
        tokens = sorted(t for child in _content_children(tree, cue) for t in tree.subtree(doc, child))
    first, last = 0, len(tokens)
    while first < last and (_blank(doc, tokens[first]) or
                            (words.dep[tokens[first]] == "mark" and words.lower[tokens[first]] == "that")):
        first += 1
    while last > first and _blank(doc, tokens[last - 1]):
        last -= 1
    return tokens[first:last]


def _blank(doc: Doc, i: int) -> bool:
    """Whether token i is punctuation or white space. Only the few tokens at a content's edges are asked:
    reading the flags of the whole document for them cost more."""
    token = doc[i]
    return token.is_punct or token.is_space


def _content_children(tree: DepTree, cue: int) -> list[int]:
    dep = tree.words.dep
    clauses = [c for c in tree.children(cue) if dep[c] == "ccomp"]
    if clauses or quote_cues()[tree.words.lemma[cue]].content == "clause":
        return clauses
    return [c for c in tree.children(cue) if dep[c] in ("dobj", "xcomp")]


def _subject_of(cue: Token) -> Token | None:
    """The head of the speaker phrase: the cue's subject, the object of "according to", or the
    subject of the verb a subjectless cue hangs on ("..., adding that", "arrived and said")."""
    if cue.lower_ == "according":
        return next((o for to in cue.children if to.lower_ == "to"
                     for o in to.children if o.dep_ == "pobj"), None)
    while True:
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subject is not None or cue.head == cue:
            return subject
        if cue.dep_ == "conj" or (cue.dep_ in ("advcl", "xcomp") and cue.tag_ == "VBG"):
            cue = cue.head
        else:
            return None


def _borrow_speakers(text: str, found: list[_Found]) -> None:
    """A direct quote with no cue that opens its paragraph continues the quote before it (in the
    same or the previous paragraph); "Adding that ..." continues the speaker before it."""
    for previous, current in zip(found, found[1:]):
        if current.speaker is not None or previous.speaker is None:
            continue
        opens_paragraph = not text[_paragraph_start(text, current.start):current.start].strip(" \t\n“\"")
        continues_quote = (current.kind == previous.kind == "direct" and current.cue is None
                           and opens_paragraph and _paragraphs_apart(text, previous.end, current.start) <= 1)
        if continues_quote or (current.borrows_speaker and _paragraphs_apart(text, previous.end, current.start) <= 1):
            current.speaker = previous.speaker
            current.cue = current.cue or previous.cue


def _paragraphs_apart(text: str, first: int, second: int) -> int:
    return text.count("\n\n", first, second)


def _resolve(head: Token, speaker_at: SpeakerAt, quoted: list[tuple[int, int]]) -> ActorRef | None:
    doc = head.doc
    offsets = doc_tokens(doc).idx
    for i in _speaker_candidates(head):
        if not _inside(offsets[i], quoted):
            ref = speaker_at(doc[i])
            if ref is not None:
                return ref
    return None


def _speaker_candidates(head: Token) -> Iterator[int]:
    """The words (token indices) of the speaker phrase, most telling first: the agent of "a statement
    issued by the two leaders" (who issue a statement speak through it), the head, appositions and
    name parts, the rest (not relative clauses), possessors last."""
    doc = head.doc
    tree = dep_tree(doc)
    below = _arcs_below(tree, tree.subtree(doc, head.i), head.i)
    phrase = [t for t in below if "relcl" not in below[t][1]]
    seen: set[int] = set()
    for group in _candidate_groups(head.i, phrase, below, tree.words.dep):  # each built only when reached
        for token in sorted(group, key=lambda t: (below[t][0], t)):
            if token not in seen:
                seen.add(token)
                yield token


def _candidate_groups(head: int, phrase: list[int], below: dict[int, tuple[int, tuple[str, ...]]],
                      dep: list[str]) -> Iterator[list[int]]:
    yield [t for t in phrase if "agent" in below[t][1] and dep[t] != "agent"]
    yield [head]
    yield [t for t in phrase if "appos" in below[t][1]]
    yield [t for t in phrase if below[t][0] == 1 and dep[t] in ("compound", "flat", "nmod")]
    yield [t for t in phrase if "poss" not in below[t][1]]
    yield phrase


def _arcs_below(tree: DepTree, subtree: list[int], head: int) -> dict[int, tuple[int, tuple[str, ...]]]:
    """For each token of head's subtree (in text order): how many arcs below head it sits, and the
    dependency labels on its way up to head (its own included, head's not)."""
    heads, dep = tree.head, tree.words.dep
    known: dict[int, tuple[int, tuple[str, ...]]] = {head: (0, ())}
    for token in subtree:
        chain = []
        while token not in known:
            chain.append(token)
            token = heads[token]
        depth, deps = known[token]
        for token in reversed(chain):
            depth, deps = depth + 1, deps + (dep[token],)
            known[token] = (depth, deps)
    return {t: known[t] for t in subtree}


def _cue_text(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return "according to" if cue.lower_ == "according" else cue.lower_
