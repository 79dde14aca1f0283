"""The model's `attribute_ruler`, with the same output in a quarter of the time.

spaCy's English models map each fine-grained tag to its coarse part of speech and morphology with an
`AttributeRuler`: ~180 Matcher patterns, nearly all of one token and one or two attributes
("TAG is NNS", "LOWER is 'that' and TAG is IN"). Run through spaCy's general `Matcher`, every token is
tried against every pattern, with the GIL held: about a tenth of the model's whole parsing time.

`FastAttributeRuler` takes the model's own ruler and keeps its patterns, attributes and order. Patterns of
one token whose conditions are plain equalities or `IN`/`NOT_IN` sets over TAG, LOWER, DEP and IS_SPACE are
looked up by the value of one of their equality attributes; patterns of several tokens, or with a regular
expression over those attributes, are read as sequences of such conditions, tried where their first token's
holds; anything else (an operator, another attribute) stays in a spaCy `Matcher` of their own. A token's
conditions depend on its four values alone, so what holds for each set of values is worked out once and kept
(a news text repeats most of them: 8,232 sets over the benchmark's 29,029 tokens). The matches are sorted as
spaCy sorts them (by the pattern's order, later patterns winning) and applied by the model ruler's own
`set_annotations`, so each token gets exactly the attributes spaCy gives it (tests/test_attribute_rules.py
compares both on every token of written text).
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # the columns of a token's values in `matches`
INDEXED = ("TAG", "LOWER", "DEP")  # an equality (or IN) on one of these finds a pattern's candidates
TESTS = frozenset({"IN", "NOT_IN", "REGEX"})  # the conditions `_Condition` runs besides an equality
MAX_KNOWN = 1_000_000  # distinct sets of a token's values kept with what holds for them; beyond, it starts again


class _Condition:
    """One token pattern as (column, allowed values, excluded values) tests, on string hashes, and (column, regular
    expression) searches of the value's string, as spaCy's Matcher searches it."""

    def __init__(self, token_pattern: dict, strings):
        self.tests, self.searches, self.strings = [], [], strings
        for attr, value in token_pattern.items():
            column = COLUMNS[attr]
            if attr == "IS_SPACE":
                self.tests.append((column, {int(bool(value))}, None))
            elif isinstance(value, dict):
                allowed = {strings.add(v) for v in value["IN"]} if "IN" in value else None
                excluded = {strings.add(v) for v in value["NOT_IN"]} if "NOT_IN" in value else None
                self.tests.append((column, allowed, excluded))
                if "REGEX" in value:
                    self.searches.append((column, re.compile(value["REGEX"])))
            else:
                self.tests.append((column, {strings.add(value)}, None))

    def holds(self, values: tuple) -> bool:
        for column, allowed, excluded in self.tests:
            value = values[column]
            if allowed is not None and value not in allowed:
                return False
            if excluded is not None and value in excluded:
                return False
        return all(regex.search(self.strings[values[column]]) for column, regex in self.searches)


def _plain(token_pattern: dict, searches: bool = False) -> bool:
    """Whether one token pattern is made only of the tests `_Condition` runs (with `searches`, its regular
    expressions too: over TAG, LOWER or DEP)."""
    tests = TESTS if searches else TESTS - {"REGEX"}
    for attr, value in token_pattern.items():
        if attr not in COLUMNS:
            return False
        if isinstance(value, dict) and (not value or set(value) - tests
                                        or "REGEX" in value and (attr == "IS_SPACE" or not isinstance(value["REGEX"], str))):
            return False
        if attr == "IS_SPACE" and not isinstance(value, bool):
            return False
    return True


def _index_key(token_pattern: dict) -> tuple[str, list] | None:
    """The attribute and values to find a pattern's candidate tokens by: an equality or IN set."""
    for attr in INDEXED:
        value = token_pattern.get(attr)
        if isinstance(value, str):
            return attr, [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return attr, list(value["IN"])
    if "IS_SPACE" in token_pattern:
        return "IS_SPACE", [token_pattern["IS_SPACE"]]
    return None


class FastAttributeRuler:
    """A pipeline component giving every token what `ruler` (the model's AttributeRuler) gives it."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        strings = ruler.vocab.strings
        # per column: value -> (pattern number, match id, condition) of the patterns found by that value
        self.lookup: list[dict[int, list[tuple[int, int, _Condition]]]] = [{} for _ in COLUMNS]
        self.sequences: list[tuple[int, int, tuple[_Condition, ...]]] = []  # (number, match id, conditions)
        self.rest = Matcher(ruler.vocab)
        self.known: dict[tuple, tuple] = {}  # a token's values -> (`lookup` matches, `sequences` it may start)
        for number, entry in enumerate(ruler.patterns):  # in the order of ruler.attrs: its numbering
            key = str(number)
            match_id = strings.add(key)
            for token_patterns in entry["patterns"]:
                found = _index_key(token_patterns[0]) if len(token_patterns) == 1 else None
                if found is not None and _plain(token_patterns[0]):
                    attr, values = found
                    condition = _Condition(token_patterns[0], strings)
                    for value in values:
                        hashed = int(bool(value)) if attr == "IS_SPACE" else strings.add(value)
                        self.lookup[COLUMNS[attr]].setdefault(hashed, []).append((number, match_id, condition))
                elif token_patterns and all(_plain(p, searches=True) for p in token_patterns):
                    self.sequences.append((number, match_id, tuple(_Condition(p, strings) for p in token_patterns)))
                else:
                    self.rest.add(key, [token_patterns])

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.matches(doc))
        return doc

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(pattern number, match id, start, end) of every match, sorted as AttributeRuler.match sorts."""
        found = set()
        known, sequences = self.known, self.sequences
        rows = list(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()))
        for i, values in enumerate(rows):
            held = known.get(values)
            if held is None:
                if len(known) >= MAX_KNOWN:
                    known.clear()
                held = known[values] = self._held(values)
            for number, match_id in held[0]:
                found.add((number, match_id, i, i + 1))
            for number, match_id, conditions in held[1]:  # its first token's condition holds here
                end = i + len(conditions)
                if end <= len(rows) and all(c.holds(rows[j]) for j, c in enumerate(conditions[1:], start=i + 1)):
                    found.add((number, match_id, i, end))
        if len(self.rest):
            for match_id, start, end in self.rest(doc, allow_missing=True):
                found.add((int(self.ruler.vocab.strings[match_id]), match_id, start, end))
        return sorted(found)

    def _held(self, values: tuple) -> tuple[tuple, tuple]:
        """For a token of these values: the (number, match id) of every looked-up pattern that holds, and the
        sequences whose first condition holds."""
        singles = tuple((number, match_id) for column, table in enumerate(self.lookup)
                        for number, match_id, condition in table.get(values[column], ()) if condition.holds(values))
        return singles, tuple(s for s in self.sequences if s[2][0].holds(values))


FACTORY = "communique_fast_attribute_ruler"


@Language.factory(FACTORY)
def _make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def use_fast_attribute_ruler(nlp: Language) -> None:
    """Run a FastAttributeRuler of `nlp`'s own attribute_ruler in its place: added just after it, and the
    model's ruler disabled (kept, so that the model as it ships can still be run: benchmarks/throughput.py
    times bare spaCy with it). A model without an attribute_ruler is left as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    nlp.add_pipe(FACTORY, name="fast_attribute_ruler", after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
