"""Streets, natural features and facilities: places the gazetteer has no entry for, placed at the article's
locality.

A capitalised name ending in a street or feature word ("Shamrock Street", "the Neches River", "Dulles
Airport") or starting with one before a name ("Lake Vermont", "Mount Hood"), from
data/places/feature_words.tsv, is a place mention. Where the gazetteer knows the whole name as a place
("Elbow Lake", "Lake Charles", "Mount Vernon") it is left to the gazetteer. (spaCy's FAC entities were
tried as facilities and left out: most are buildings the corpora do not count.)

The gazetteer cannot say where such a name is, but the article can: local news names its streets and
buildings in the town it is about. Each is given the point of the article's locality (the city it names
most often, else its most named admin area; a country is too coarse to stand for it), with `precision`
set to the kind ("street", "natural", "facility") so that no reader takes the point for the feature's
own, and the reason naming the place it was put at. An article that names no city or admin area leaves
them out.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from communique.data_files import data_path, tsv_rows
from communique.nlp import doc_tokens
from communique.places.names import Lookup
from communique.places.tokens import TokenFacts, span_text
from communique.records import Place

DIRECTION_AFTER = frozenset({"north", "south", "east", "west", "ne", "nw", "se", "sw", "n.", "s.", "e.", "w."})
_NUMBER = re.compile(r"\d+[A-Za-z]?$")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)$", re.IGNORECASE)
LOCALITY_ORDER = ("city", "admin")  # the most specific kind of place first; a country is no locality


@dataclass(frozen=True)
class FeatureName:
    span: Span
    text: str
    kind: str  # street | natural | facility


@dataclass(frozen=True)
class FeatureWords:
    suffix: dict[str, str]  # word -> kind
    prefix: dict[str, str]
    number: dict[str, str]


@lru_cache(maxsize=1)
def feature_words() -> FeatureWords:
    """The words of data/places/feature_words.tsv, by position."""
    tables: dict[str, dict[str, str]] = {"suffix": {}, "prefix": {}, "number": {}}
    for number, fields in tsv_rows(data_path("places/feature_words.tsv"), "the list of street and feature words"):
        if fields[0] == "word":
            continue
        word, kind, position = (f.strip() for f in fields[:3])
        tables[position][word.lower()] = kind
    return FeatureWords(**tables)


def feature_names(doc: Doc, facts: TokenFacts, lookup: Lookup, taken: set[int]) -> list[FeatureName]:
    """Every street and natural feature name in the document, in text order, outside `taken` tokens."""
    words, tokens = feature_words(), doc_tokens(doc)
    found: list[FeatureName] = []
    every = words.suffix.keys() | words.prefix.keys() | words.number.keys()
    i, length = 0, len(doc)
    while i < length:
        span_kind = _feature_at(i, doc, facts, tokens.text, words, taken) if facts.lower[i] in every else None
        if span_kind is None:
            i += 1
            continue
        (start, end), kind = span_kind
        text = span_text(doc[start:end], facts)
        if not any(c.primary for c in lookup(text)):
            found.append(FeatureName(doc[start:end], text, kind))
            i = end
        else:
            i += 1
    return found


def _feature_at(i: int, doc: Doc, facts: TokenFacts, text: list[str], words: FeatureWords,
                taken: set[int]) -> tuple[tuple[int, int], str] | None:
    """The feature name whose feature word is token i, as ((start, end), kind), or None."""
    word = facts.lower[i]
    if i in taken or not text[i][:1].isupper():
        return None
    if word in words.number and i + 1 < len(doc) and _NUMBER.match(text[i + 1]) and i + 1 not in taken:
        start = _name_start(i, doc, facts, text, taken)
        return (start, _with_direction(i + 2, doc, facts, text, taken)), words.number[word]
    if word in words.suffix:
        start, last = _name_start(i, doc, facts, text, taken), i
        while last + 1 < len(doc) and last + 1 not in taken and facts.lower[last + 1] in words.suffix \
                and text[last + 1][:1].isupper():
            last += 1  # "Garnett Ridge Drive", "Mitchell Bridge Road": the last feature word says what it is
        if start < i and not _has_initial(start, i, text):
            return (start, _with_direction(last + 1, doc, facts, text, taken)), words.suffix[facts.lower[last]]
    if word in words.prefix:
        end = i + 1
        while end < len(doc) and end not in taken and _name_word(end, facts, text) and not doc[end].is_sent_start:
            end += 1
        if end > i + 1:  # "Lake Tuscaloosa Road": a street word at the end says what it is
            return (i, end), words.suffix.get(facts.lower[end - 1], words.prefix[word])
    return None


def _has_initial(start: int, end: int, text: list[str]) -> bool:
    """"Marvin F. Lane": a middle initial other than a compass letter makes the name a person's."""
    return any(len(text[j]) == 2 and text[j][1] == "." and text[j][0] not in "NSEW" for j in range(start, end))


def _name_word(i: int, facts: TokenFacts, text: list[str]) -> bool:
    """A word that may be part of a street's or feature's name: capitalised ("Grand", "E.") or an ordinal
    ("40th"); not a determiner or a word a sentence starts with for other reasons ("The")."""
    word = text[i]
    if _ORDINAL.match(word):
        return True
    return word[:1].isupper() and not facts.punct[i] and facts.lower[i] not in ("the", "a", "an")


def _name_start(i: int, doc: Doc, facts: TokenFacts, text: list[str], taken: set[int]) -> int:
    """The first token of the name that ends before token i: back over name words within the sentence."""
    start = i
    while start > 0 and start - 1 not in taken and _name_word(start - 1, facts, text) and not doc[start].is_sent_start:
        start -= 1
    return start


def _with_direction(end: int, doc: Doc, facts: TokenFacts, text: list[str], taken: set[int]) -> int:
    """"40th Avenue South", "Interstate 64 West": a capitalised compass word right after belongs to the name."""
    if end < len(doc) and end not in taken and text[end][:1].isupper() and facts.lower[end] in DIRECTION_AFTER \
            and not doc[end].is_sent_start:
        return end + 1
    return end


def locality(places: list[Place]) -> Place | None:
    """The place the article is about: the city it names most often (the first of those named as often),
    else its most named admin area; None where it names neither."""
    for feature in LOCALITY_ORDER:
        named = [p for p in places if p.feature == feature and p.lat is not None]
        if named:
            counts = Counter((p.name, p.country) for p in named)
            return max(named, key=lambda p: counts[(p.name, p.country)])  # max keeps the first of a tie
    return None


def placed(features: list[FeatureName], at: Place | None) -> list[Place]:
    """The features as places at the article's locality `at` (none where the article names no place)."""
    if at is None:
        return []
    reason = f"a {{}} the gazetteer does not know: placed at the article's locality, {at.name}"
    return [Place(text=f.text, name=f.text, country=at.country, lat=at.lat, lon=at.lon, feature=at.feature,
                  start=f.span.start_char, end=f.span.end_char, geonameid=None, precision=f.kind,
                  reason=reason.format(f.kind)) for f in features]
