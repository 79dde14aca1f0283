"""The actor lexicon's tables, and how they are read from the data files and from a user's file.

`builtin_tables()` reads the built-in tables in src/communique/data/ once per process:
actors_countries.tsv (countries, regions, demonyms, capitals as government metonyms),
actors_people.tsv and actors_organisations.tsv (CAMEO actor codes, dated for people),
actor_agents.tsv (sector words: "police" -> COP) and actor_titles.tsv ("Foreign Minister" -> GOV).

A user file may be layered on top (`layered_tables`, or `lexicon.load_lexicon(Path("my_actors.tsv"))`).
It is UTF-8 TSV, one name a line, `#` comments and blank lines ignored:

    name<TAB>code[<TAB>start<TAB>end[<TAB>kind]]

    Mevlut Cavusoglu	TURGOV
    Hakan Fidan	TURSPY	2010-05-27	2023-06-03
    Hakan Fidan	TURGOV	2023-06-03
    Wagner Group	RUSMIL			organisation

`code` is a CAMEO actor code: a country or group code followed by sector codes (TURGOV, IGOUNO, RUSMIL).
`start`/`end` are ISO dates (either may be empty: open); several lines with the same name give one
actor whose code changes over time. `kind` is person (the default for codes with a sector), organisation
(the default for IGO/NGO/IMG/MNC codes) or country (the default for a bare three-letter code). A user
name that is a name or variant of a built-in actor replaces that actor's codes under all its names; any
other name is added. A line that cannot be read raises DataFileError naming the file and the line.

Names are indexed by `normalise`: folded accents, lower case, no periods, split at hyphens and apostrophes.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from communique.data_files import tsv_rows
from communique.errors import DataFileError

DATA = Path(__file__).resolve().parents[1] / "data"
KINDS = ("country", "person", "organisation", "capital", "demonym")
GROUP_TYPES = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"})
ROLE_CODES = frozenset("""GOV MIL REB OPP COP JUD CVL MED BUS EDU HLH LEG REF SPY LAB AGR DEV ENV HRI ELI CRM
UAF INS SEP PTY REL MOD RAD""".split())
CAMEO_TO_ISO = MappingProxyType({"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "FRN": "FRA"})
CODE_PATTERN = re.compile(r"[A-Z]{3}(?:[A-Z]{3})*")
PARTICLES = frozenset({"al", "el"})
FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "ß": "ss", "æ": "ae",
                      "œ": "oe", "’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
SEPARATORS = re.compile(r"[\s\-'/]+")
HEADER_WORDS = frozenset({"name", "iso3", "phrase", "title"})


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> tuple[str, ...]:
    """Words of a name as the index keeps them: folded, lower case, periods dropped, split at - ' /."""
    folded = unicodedata.normalize("NFKD", text.translate(FOLD))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower().replace(".", "")
    return tuple(w for w in SEPARATORS.split(folded) if w)


def code_country(code: str) -> str:
    """The country part of a CAMEO code as ISO alpha-3 (KSV -> XKX) or the group code (IGO, NGO, ...)."""
    return CAMEO_TO_ISO.get(code[:3], code[:3])


def code_sector(code: str) -> str | None:
    """The first role in a CAMEO code (TURGOV -> GOV, IGOUNOREFHCR -> REF); IGO/NGO/... where none."""
    for i in range(3, len(code), 3):
        if code[i:i + 3] in ROLE_CODES:
            return code[i:i + 3]
    return code[:3] if code[:3] in GROUP_TYPES else None


@dataclass(frozen=True)
class CodeSpan:
    """A CAMEO code and the dates it holds (None: open); both None: the default code."""
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class LexiconEntry:
    """One actor the lexicon knows: kind is country|person|organisation|capital|demonym."""
    name: str
    kind: str
    country: str | None  # ISO alpha-3 or group code
    sector: str | None  # sector of the latest code
    code: str  # the latest CAMEO code
    spans: tuple[CodeSpan, ...] = ()
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class TitleInfo:
    """What a title says: its sector (None: that of the body it belongs to) and head of state/government."""
    title: str
    sector: str | None
    head_of_state: bool = False
    head_of_government: bool = False


def latest_span(spans: Sequence[CodeSpan]) -> CodeSpan:
    dated = [s for s in spans if s.start or s.end]
    if not dated:
        return spans[-1]
    return max(dated, key=lambda s: (s.end or dt.date.max, s.start or dt.date.min))


def make_entry(name: str, kind: str, spans: Sequence[CodeSpan], variants: Sequence[str] = ()) -> LexiconEntry:
    code = latest_span(spans).code
    return LexiconEntry(name=name, kind=kind, country=code_country(code), sector=code_sector(code), code=code,
                        spans=tuple(spans), variants=tuple(variants))


@dataclass
class LexiconTables:
    """The indexes an ActorLexicon reads; built once, then only read."""
    names: dict[tuple[str, ...], LexiconEntry] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first word -> longest key starting with it
    prefixes: set[tuple[str, ...]] = field(default_factory=set)  # keys cut short: ("united",) of "United Nations"
    surnames: dict[str, tuple[LexiconEntry, ...]] = field(default_factory=dict)
    demonyms: dict[tuple[str, ...], str] = field(default_factory=dict)
    countries: dict[tuple[str, ...], str] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)
    titles: dict[tuple[str, ...], TitleInfo] = field(default_factory=dict)
    capitals_only: set[tuple[str, ...]] = field(default_factory=set)  # acronyms: "US", "WHO", "IS"
    mixed_case: set[tuple[str, ...]] = field(default_factory=set)  # keys also given in mixed case

    def add(self, text: str, entry: LexiconEntry) -> None:
        key = normalise(text)
        if not key:
            return
        self.names[key] = entry
        letters = [ch for ch in text if ch.isalpha()]
        if len(key) == 1 and len(letters) <= 4 and text.isupper():
            self.capitals_only.add(key)
        else:
            self.mixed_case.add(key)
        if self.longest.get(key[0], 0) < len(key):
            self.longest[key[0]] = len(key)
        self.prefixes.update(key[:size] for size in range(1, len(key)))
        if entry.kind == "person" and len(key) > 2 and any(w in PARTICLES for w in key[1:]):
            self.add(" ".join(w for i, w in enumerate(key) if i == 0 or w not in PARTICLES), entry)

    def add_actor(self, entry: LexiconEntry) -> None:
        for text in (entry.name, *entry.variants):
            self.add(text, entry)

    def needs_capitals(self, key: tuple[str, ...]) -> bool:
        return key in self.capitals_only and key not in self.mixed_case

    def replace_entries(self, replacements: Mapping[int, tuple[LexiconEntry, LexiconEntry]]) -> None:
        """Point every name of each replaced entry at its replacement: {id(old): (old, new)}."""
        for key, entry in self.names.items():
            found = replacements.get(id(entry))
            if found is not None and found[0] is entry:
                self.names[key] = found[1]

    def copy(self) -> "LexiconTables":
        copied = {f: getattr(self, f) for f in self.__dataclass_fields__}
        return LexiconTables(**{f: (set(v) if isinstance(v, set) else dict(v)) for f, v in copied.items()})


def _rows(path: Path, columns: int):
    """(line number, fields) of an actor table, past comments and the column header (if the file has one)."""
    return tsv_rows(path, "the actor table", min_width=columns, header=HEADER_WORDS)


def _parse_date(text: str, path: Path, number: int) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DataFileError(f"{path} line {number}: {text.strip()!r} is not a date (YYYY-MM-DD)") from None


def _parse_code(code: str, path: Path, number: int) -> str:
    code = code.strip()
    if not CODE_PATTERN.fullmatch(code):
        raise DataFileError(f"{path} line {number}: {code!r} is not a CAMEO actor code (e.g. TURGOV)")
    return code


def _parse_spans(text: str, path: Path, number: int) -> list[CodeSpan]:
    spans = []
    for part in text.split(";"):
        code, _, dates = part.strip().partition(" ")
        start, _, end = dates.partition("/")
        spans.append(CodeSpan(_parse_code(code, path, number), _parse_date(start, path, number),
                              _parse_date(end, path, number)))
    return spans


def _read_countries(path: Path, tables: LexiconTables) -> None:
    for number, (iso, cameo, kind, names, demonyms, capitals) in _rows(path, 6):
        names_list = [n for n in names.split("|") if n]
        if not names_list:
            raise DataFileError(f"{path} line {number}: a country needs a name")
        cameo = _parse_code(cameo or iso, path, number)
        spans = (CodeSpan(cameo),)
        tables.add_actor(LexiconEntry(names_list[0], "country", iso, None, cameo, spans, tuple(names_list[1:])))
        for name in names_list:
            tables.countries[normalise(name)] = iso
        for demonym in filter(None, demonyms.split("|")):
            tables.demonyms[normalise(demonym)] = iso
            tables.add(demonym, LexiconEntry(demonym, "demonym", iso, None, cameo, spans))
        for capital in filter(None, capitals.split("|")):
            place, _, sector = capital.partition("=")
            code = _parse_code(cameo[:3] + (sector or "GOV"), path, number)
            tables.add(place, LexiconEntry(place, "capital", iso, code_sector(code), code, (CodeSpan(code),)))


def _read_named(path: Path, kind: str, tables: LexiconTables) -> None:
    """People or organisations. A curated row (source communique) takes over the other names of the
    converted entries that share one of its names ("Erdogan" -> the curated Recep Tayyip Erdogan)."""
    replacements: dict[int, tuple[LexiconEntry, LexiconEntry]] = {}  # keeps the old entries alive
    for number, fields in _rows(path, 3):
        name, variants, codes = fields[0], fields[1], fields[2]
        entry = make_entry(name, kind, _parse_spans(codes, path, number), [v for v in variants.split("|") if v])
        if fields[-1] == "communique":
            for old in _named_entries(tables, entry):
                replacements.setdefault(id(old), (old, entry))
        tables.add_actor(entry)
    tables.replace_entries(replacements)


def _named_entries(tables: LexiconTables, entry: LexiconEntry) -> list[LexiconEntry]:
    """Person and organisation entries already known under any name of `entry`."""
    found = (tables.names.get(normalise(text)) for text in (entry.name, *entry.variants))
    return list({id(e): e for e in found if e is not None and e.kind in {"person", "organisation"}}.values())


def _read_agents(path: Path, tables: LexiconTables) -> None:
    for number, fields in _rows(path, 2):
        tables.agents[normalise(fields[0])] = _parse_code(fields[1], path, number)


def _read_titles(path: Path, tables: LexiconTables) -> None:
    for number, fields in _rows(path, 3):
        title, sector, head = fields[0], fields[1].strip(), fields[2].strip()
        if head not in {"", "state", "government", "both"}:
            raise DataFileError(f"{path} line {number}: head must be state, government, both or empty")
        tables.titles[normalise(title)] = TitleInfo(
            title, _parse_code(sector, path, number) if sector else None,
            head_of_state=head in {"state", "both"}, head_of_government=head in {"government", "both"})


def _index_surnames(tables: LexiconTables) -> None:
    """Last word of each person's names -> the people; words that are sector words or titles are left out."""
    surnames: dict[str, dict[int, LexiconEntry]] = {}
    for key, entry in tables.names.items():
        if entry.kind == "person" and len(key) >= 2 and key[-1:] not in tables.agents and key[-1:] not in tables.titles:
            surnames.setdefault(key[-1], {})[id(entry)] = entry
    tables.surnames = {word: tuple(found.values()) for word, found in surnames.items()}


@lru_cache(maxsize=1)
def builtin_tables() -> LexiconTables:
    """The tables of the built-in data files, read once per process."""
    tables = LexiconTables()
    _read_named(DATA / "actors_people.tsv", "person", tables)
    _read_named(DATA / "actors_organisations.tsv", "organisation", tables)
    _read_countries(DATA / "actors_countries.tsv", tables)
    _read_agents(DATA / "actor_agents.tsv", tables)
    _read_titles(DATA / "actor_titles.tsv", tables)
    _index_surnames(tables)
    return tables


def _user_entries(path: Path) -> dict[str, tuple[str, list[CodeSpan]]]:
    """The user file as name -> (kind, spans), in file order."""
    if not path.is_file():
        raise DataFileError(f"{path}: no such actor file")
    found: dict[str, tuple[str, list[CodeSpan]]] = {}
    for number, fields in _rows(path, 2):
        if len(fields) > 5 or not fields[0].strip():
            raise DataFileError(f"{path} line {number}: expected name<TAB>code[<TAB>start<TAB>end[<TAB>kind]]")
        fields += [""] * (5 - len(fields))
        code = _parse_code(fields[1], path, number)
        start, end = _parse_date(fields[2], path, number), _parse_date(fields[3], path, number)
        if start and end and end < start:
            raise DataFileError(f"{path} line {number}: the end date is before the start date")
        kind = fields[4].strip() or _kind_of_code(code)
        if kind not in KINDS:
            raise DataFileError(f"{path} line {number}: kind must be one of {', '.join(KINDS)}")
        name = " ".join(fields[0].split())
        found.setdefault(name, (kind, []))[1].append(CodeSpan(code, start, end))
    return found


def _kind_of_code(code: str) -> str:
    if len(code) == 3 and code not in GROUP_TYPES:
        return "country"
    return "organisation" if code[:3] in GROUP_TYPES else "person"


def layered_tables(base: LexiconTables, path: Path) -> LexiconTables:
    """A copy of `base` with the user's actor file at `path` layered on top (format: module docstring)."""
    tables = base.copy()
    replacements: dict[int, tuple[LexiconEntry, LexiconEntry]] = {}
    for name, (kind, spans) in _user_entries(path).items():
        old = tables.names.get(normalise(name))
        if old is not None and old.kind in {"person", "organisation"}:
            new = make_entry(old.name, kind, spans, old.variants)
            replacements[id(old)] = (old, new)
        else:
            new = make_entry(name, kind, spans)
        tables.add_actor(new)
    tables.replace_entries(replacements)
    _index_surnames(tables)
    return tables
