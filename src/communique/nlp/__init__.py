"""The spaCy model: loaded once per process, run in batches with `nlp.pipe`."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Collection, Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model_check import DEFAULT_MODEL, MODELS

MODEL_PACKAGE = MODELS[DEFAULT_MODEL].package  # the default model's package
OUR_COMPONENTS = ("paragraph_breaks", "fast_attribute_ruler", "fast_lemmatizer")  # what load_model adds
REPLACED_COMPONENTS = ("attribute_ruler", "lemmatizer")  # the model's own, disabled by load_model: ours do their work


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs carry no full stop to tell the parser.

    A single line break followed by a lowercase word is taken as hard wrapping inside a sentence. A line
    break is always a whitespace token of its own (a token's trailing `whitespace_` is one space at most),
    so only the tokens just after one are visited."""
    spaces = doc.to_array([IS_SPACE]).tolist()
    for i in range(1, len(spaces)):
        if not spaces[i - 1] or spaces[i]:
            continue
        token, previous = doc[i], doc[i - 1]
        gap = previous.text + previous.whitespace_
        if gap.count("\n") >= 2 or ("\n" in gap and not token.text[:1].islower()):
            token.is_sent_start = True
            following = doc[i + 1] if i + 1 < len(spaces) else None
            if following is not None and not following.is_space and not following.is_punct:
                following.is_sent_start = False  # a paragraph never ends after its first word
    return doc


@lru_cache(maxsize=2)
def load_model(model: str = DEFAULT_MODEL) -> Language:
    """The English pipeline `model` (a key of MODELS), loaded on first use and shared by every caller in the
    process. Its files are first checked against the checksums the repository records (model_check.py): a
    different model is an error that names the file, not a silent change of every result. It is loaded
    from that checked folder, with spaCy's own loader: nothing is downloaded. Its attribute_ruler runs as
    a FastAttributeRuler (attribute_rules.py), its lemmatizer as a FastLemmatizer (lemmas.py): the same output."""
    import spacy

    from ..model_check import verify_model

    from .attribute_rules import use_fast_attribute_ruler
    from .lemmas import use_fast_lemmatizer

    folder = verify_model(model)
    nlp = spacy.load(folder)
    nlp.add_pipe("paragraph_breaks", before="parser")
    use_fast_attribute_ruler(nlp)  # the same attributes, faster: the model's ruler is kept, disabled
    use_fast_lemmatizer(nlp)  # the same lemmas, faster: the model's lemmatizer is kept, disabled
    return nlp


TEXT_KEY = "communique.text"


def doc_text(doc: Doc) -> str:
    """The document's text. `Doc.text` joins every token anew on each access: this keeps it with the Doc."""
    return _kept(doc, TEXT_KEY, lambda d: d.text)


KEY_PREFIX = "communique."  # of every key the stages keep in doc.user_data


def release_tables(doc: Doc, keep: Collection[str] = ()) -> None:
    """Drop what the stages kept in `doc.user_data` (every key starting "communique." but those in `keep`), once a
    document is coded. Some tables hold Spans, which hold the Doc: kept, they would keep each Doc alive until the
    garbage collector's next full pass, and its memory with it. Each table is what its reader builds from the Doc
    alone, so one released and asked for again is built again the same."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(KEY_PREFIX) and k not in keep]:
        del doc.user_data[key]


def _kept(doc: Doc, key: str, build):
    """What `build(doc)` gives, built on first use and kept in `doc.user_data[key]`."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build(doc)
    return value


SENTENCES_KEY = "communique.sentences"  # doc.user_data: sentence starts and bounds
SENTENCE_SPANS_KEY = "communique.sentence_spans"
ENTITIES_KEY = "communique.entities"


def doc_sentences(doc: Doc) -> list[Span]:
    """`doc.sents` as a list, read once per document (each iteration of `doc.sents` searches anew)."""
    return _kept(doc, SENTENCE_SPANS_KEY, lambda d: list(d.sents))


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, read once per document (`Doc.ents` builds its spans anew on each access)."""
    return _kept(doc, ENTITIES_KEY, lambda d: d.ents)


def sentence_bounds(doc: Doc, index: int) -> tuple[int, int, int, int]:
    """(start, end, start_char, end_char) of the sentence of doc[index], the same as `doc[index].sent`
    gives, from the document's sentences listed once and kept in doc.user_data (`Token.sent` searches
    the parse anew on each call). Shared by the per-event attachments: dates, places, sizes."""
    cached = doc.user_data.get(SENTENCES_KEY)
    if cached is None:
        sentences = doc_sentences(doc)
        cached = doc.user_data[SENTENCES_KEY] = ([s.start for s in sentences],
                                                 [(s.start, s.end, s.start_char, s.end_char) for s in sentences])
    starts, bounds = cached
    return bounds[bisect_right(starts, index) - 1]


def parse(text: str, model: str = DEFAULT_MODEL) -> Doc:
    doc = load_model(model)(text)
    doc.user_data[TEXT_KEY] = text
    return doc


def parse_many(texts: Iterable[str], batch_size: int = 32, model: str = DEFAULT_MODEL) -> Iterator[Doc]:
    """Parse texts in batches; yields one Doc per text, in order, each knowing its text (`doc_text`)."""
    for doc, text in load_model(model).pipe(((text, text) for text in texts), as_tuples=True, batch_size=batch_size):
        doc.user_data[TEXT_KEY] = text
        yield doc


TOKENS_KEY = "communique.tokens"  # doc.user_data key of the document's DocTokens


@dataclass
class DocTokens:
    """The strings of every token of one document, read once. spaCy decodes `token.text`, `.lemma_`,
    `.pos_` from its string store on every access and `doc[i]` builds a new Token each time, so the
    per-token loops of the extract and resolve stages read these lists instead."""
    text: list[str]
    lower: list[str]  # token.lower_
    lemma: list[str]  # token.lemma_.lower()
    pos: list[str]  # token.pos_
    dep: list[str]  # token.dep_
    idx: list[int]  # token.idx, the character offset
    spaced: list[int]  # 1 where a space follows the token (token.whitespace_), else 0
    _entities: dict[int, Span] | None = field(default=None, repr=False)

    def entity_at(self, doc: Doc, start: int) -> Span | None:
        """The named entity of `doc` that starts at token `start`, if any."""
        if self._entities is None:
            self._entities = {}
            for ent in doc_entities(doc):
                self._entities.setdefault(ent.start, ent)
        return self._entities.get(start)

    def end_char(self, i: int) -> int:
        """Character offset just past token i."""
        return self.idx[i] + len(self.text[i])


def doc_tokens(doc: Doc) -> DocTokens:
    """The DocTokens of `doc`, built on first use and kept in `doc.user_data`."""
    return _kept(doc, TOKENS_KEY, _read_tokens)


def _read_tokens(doc: Doc) -> DocTokens:
    orth, lower, lemma, pos, dep, idx, spaced = doc.to_array([ORTH, LOWER, LEMMA, POS, DEP, IDX, SPACY]).T.tolist()
    strings = doc.vocab.strings
    return DocTokens(text=[strings[h] for h in orth], lower=[strings[h] for h in lower],
                     lemma=[strings[h].lower() for h in lemma], pos=[strings[h] for h in pos],
                     dep=[strings[h] for h in dep], idx=idx, spaced=spaced)


TAGS_KEY = "communique.tags"  # doc.user_data key of the document's fine-grained tags


def doc_tags(doc: Doc) -> list[str]:
    """`token.tag_` of every token of `doc`, read once and kept in `doc.user_data`: the coder's walks over a
    sentence for its verbs of comment, request and accusation test the tag of each token (apart from
    DocTokens, which the stages that read no tags build for every document)."""
    return _kept(doc, TAGS_KEY, _read_tags)


def _read_tags(doc: Doc) -> list[str]:
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(TAG).tolist()]


TREE_KEY = "communique.tree"  # doc.user_data key of the document's DocTree


@dataclass
class DocTree:
    """The dependency tree of one document as token indices, read once: `token.head`, `.children` and
    `.conjuncts` build new Token objects on every access. (For a subtree keep spaCy's `Token.subtree`:
    a walk of these lists in Python was measured slower.)"""
    heads: list[int]  # heads[i]: index of token i's head (i itself for a sentence root)
    children: list[list[int] | tuple[()]]  # in spaCy's order (ascending); a shared () where there are none
    dep: list[str]  # token.dep_, DocTokens.dep of the same document

    def members(self, doc: Doc, i: int) -> list[int]:
        """The indices of token i's subtree, ascending (the tokens of `Token.subtree`, whose own order
        can differ where the parse crosses itself). They lie between i's left and right edges, and so
        does each one's chain of heads up to i: where every other token there has its head there
        too, all of them are under i."""
        token = doc[i]
        first, last = token.left_edge.i, token.right_edge.i
        heads = self.heads
        for j in range(first, last + 1):
            if j != i and (heads[j] == j or not first <= heads[j] <= last):
                return self._members_walked(i, first, last)
        return list(range(first, last + 1))

    def _members_walked(self, i: int, first: int, last: int) -> list[int]:
        """`members` where some tokens between the edges are not under i: each one's heads followed."""
        heads = self.heads
        under = {i: True}  # token -> whether it is in the subtree, for the tokens walked so far
        found = []
        for j in range(first, last + 1):
            path, k = [], j
            while k not in under:
                path.append(k)
                if heads[k] == k or not first <= heads[k] <= last:
                    verdict = False
                    break
                k = heads[k]
            else:
                verdict = under[k]
            for k in path:
                under[k] = verdict
            if verdict:
                found.append(j)
        return found

    def conjuncts(self, i: int) -> list[int]:
        """`Token.conjuncts` as indices: the tokens coordinated with token i, in spaCy's order."""
        heads, dep = self.heads, self.dep
        start = i
        while heads[start] != start and dep[start] == "conj":
            start = heads[start]
        found = [start]
        for word in found:  # grows as conjuncts of conjuncts are found
            found.extend(c for c in self.children[word] if c > word and dep[c] == "conj")
        return [j for j in found if j != i]


def doc_tree(doc: Doc) -> DocTree:
    """The DocTree of `doc`, built on first use and kept in `doc.user_data`."""
    return _kept(doc, TREE_KEY, _read_tree)


def _read_tree(doc: Doc) -> DocTree:
    offsets = doc.to_array([HEAD]).astype(numpy.int64).ravel()  # head - index, stored unsigned
    heads = (offsets + numpy.arange(len(offsets))).tolist()
    leaf = ()
    children: list[list[int] | tuple[()]] = [leaf] * len(heads)  # a list only for a token with children:
    for i, head in enumerate(heads):  # fewer objects to build (and for the garbage collector to visit)
        if head != i:
            if children[head] is leaf:
                children[head] = [i]
            else:
                children[head].append(i)
    return DocTree(heads, children, doc_tokens(doc).dep)
