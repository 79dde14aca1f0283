"""The model's rule `lemmatizer`, with the same lemmas at a fraction of the cost.

spaCy's English lemmatizer visits every token in Python: it builds the Token, reads its part of speech and
morphology as strings and dicts, and only then consults its tables. Its own cache is keyed by (word, part of
speech, morphology) but skipped by the commonest case, the base form ("said" as a past tense is cached; "says",
"government" and "Kenya" are worked out anew every time). It is about a tenth of the model's parsing time, all
of it holding the GIL, which the coding stages share (pipeline.extract_articles parses the next batch in a
thread of its own).

`FastLemmatizer` keeps the model's lemmatizer and asks it, once, for each (word, part of speech, morphology) it
has not seen; after that the lemma is a dict lookup, read and written for the whole document at once with
`Doc.to_array` / `Doc.from_array`. The lemma of a rule lemmatizer depends on nothing else (its tables are fixed
once loaded), so every token gets exactly the lemma the model gives it (tests/test_lemmas.py compares both on
written text). As the model's own, it leaves a lemma already set (by the attribute ruler) unless its setting
`overwrite` is on. A lemmatizer in any mode but "rule" is left as it is.

Where it does ask, it asks a copy of the model's lemmatizer whose index of known words (the table `lemma_index`,
a list per part of speech: 57,528 nouns) is a set: the rules test each candidate form for membership in it, and a
list is searched word by word (~0.15 ms a question, 5,871 questions over the benchmark's 44 articles: 0.77 s, an
eighth of their parse). The same code over the same words answers the same (`in` of a set and of a list agree);
the other tables are the model's own, shared (benchmarks/README.md, "Session 33: perf33").
"""
from __future__ import annotations

import copy

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

MAX_KNOWN = 1_000_000  # distinct (word, part of speech, morphology) kept; beyond, the table starts again
INDEX_TABLE = "lemma_index"  # the rule lemmatizer's known words per part of speech, searched with `in`


class FastLemmatizer:
    """A pipeline component giving every token the lemma `lemmatizer` (the model's, in rule mode) gives it."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.known: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> the lemma's string hash
        self.lemmatize = (indexed_by_sets(lemmatizer).rule_lemmatize if lemmatizer.mode == "rule"
                          else lemmatizer.lemmatize)

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([LEMMA, ORTH, POS, MORPH])
        if not len(rows):
            return doc
        known, overwrite = self.known, self.lemmatizer.overwrite
        lemmas = rows[:, 0].tolist()
        for i, (lemma, orth, pos, morph) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                if len(known) >= MAX_KNOWN:
                    known.clear()
                found = known[key] = self.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc


def indexed_by_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of the rule `lemmatizer` whose table INDEX_TABLE holds a frozenset of words per part of speech where
    the model's holds a list: its `rule_lemmatize` gives the same lemmas, each membership test a hash lookup. The
    other tables are the model's own objects; the copy has a cache of its own; the model's lemmatizer is unchanged."""
    own = copy.copy(lemmatizer)
    own.cache = {}
    own.lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)  # keyed by the string hashes of its words
        own.lookups.add_table(name, {key: frozenset(value) if name == INDEX_TABLE and isinstance(value, list)
                                     else value for key, value in table.items()})
    return own


FACTORY = "communique_fast_lemmatizer"


@Language.factory(FACTORY)
def _make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def use_fast_lemmatizer(nlp: Language) -> None:
    """Run a FastLemmatizer of `nlp`'s own lemmatizer in its place: added just after it, and the model's
    lemmatizer disabled (kept, so that the model as it ships can still be run: benchmarks/throughput.py times
    bare spaCy with it). A model without a rule lemmatizer is left as it is."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return
    nlp.add_pipe(FACTORY, name="fast_lemmatizer", after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
