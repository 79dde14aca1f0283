"""The offline gazetteer: place names -> candidate places, built once per process from the sources in
communique.places.sources (GeoNames data shipped in installed packages, and communique's own data files):
- data/places/demonyms.tsv: national adjectives ("Libyan" -> LBY), which are not place names by themselves;
- data/places/preferred.tsv: names whose usual news sense is not the most populous one ("Washington").

User gazetteer (`load_user_gazetteer`): a UTF-8 TSV file, one place a line, columns

    name <TAB> country ISO3 (or empty) <TAB> lat <TAB> lon <TAB> feature <TAB> alt names (optional, |-separated)

where feature is one of city, admin, country, region. Empty lines and lines starting with '#' are skipped,
as is a first line whose first column is `name` (the header). A bad line raises DataFileError naming the
file and the line number.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from communique.errors import DataFileError
from communique.places.sources import (FEATURES, GazetteerEntry, NamedEntry, builtin_entries, data_rows,  # noqa: F401
                                       place_rows)
from communique.places.sources import number as to_number

_POSSESSIVE = re.compile(r"'s?$")
MAX_REMEMBERED = 1 << 16  # words whose demonym_country answer a Gazetteer keeps (then it starts afresh)
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")


class Candidate(NamedTuple):
    """A gazetteer entry reached through one of its names (a tuple: some 400,000 are built at load)."""
    entry: GazetteerEntry
    primary: bool  # its main name or a curated alias, not a GeoNames alternate name


def normalize_name(text: str) -> str:
    """The lookup key of a place name: accents and case folded; 'the', possessive 's and dots dropped."""
    if text.isascii() and text.replace(" ", "").isalpha() and text[0] != " " and text[-1] != " " \
            and "  " not in text:  # most names: no accents, dots, dashes or stray spaces
        folded = text.lower()
        return folded[4:] if folded.startswith("the ") else folded
    text = text.replace("\u2019", "'")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    folded = text.casefold().strip()
    if folded.endswith("'s") or folded.endswith("'"):
        folded = _POSSESSIVE.sub("", folded)
    folded = _SEPARATORS.sub(" ", folded.replace(".", "")).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


@lru_cache(maxsize=16384)
def lookup_key(text: str) -> str:
    """`normalize_name`, remembered: the same words are looked up in document after document."""
    return normalize_name(text)


class Gazetteer:
    """Name -> candidates index, the demonym table, the preferred senses, and the state abbreviations."""

    def __init__(self, entries: Iterable[NamedEntry], demonyms: dict[str, str | None], preferred: dict[str, int],
                 abbreviations: dict[str, tuple[str, str]] | None = None):
        index: dict[str, dict[int, Candidate]] = {}  # key -> id(entry) -> its first candidate
        self.countries: dict[str, GazetteerEntry] = {}  # ISO alpha-3 -> the country
        self.admin1s: dict[str, GazetteerEntry] = {}  # "US.LA" -> the admin-1 area
        for name, entry, primary in entries:
            key = normalize_name(name)
            if key:
                bucket = index.setdefault(key, {})
                if id(entry) not in bucket:
                    bucket[id(entry)] = Candidate(entry, primary)
            if entry.feature == "country" and entry.country:
                self.countries.setdefault(entry.country, entry)
            elif entry.level == 1 and entry.admin1:
                self.admin1s.setdefault(entry.admin1, entry)
        self._index = {k: tuple(v.values()) for k, v in index.items()}
        self.demonyms = demonyms
        self.preferred = preferred
        self.abbreviations = abbreviations or {}  # "La." -> ("US.LA", "ap")
        self._demonym_answers: dict[str, tuple[bool, str | None]] = {}  # demonym_country's, per word

    def __len__(self) -> int:
        return len(self._index)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        return self._index.get(lookup_key(name), ())

    def demonym_country(self, word: str) -> tuple[bool, str | None]:
        """(is a demonym, the country it implies or None) for a word such as 'Libyan' or 'Libyans'."""
        found = self._demonym_answers.get(word)
        if found is None:  # asked of every capitalised word of every article: each word worked out once
            if len(self._demonym_answers) >= MAX_REMEMBERED:
                self._demonym_answers.clear()
            found = self._demonym_answers[word] = self._demonym_country(word)
        return found

    def _demonym_country(self, word: str) -> tuple[bool, str | None]:
        key, demonyms = lookup_key(word), self.demonyms
        if key in demonyms:
            return True, demonyms[key]
        if key.endswith("s") and key[:-1] in demonyms:  # "Libyans"
            return True, demonyms[key[:-1]]
        return False, None


def user_index(extra_places: list[dict] | None) -> dict[str, tuple[Candidate, ...]]:
    """Index the user's places (dicts as `load_user_gazetteer` returns them) by normalised name."""
    index: dict[str, list[Candidate]] = {}
    for place in extra_places or ():
        entry = GazetteerEntry(name=place["name"], country=place.get("country"), lat=place.get("lat"),
                               lon=place.get("lon"), feature=place.get("feature", "city"),
                               geonameid=place.get("geonameid"), user=True)
        for name in [place["name"], *place.get("alt_names", ())]:
            index.setdefault(normalize_name(name), []).append(Candidate(entry, True))
    return {k: tuple(v) for k, v in index.items()}


def load_user_gazetteer(path: str | Path) -> list[dict]:
    """Read a user gazetteer TSV (format in the module docstring) into place dicts for `find_places`."""
    path = Path(path)
    return [_user_place(fields, str(path), number) for number, fields in place_rows(path, "the gazetteer file")]


def _user_place(fields: list[str], source: str, number: int) -> dict:
    if len(fields) not in (5, 6):
        raise DataFileError(f"{source}, line {number}: expected 5 or 6 tab-separated columns "
                            f"(name, country, lat, lon, feature, alt names), found {len(fields)}")
    name, country, lat_text, lon_text, feature = fields[:5]
    if not name:
        raise DataFileError(f"{source}, line {number}: the name is empty")
    if country and not re.fullmatch(r"[A-Z]{3}", country):
        raise DataFileError(f"{source}, line {number}: country {country!r} is not an ISO 3166-1 alpha-3 code")
    lat = to_number(lat_text, source, number, "lat")
    lon = to_number(lon_text, source, number, "lon")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataFileError(f"{source}, line {number}: coordinates {lat}, {lon} are out of range")
    if feature not in FEATURES:
        raise DataFileError(f"{source}, line {number}: feature {feature!r} is not one of {', '.join(FEATURES)}")
    alt_names = [a.strip() for a in fields[5].split("|") if a.strip()] if len(fields) == 6 else []
    return {"name": name, "country": country or None, "lat": lat, "lon": lon, "feature": feature,
            "alt_names": alt_names}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The built-in gazetteer, built on first use and shared by every caller in the process."""
    return Gazetteer(builtin_entries(), _demonyms(), _preferred(), _abbreviations())


def _demonyms() -> dict[str, str | None]:
    return {normalize_name(row[0]): (row[1] if len(row) > 1 and row[1] else None)
            for _, row in data_rows("places/demonyms.tsv")}


def _preferred() -> dict[str, int]:
    return {normalize_name(row[0]): int(row[1]) for _, row in data_rows("places/preferred.tsv")}


def _abbreviations() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for _, row in data_rows("places/abbreviations.tsv")}
