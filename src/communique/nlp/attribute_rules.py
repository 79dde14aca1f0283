"""The model's `attribute_ruler`, with the same output in a quarter of the time.

spaCy's English models map each fine-grained tag to its coarse part of speech and morphology with an
`AttributeRuler`: ~180 Matcher patterns, nearly all of one token and one or two attributes
("TAG is NNS", "LOWER is 'that' and TAG is IN"). Run through spaCy's general `Matcher`, every token is
tried against every pattern, with the GIL held: about a tenth of the model's whole parsing time.

`FastAttributeRuler` takes the model's own ruler and keeps its patterns, attributes and order. Patterns of
one token whose conditions are plain equalities or `IN`/`NOT_IN` sets over TAG, LOWER, DEP and IS_SPACE are
looked up by the value of one of their equality attributes; the rest (several tokens, regular expressions)
stay in a spaCy `Matcher` of their own. The matches of both are sorted as spaCy sorts them (by the
pattern's order, later patterns winning) and applied by the model ruler's own `set_annotations`, so each
token gets exactly the attributes spaCy gives it (tests/test_attribute_rules.py compares both on every
token of written text).
"""
from __future__ import annotations

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # the columns of a token's values in `matches`
INDEXED = ("TAG", "LOWER", "DEP")  # an equality (or IN) on one of these finds a pattern's candidates


class _Condition:
    """One token pattern as (column, allowed values, excluded values) tests, on string hashes."""

    def __init__(self, token_pattern: dict, strings):
        self.tests = []
        for attr, value in token_pattern.items():
            column = COLUMNS[attr]
            if attr == "IS_SPACE":
                self.tests.append((column, {int(bool(value))}, None))
            elif isinstance(value, dict):
                allowed = {strings.add(v) for v in value["IN"]} if "IN" in value else None
                excluded = {strings.add(v) for v in value["NOT_IN"]} if "NOT_IN" in value else None
                self.tests.append((column, allowed, excluded))
            else:
                self.tests.append((column, {strings.add(value)}, None))

    def holds(self, values: tuple) -> bool:
        for column, allowed, excluded in self.tests:
            value = values[column]
            if allowed is not None and value not in allowed:
                return False
            if excluded is not None and value in excluded:
                return False
        return True


def _plain(token_pattern: dict) -> bool:
    """Whether one token pattern is made only of the tests `_Condition` runs."""
    for attr, value in token_pattern.items():
        if attr not in COLUMNS:
            return False
        if isinstance(value, dict) and (not value or set(value) - {"IN", "NOT_IN"}):
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
        self.rest = Matcher(ruler.vocab)
        for number, entry in enumerate(ruler.patterns):  # in the order of ruler.attrs: its numbering
            key = str(number)
            match_id = strings.add(key)
            for token_patterns in entry["patterns"]:
                found = _index_key(token_patterns[0]) if len(token_patterns) == 1 else None
                if found is None or not _plain(token_patterns[0]):
                    self.rest.add(key, [token_patterns])
                    continue
                attr, values = found
                condition = _Condition(token_patterns[0], strings)
                for value in values:
                    hashed = int(bool(value)) if attr == "IS_SPACE" else strings.add(value)
                    self.lookup[COLUMNS[attr]].setdefault(hashed, []).append((number, match_id, condition))

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.matches(doc))
        return doc

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(pattern number, match id, start, end) of every match, sorted as AttributeRuler.match sorts."""
        found = set()
        lookup = self.lookup
        for i, values in enumerate(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())):
            for column, table in enumerate(lookup):
                for number, match_id, condition in table.get(values[column], ()):
                    if condition.holds(values):
                        found.add((number, match_id, i, i + 1))
        for match_id, start, end in self.rest(doc, allow_missing=True):
            found.add((int(self.ruler.vocab.strings[match_id]), match_id, start, end))
        return sorted(found)


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
