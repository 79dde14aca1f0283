"""Place mentions that no entity gives (state abbreviations, national adjectives that name ground), and the
countries an article's demonyms imply.

- US state abbreviations (data/places/abbreviations.tsv), read case-sensitively. One with an inner dot
  ("N.C.", "W.Va.") is a state wherever it stands; one that is also a word or a postal code ("Ill.",
  "Wash.", "LA", "OR") only right after "Place," ("Alexandria, La.", "Dayton, OH"), where nothing else
  can stand.
- A national adjective is not a place ("a Russian poet"), except before a noun for the country's own
  ground (data/places/area_nouns.tsv): "the Russian border", "the Georgian capital", "on Syrian soil", or
  for the country as a state, its organs and agents (data/places/polity_nouns.tsv): "the Georgian
  government", "Russian troops", "the Egyptian embassy" (as "Russia's troops" names Russia).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span

from communique.data_files import data_path, tsv_rows
from communique.nlp import doc_tokens, doc_tree
from communique.places.gazetteer import Candidate, Gazetteer, normalize_name


def abbreviation_spans(doc: Doc, text: str, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[Span, str, Candidate]]:
    """(span, text, the state's candidate) for each state abbreviation the text uses as one."""
    found = []
    for match in _pattern(tuple(gazetteer.abbreviations)).finditer(text):
        written = match.group(0)
        admin1, style = gazetteer.abbreviations[written]
        entry = gazetteer.admin1s.get(admin1)
        if entry is None:
            continue
        if not _has_inner_dot(written) and not _after_place_and_comma(text, match.start()):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        found.append((span, written, Candidate(entry, True)))
    return found


def _has_inner_dot(written: str) -> bool:
    return "." in written.rstrip(".")


def _after_place_and_comma(text: str, start: int) -> bool:
    """"Alexandria, La.": a capitalised word, a comma and a space right before."""
    before = text[max(0, start - 40):start]
    return re.search(r"[A-Z][\w.'\u2019-]*,\s+$", before) is not None


@lru_cache(maxsize=4)
def _pattern(abbreviations: tuple[str, ...]) -> re.Pattern:
    """One expression for every abbreviation, longest first; not inside a longer word or initialism.

    The alternatives are grouped by their first character (longest first within each group, so that
    the same one matches) behind a look-ahead for those characters: the scan then passes over every
    other position of the text at once instead of trying each alternative there."""
    if not abbreviations:
        return re.compile(r"(?!)")  # nothing to find
    by_first: dict[str, list[str]] = {}
    for written in sorted(abbreviations, key=len, reverse=True):
        by_first.setdefault(written[0], []).append(written)
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(re.escape(a[1:]) for a in group) + ")"
                            for first, group in by_first.items())
    firsts = "".join(re.escape(first) for first in sorted(by_first))
    return re.compile(rf"(?=[{firsts}])(?<![\w.])(?:{alternatives})(?![\w]|\.\w)")


def ground_adjectives(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[Span, str, Candidate]]:
    """(span, text, the country's candidate) for each national adjective before a noun of ground or of the state."""
    tokens, heads = doc_tokens(doc), doc_tree(doc).heads
    nouns = area_nouns() | polity_nouns()
    found = []
    for i, word in enumerate(tokens.text):
        if i in taken or not word[:1].isupper() or tokens.dep[i] not in ("amod", "compound", "nmod"):
            continue
        head = heads[i]
        if head == i or tokens.lemma[head].lower() not in nouns:
            continue
        is_demonym, country = gazetteer.demonym_country(word)
        entry = gazetteer.countries.get(country) if is_demonym and country else None
        if entry is not None and not word.endswith("s"):
            found.append((doc[i:i + 1], word, Candidate(entry, True)))
    return found


@lru_cache(maxsize=1)
def area_nouns() -> frozenset[str]:
    """The nouns of data/places/area_nouns.tsv."""
    rows = tsv_rows(data_path("places/area_nouns.tsv"), "the list of nouns of ground")
    return frozenset(fields[0].strip().lower() for _, fields in rows if fields[0] != "noun")


@lru_cache(maxsize=1)
def polity_nouns() -> frozenset[str]:
    """The nouns of data/places/polity_nouns.tsv."""
    rows = tsv_rows(data_path("places/polity_nouns.tsv"), "the list of nouns of the state")
    return frozenset(fields[0].strip().lower() for _, fields in rows if fields[0] != "noun")


def demonym_countries(doc: Doc, gazetteer: Gazetteer, text: str) -> dict[str, Counter]:
    """Countries the document's demonyms imply ("Libyan" -> LBY), keyed by the demonym."""
    context: dict[str, Counter] = {}
    for word, count in _capitalised_words(doc, text).items():
        is_demonym, country = gazetteer.demonym_country(word)
        if is_demonym and country:
            context.setdefault(normalize_name(word), Counter())[country] += count
    return context


def _capitalised_words(doc: Doc, text: str) -> dict[str, int]:
    """Each distinct word whose first letter is upper case, with its count, in order of first use.

    Read from the document's word list (`doc_tokens`, built once per document): a token's first
    character is text[token.idx], so the test is the same as on the text."""
    return Counter(word for word in doc_tokens(doc).text if word[0].isupper())
