"""The actor lexicon: names of countries, people and organisations, sector words and titles.

`load_lexicon()` gives the built-in lexicon, read once per process; `load_lexicon(Path("my_actors.tsv"))`
layers a user's file on top. The data files, the user file's format and the tables built from them are
in `lexicon_files`; this module looks names up in those tables.

Matching (`ActorLexicon.match`) is case-insensitive and folds accents ("Erdoğan" = "Erdogan"); hyphens and
apostrophes separate words and periods vanish, so "al-Assad", "al - Assad" and "U.N." match as expected.
Two guards keep common words out: a match must show a capital letter (not counting a leading "the"),
and a name of three letters or fewer ("US", "UN", "AU") must be written in capitals.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from .lexicon_files import (CodeSpan, LexiconEntry, LexiconTables, TitleInfo, builtin_tables, code_country,
                            code_sector, layered_tables, normalise)

DASHES = frozenset({"-", "--", "–", "—"})
_NOT_ASKED = object()  # a word `agent` has not been asked about yet


@dataclass(frozen=True)
class LexiconMatch:
    """`length` tokens from the start position name `entry`; code/country/sector as on the asked date."""
    length: int
    entry: LexiconEntry
    code: str
    country: str | None
    sector: str | None


class ActorLexicon:
    """Looks up actor names in token lists, sector words and titles. Build with `load_lexicon()`."""

    def __init__(self, tables: LexiconTables):
        self._t = tables
        self.surname_index: Mapping[str, tuple[LexiconEntry, ...]] = MappingProxyType(tables.surnames)
        self._sectors: dict[str, str | None] = {}  # agent's answers, per word: a fact about the tables
        self._longest: dict[str, int] = {}  # _longest_from's answers, per word: likewise

    def match(self, words: Sequence[str], start: int, on: dt.date | None = None) -> LexiconMatch | None:
        """The longest name starting at `words[start]` (tokens, possessive 's already stripped), or None."""
        count = len(words)
        limit = self._longest_from(words[start] if start < count else "")
        if not limit:
            return None  # no name starts with this word
        prefixes = self._t.prefixes
        pieces: list[str] = []  # the words of the tokens from `start` on, as the index keeps them
        tokens: list[int] = []  # index of the token each piece came from
        index = start
        while index < count and len(pieces) < limit:
            token_words = normalise(words[index])
            if not token_words and words[index].strip() not in DASHES:
                break
            pieces.extend(token_words)
            tokens.extend([index] * len(token_words))
            index += 1
            if tuple(pieces) not in prefixes:
                break  # no longer name starts with these words
        for size in range(min(limit, len(pieces)), 0, -1):
            last_token = tokens[size - 1]
            if size < len(pieces) and tokens[size] == last_token:
                continue  # a match must end at a token boundary
            key = tuple(pieces[:size])
            entry = self._t.names.get(key)
            if entry and _looks_like_a_name(words[start:last_token + 1], self._t.needs_capitals(key)):
                return self._match_of(entry, last_token - start + 1, on)
        return None

    def _longest_from(self, word: str) -> int:
        """How many index words the longest name starting with `word` has (0: none starts so)."""
        limit = self._longest.get(word)
        if limit is None:
            first = normalise(word)
            limit = self._longest[word] = self._t.longest.get(first[0], 0) if first else 0
        return limit

    def _match_of(self, entry: LexiconEntry, length: int, on: dt.date | None) -> LexiconMatch:
        code = self.code_on(entry, on)
        if code == entry.code:
            return LexiconMatch(length, entry, code, entry.country, entry.sector)
        return LexiconMatch(length, entry, code, code_country(code), code_sector(code))

    def lookup(self, name: str) -> LexiconEntry | None:
        """The actor with exactly this name or variant (any case), or None."""
        return self._t.names.get(normalise(name))

    @staticmethod
    def code_on(entry: LexiconEntry, date: dt.date | None) -> str:
        """The entry's CAMEO code valid on `date`; the latest code where date is None."""
        if date is None or len(entry.spans) < 2:
            return entry.code
        holding = [s for s in entry.spans if (s.start or s.end) and s.holds_on(date)]
        if holding:
            return max(holding, key=lambda s: s.start or dt.date.min).code
        default = [s for s in entry.spans if not (s.start or s.end)]
        if default:
            return default[-1].code
        return min(entry.spans, key=lambda s: _distance(s, date)).code

    def agent(self, word_or_phrase: str) -> str | None:
        """The sector of a sector word or phrase ("police" -> COP, "riot police" -> COP), or None."""
        sector = self._sectors.get(word_or_phrase, _NOT_ASKED)
        if sector is _NOT_ASKED:
            code = self._t.agents.get(normalise(word_or_phrase))
            sector = self._sectors[word_or_phrase] = code[:3] if code else None
        return sector

    def agent_code(self, word_or_phrase: str) -> str | None:
        """The full CAMEO agent code of a sector word ("defense ministry" -> GOVMIL), or None."""
        return self._t.agents.get(normalise(word_or_phrase))

    def title(self, phrase: str) -> TitleInfo | None:
        """What a title means ("Foreign Minister" -> GOV), or None."""
        return self._t.titles.get(normalise(phrase))

    def country_by_demonym(self, word: str) -> str | None:
        """ISO alpha-3 (or region code) of a demonym: "Turkish" -> TUR."""
        return self._t.demonyms.get(normalise(word))

    def country_by_name(self, word: str) -> str | None:
        """ISO alpha-3 (or region code) of a country name or variant: "Burma" -> MMR."""
        return self._t.countries.get(normalise(word))


def _distance(span: CodeSpan, day: dt.date) -> int:
    if span.end and day >= span.end:
        return (day - span.end).days
    if span.start and day < span.start:
        return (span.start - day).days
    return 0


def _looks_like_a_name(tokens: Sequence[str], capitals_only: bool) -> bool:
    """Guards against common words: a capital letter somewhere; acronyms ("US", "WHO") in capitals."""
    if capitals_only and not "".join(tokens).isupper():
        return False
    counted = tokens[1:] if len(tokens) > 1 and tokens[0].lower() == "the" else tokens
    return any(map(str.isupper, "".join(counted)))  # a capital letter in any of the words


def load_lexicon(user_file: Path | None = None) -> ActorLexicon:
    """The built-in lexicon (read once per process), with `user_file` layered on top where given."""
    base = builtin_tables()
    if user_file is None:
        return _builtin_lexicon()
    return ActorLexicon(layered_tables(base, Path(user_file)))


@lru_cache(maxsize=1)
def _builtin_lexicon() -> ActorLexicon:
    return ActorLexicon(builtin_tables())
