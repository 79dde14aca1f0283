"""The third look: names the gazetteer knows, in a frame that only a place fills, whatever the small model
tagged them (a person, an organisation, nothing) and however small the town.

- a body, office or people of the place after it (data/places/local_nouns.tsv): "the Athens Police
  Department", "the Groton Town Council", "Avondale Mayor Ed Rieker", "a Gainesville man";
- a dateline: a name in capitals opening a sentence, then a dash or colon ("HARTFORD — Connecticut
  legislators ...", "BEIRUT: Unknown assailants ...");
- "-based": "a Danbury-based firm";
- a locative preposition before it ("in Tega Cay", "near Pahrump", "at Whitestown"): any town then,
  where the name is not part of a person's full name in the document ("Hillary Clinton" ... "in Clinton's
  view" stays a person), nor followed by a possessive;
- an area named with its type word ("Anderson County Sheriff Greg Taylor", "Rapides Parish Fire
  District"), which no person is named.
Only the gazetteer's main names and curated aliases are taken (no GeoNames alternate name), and a name
inside a longer run of capitalised words is taken only where the frame closes that run.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from communique.data_files import data_path, tsv_rows
from communique.nlp import doc_tokens
from communique.places.names import (AREA_WORDS, GUARDED_LABELS, MAX_NAME_TOKENS, PLACE_LABELS, FoundName, Lookup,
                                     locative_before, usable)
from communique.places.second_look import Known
from communique.places.tokens import TokenFacts

DATELINE_MARKS = frozenset({"\u2014", "\u2013", "-", "--", ":", "("})
NAME_LABELS = PLACE_LABELS | GUARDED_LABELS | {"NORP"}  # not a date, a number, a law...
FRAMES = ("local", "dateline", "based", "locative", "area")


@dataclass(frozen=True)
class LocalNouns:
    body: frozenset[str]
    resident: frozenset[str]


@lru_cache(maxsize=1)
def local_nouns() -> LocalNouns:
    """The nouns of data/places/local_nouns.tsv, by kind."""
    kinds: dict[str, set[str]] = {"body": set(), "resident": set()}
    for _, fields in tsv_rows(data_path("places/local_nouns.tsv"), "the list of a place's bodies and people"):
        if fields[0] != "noun":
            kinds[fields[1].strip()].add(fields[0].strip().lower())
    return LocalNouns(frozenset(kinds["body"]), frozenset(kinds["resident"]))


def framed_mentions(doc: Doc, entities: tuple[Span, ...], lookup: Lookup, taken: set[int], facts: TokenFacts,
                    known: Known, frames: tuple[str, ...] = FRAMES) -> list[FoundName]:
    """Names outside `taken` that a place frame holds, in text order (`frames`: which frames to read)."""
    person_words = {word for ent in entities if ent.label_ == "PERSON" and len(ent) > 1
                    for word in facts.lower[ent.start:ent.end]}
    taken = taken | {i for ent in entities if ent.label_ not in NAME_LABELS for i in range(ent.start, ent.end)}
    words, offsets = doc_tokens(doc).text, doc_tokens(doc).idx
    name = [is_name or (word[:1].isupper() and word.isalpha() and not doc[i].is_stop)  # "WAXAHACHIE" tagged a noun
            for i, (is_name, word) in enumerate(zip(facts.name, words))]  # is_stop asked of the few capitalised
    mentions, i, length = [], 0, len(doc)
    while i < length:
        if i in taken or not name[i] or (i > 0 and name[i - 1] and i - 1 not in taken and not doc[i].is_sent_start):
            i += 1  # not a name, or not the first word of one
            continue
        found = None
        run = i + 1  # the span may end anywhere up to the first token after i taken or not a name
        while run < length and run - i < MAX_NAME_TOKENS and run not in taken and name[run]:
            run += 1
        for end in range(run, i, -1):  # the Span is built only for a name found
            frame = _frame(doc, i, end, facts, name, words, frames)
            if frame is None or (frame == "locative" and any(w in person_words for w in facts.lower[i:end])):
                continue
            text = facts.text[offsets[i]:offsets[end - 1] + len(words[end - 1])]
            if lookup.is_demonym(text):
                continue
            candidates = tuple(c for c in usable(lookup(text), text, 0) if c.primary)
            if frame == "area":
                candidates = tuple(c for c in candidates if c.entry.feature == "admin")
            elif frame == "local":
                candidates = tuple(c for c in candidates if c.entry.admin1 in known.admin1s
                                   or c.entry.country in known.countries)
            elif frame == "locative":
                candidates = tuple(c for c in candidates if c.entry.admin1 in known.admin1s)
            if candidates:
                found = FoundName(doc[i:end], text, candidates)
                break
        if found:
            mentions.append(found)
            i = found.span.end
        else:
            i += 1
    return mentions


def _frame(doc: Doc, start: int, end: int, facts: TokenFacts, name: list[bool], words: list[str],
           frames: tuple[str, ...]) -> str | None:
    """The frame that makes tokens [start, end) a place, or None (`name`: which tokens may be part of a name)."""
    after = facts.lower[end] if end < len(doc) else ""
    closes = end >= len(doc) or not name[end]  # the run of capitalised words ends with the span
    nouns = local_nouns()
    if "local" in frames:
        if after in nouns.resident and words[end].islower():
            return "local"
        if after in nouns.body or (end + 1 < len(doc) and name[end] and facts.lower[end + 1] in nouns.body
                                   and words[end + 1][:1].isupper()):
            return "local"
    if "dateline" in frames and end < len(doc) and words[end] in DATELINE_MARKS and _opens_line(doc, start, words):
        written = facts.text[doc_tokens(doc).idx[start]:doc_tokens(doc).end_char(end - 1)]
        if written.isupper() and len(written) > 2:
            return "dateline"
    if "based" in frames and after == "-" and end + 1 < len(doc) and facts.lower[end + 1] == "based":
        return "based"
    if "area" in frames and facts.lower[end - 1] in AREA_WORDS and end - start > 1:
        return "area"
    if "locative" in frames and closes and after not in ("'s", "\u2019s", "'") \
            and locative_before(start, facts):
        return "locative"
    return None


def _opens_line(doc: Doc, start: int, words: list[str]) -> bool:
    """The name starting at token `start` starts the text, a sentence or a line."""
    return start == 0 or doc[start].is_sent_start or words[start - 1] == "." or not words[start - 1].strip()
