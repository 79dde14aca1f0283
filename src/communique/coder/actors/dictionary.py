"""Actor, agent and discard dictionaries in PETRARCH-2's formats (spec §2.3-§2.5), and the longest match.

`load_actor_dictionary()` reads the package's Phoenix files (data/petrarch/): the Countries,
International and MilNonState actor files in that order, the agents file and the discards file, plus
any user files given, once per process per arguments.

Actors (§2.3): a record is a primary phrase, `+` synonyms and `[CODE]` groups (inline or on indented
lines), each code optionally dated: `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]` or a bare
`[CODE YYMMDD]` (8-digit years too; YY <= 30 is 20YY). Every phrase of a record maps to the record's
ordered entry list; a phrase met again appends, so earlier files come first. `code_for` returns the
first entry whose restriction the date satisfies: `<d` before d, `>d` on or after d, `d1-d2` from d1
up to but not including d2; '' when none fits (the phrase still matches and consumes its words).

Agents (§2.4): `PHRASE {plural} [CODE]`; `!MARKER! = A, B` lines define substitutions (a phrase with
the marker is stored once per substitute, with no plural); plurals are generated from the last word
(Y -> IES, S -> +ES, else +S; a trailing `_` is dropped first) unless `{}` or `{X_Y}` is given; a later
definition overwrites an earlier one. `[~GOV]` codes are prefixes; `[IGO~]` is stored literally.

`petrarch_quirks` (default False) reproduces what PETRARCH-2 does but almost certainly did not mean:
the last record of each actor file is lost; a bare date `[CODE d]` is always satisfied (intended: on
or after d); discards are matched by the shipped walk (see discards.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ...data_files import data_path
from ...errors import DataFileError
from ..compiled_cache import load_or_build
from .discards import Discards, strip_comments, discards_from_files

ACTOR_FILES = ("petrarch/Phoenix.Countries.actors.txt", "petrarch/Phoenix.International.actors.txt",
               "petrarch/Phoenix.MilNonState.actors.txt")
AGENT_FILE = "petrarch/Phoenix.agents.txt"
AGENT_ADDITIONS_FILE = "coder_agent_additions.txt"  # profile communique, switch agent_additions
DISCARD_FILE = "petrarch/Phoenix.discards.txt"

__all__ = ["ActorDictionary", "ActorDictionaryError", "ActorEntry", "Discards", "load_actor_dictionary",
           "read_actor_dictionary"]


class ActorDictionaryError(DataFileError):
    """A line of an actor or agent file that cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class ActorEntry:
    """One code of an actor phrase with its date restriction: kind "" (none), "<", ">", "-", "=" (bare) or
    "?" (a date that cannot be read, in a built-in file: never satisfied)."""

    code: str
    kind: str = ""
    start: int = 0          # date ordinals
    end: int = 0
    record: int = 0         # the record it was read from (a phrase met in several records has several)


@dataclass
class ActorDictionary:
    """Tries of upper-case words (`#` -> payload): actors -> list[ActorEntry], agents -> code string."""

    actor_trie: dict = field(default_factory=dict)
    agent_trie: dict = field(default_factory=dict)
    discards: Discards = field(default_factory=Discards)
    petrarch_quirks: bool = False
    malformed: list[str] = field(default_factory=list)   # built-in code groups with unreadable dates
    records_read: int = 0                                # numbers the records, across files

    def code_for(self, entries: Sequence[ActorEntry], date: dt.date | None) -> str:
        """The entry the date satisfies, '' when none (§2.3). Without a date only undated entries (and,
        with the quirk, bare-dated ones) are satisfied.

        With `petrarch_quirks` (profile petrarch2) the first satisfied entry in file order wins, so an
        undated entry shadows every dated one after it - also those of a later record that shares the
        phrase ("PRESIDENT_BUSH" is a synonym of both Bushes: the elder's undated [USAELI] comes first and
        wins in 2008). Without it (profile communique) one record's undated fallback does not shadow
        another record's dated codes: each record is read in file order as PETRARCH-2 reads it, and the
        first record whose chosen entry is dated wins, else the first record's choice (USAGOV in 2008).
        Within a record nothing changes ("SERBIA [SRB]" placed before its dated codes stays SRB)."""
        day = date.toordinal() if date is not None else None
        if self.petrarch_quirks or len({e.record for e in entries}) < 2:
            found = self._first_satisfied(entries, day)
            return found.code if found is not None else ""
        fallback = None
        for record in dict.fromkeys(e.record for e in entries):
            entry = self._first_satisfied([e for e in entries if e.record == record], day)
            if entry is not None and entry.kind != "":
                return entry.code
            if fallback is None:
                fallback = entry
        return fallback.code if fallback is not None else ""

    def _first_satisfied(self, entries: Sequence[ActorEntry], day: int | None) -> ActorEntry | None:
        for entry in entries:
            if entry.kind == "":
                return entry
            if entry.kind == "=" and self.petrarch_quirks:
                return entry
            if day is None:
                continue
            if entry.kind == "<" and day < entry.start:
                return entry
            if entry.kind in (">", "=") and day >= entry.start:
                return entry
            if entry.kind == "-" and entry.start <= day < entry.end:
                return entry
        return None

    def longest_actor(self, words: Sequence[str], i: int, date: dt.date | None) -> tuple[str, int] | None:
        """(code, length) of the longest actor phrase starting at words[i]; the code may be '' (§3.3)."""
        found = longest_match(self.actor_trie, words, i, bool)
        if found is None:
            return None
        entries, length = found
        return self.code_for(entries, date), length

    def longest_agent(self, words: Sequence[str], i: int) -> tuple[str, int] | None:
        """(agent code, length) of the longest agent phrase starting at words[i]."""
        return longest_match(self.agent_trie, words, i, bool)


def longest_match(trie: dict, words: Sequence[str], i: int, usable) -> tuple[object, int] | None:
    # walks by index: most positions start no phrase, and a slice words[i:] per position costs O(n) each
    n = len(words)
    if i >= n:
        return None
    node = trie.get(words[i])
    best = None
    length = 1
    while node is not None:
        payload = node.get("#")
        if payload is not None and usable(payload):
            best = (payload, length)
        if i + length >= n:
            break
        node = node.get(words[i + length])
        length += 1
    return best


def load_actor_dictionary(actor_paths: Sequence[Path] = (), agent_paths: Sequence[Path] = (),
                          discard_paths: Sequence[Path] = (), petrarch_quirks: bool = False,
                          curated_people: bool = False, agent_additions: bool = False,
                          party_actors: bool = False, glossed_names: bool = False,
                          agent_variants: bool = False, region_names: bool = False,
                          curated_organisations: bool = False, gloss_withdrawals: bool = False) -> ActorDictionary:
    """The built-in Phoenix files, then the user's files of each kind; read once per process per arguments.
    With `curated_people` (profile `communique`) the project's curated people come first under their names
    (coder/actors/curated.py); with `agent_additions`, the project's agents Phoenix lacks
    (data/coder_agent_additions.txt) are read after Phoenix's and before the user's; with `glossed_names` and
    `party_actors` the Phoenix phrases freed of a parenthesised gloss and the project's party table
    (coder/actors/parties.py) are added where no phrase holds their words; with `agent_variants`, agent phrases are
    also read with the words Phoenix's stems stand for and in their other spelling (coder/actors/agent_variants.py);
    with `region_names`, the regions' names of two words or more (coder/actors/region_names.py); with
    `curated_organisations`, the names of the organisations table's curated rows (coder/actors/curated.py); with
    `gloss_withdrawals`, the Phoenix synonyms that gloss a foreign name in English are withdrawn (common_words.py)."""
    return _cached(tuple(Path(p) for p in actor_paths), tuple(Path(p) for p in agent_paths),
                   tuple(Path(p) for p in discard_paths), petrarch_quirks, curated_people, agent_additions,
                   party_actors, glossed_names, agent_variants, region_names, curated_organisations,
                   gloss_withdrawals)


@lru_cache(maxsize=4)
def _cached(actors: tuple[Path, ...], agents: tuple[Path, ...], discards: tuple[Path, ...],
            quirks: bool, curated: bool, agent_additions: bool = False, parties: bool = False,
            glossed: bool = False, variants: bool = False, regions: bool = False,
            organisations: bool = False, glosses: bool = False) -> ActorDictionary:
    from .agent_variants import SPELLINGS_FILE, add_variant_phrases, spelling_pairs, stems_of
    from .common_words import WITHDRAWALS_FILE, withdraw_glosses
    from .curated import ORGANISATIONS_FILE, PEOPLE_FILE, add_curated_organisations, add_curated_people
    from .parties import PARTIES_FILE, add_glossed_names, add_party_actors
    from .region_names import COUNTRIES_FILE, add_region_names

    actor_files = (*(data_path(n) for n in ACTOR_FILES), *actors)
    agent_files = (data_path(AGENT_FILE), *((data_path(AGENT_ADDITIONS_FILE),) if agent_additions else ()), *agents)
    discard_files = (data_path(DISCARD_FILE), *discards)

    def build() -> ActorDictionary:
        dictionary = read_actor_dictionary(actor_files, agent_files, discard_files, quirks)
        if variants:    # a phrase any file holds already keeps its code
            add_variant_phrases(dictionary.agent_trie, stems_of(data_path(AGENT_FILE)), spelling_pairs())
        if curated:
            add_curated_people(dictionary)
        if parties:     # first: a party the table dates is not left at a glossed row's older code
            add_party_actors(dictionary)
        if glossed:
            add_glossed_names(dictionary)
        if organisations:
            add_curated_organisations(dictionary)
        if glosses:
            withdraw_glosses(dictionary)
        if regions:     # after every phrase of the files and tables: a region's words never displace them
            add_region_names(dictionary)
        return dictionary

    if actors or agents or discards:
        return build()      # users' files: compiled afresh, not cached on disk
    modules = tuple(Path(__file__).parent / n for n in ("dictionary.py", "discards.py", "curated.py", "parties.py",
                                                        "agent_variants.py", "region_names.py", "common_words.py"))
    inputs = (*actor_files, *agent_files, *discard_files, *((data_path(PEOPLE_FILE),) if curated else ()),
              *((data_path(PARTIES_FILE),) if parties else ()), *((data_path(SPELLINGS_FILE),) if variants else ()),
              *((data_path(COUNTRIES_FILE),) if regions else ()),
              *((data_path(ORGANISATIONS_FILE),) if organisations else ()),
              *((data_path(WITHDRAWALS_FILE),) if glosses else ()))
    name = f"actors-quirks{int(quirks)}-curated{int(curated)}-agents{int(agent_additions)}"
    name += f"-parties{int(parties)}-glossed{int(glossed)}" if parties or glossed else ""
    name += "-variants" if variants else ""
    name += "-regions" if regions else ""
    name += "-organisations" if organisations else ""
    name += "-glosses" if glosses else ""
    try:
        return load_or_build(name, inputs, modules, build)
    except OSError as exc:
        raise ActorDictionaryError(f"Cannot read the dictionary {exc.filename}: {exc.strerror}.") from exc


def read_actor_dictionary(actor_paths: Sequence[Path], agent_paths: Sequence[Path] = (),
                          discard_paths: Sequence[Path] = (), petrarch_quirks: bool = False) -> ActorDictionary:
    """Exactly these files, in order (no built-in files, no cache)."""
    dictionary = ActorDictionary(petrarch_quirks=petrarch_quirks)
    for path in actor_paths:
        _read_actor_file(path, dictionary_lines(path), dictionary, strict=not _builtin(path))
    for path in agent_paths:
        read_agent_file(path, dictionary_lines(path), dictionary.agent_trie)
    try:
        dictionary.discards = discards_from_files(discard_paths, petrarch_quirks)
    except OSError as exc:
        raise ActorDictionaryError(f"Cannot read the discard file {exc.filename}: {exc.strerror}.") from exc
    return dictionary


def _builtin(path: Path) -> bool:
    return Path(path).parent == data_path("petrarch")


def dictionary_lines(path: Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise ActorDictionaryError(f"Cannot read the dictionary {path}: {exc.strerror}.") from exc


# ---- actors ------------------------------------------------------------------------------------

def _read_actor_file(path: Path, lines: list[str], dictionary: ActorDictionary, strict: bool) -> None:
    records: list[tuple[list[list[str]], list[ActorEntry]]] = []
    for number, raw in enumerate(lines, start=1):
        line = strip_comments(raw)
        if not line:
            continue
        indented = raw[:1].isspace() or line.startswith("[")
        try:
            phrase_text, codes = _split_codes(line, path, number)
        except _BadDate as bad:
            if strict:
                raise ActorDictionaryError(f"{path}, line {number}: {bad.text!r} is not 'CODE', 'CODE >YYMMDD', "
                                           "'CODE <YYMMDD', 'CODE YYMMDD-YYMMDD' or 'CODE YYMMDD'.") from None
            dictionary.malformed.append(f"{Path(path).name}:{number}: {bad.text}")
            phrase_text, codes = _split_codes(line, path, number, lenient=True)
        if indented:
            if not records:
                raise ActorDictionaryError(f"{path}, line {number}: a code line comes before any actor phrase.")
            records[-1][1].extend(codes)
        elif line.startswith("+"):
            if not records:
                raise ActorDictionaryError(f"{path}, line {number}: a '+' synonym comes before any actor phrase.")
            records[-1][0].append(_words(phrase_text[1:]))
            records[-1][1].extend(codes)
        else:
            records.append(([_words(phrase_text)], list(codes)))
    if dictionary.petrarch_quirks and records:
        records.pop()                       # PETRARCH-2 loses the last record of each file
    for phrases, entries in records:
        dictionary.records_read += 1
        entries = [replace(e, record=dictionary.records_read) for e in entries]
        for words in phrases:
            if not words:
                continue
            node = dictionary.actor_trie
            for word in words:
                node = node.setdefault(word, {})
            node.setdefault("#", []).extend(entries)


def _words(phrase: str) -> list[str]:
    return phrase.upper().replace("_", " ").split()


class _BadDate(ValueError):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def _split_codes(line: str, path: Path, number: int, lenient: bool = False) -> tuple[str, list[ActorEntry]]:
    """A line's phrase text (before the first `[`) and its `[CODE ...]` groups as entries."""
    phrase, bracket, rest = line.partition("[")
    entries = []
    while bracket:
        inside, closed, rest = rest.partition("]")
        if not closed:
            raise ActorDictionaryError(f"{path}, line {number}: a '[' is not closed.")
        if inside.strip():
            try:
                entries.append(_entry(inside))
            except ValueError:
                if not lenient:
                    raise _BadDate(inside.strip()) from None
                entries.append(ActorEntry(inside.split()[0], "?"))
        _, bracket, rest = rest.partition("[")
    return phrase.strip(), entries


def _entry(inside: str) -> ActorEntry:
    code, _, restriction = inside.strip().partition(" ")
    restriction = restriction.replace(" ", "")
    if not restriction:
        return ActorEntry(code)
    if restriction[0] in "<>":
        return ActorEntry(code, restriction[0], _ordinal(restriction[1:]))
    if "-" in restriction:
        start, _, end = restriction.partition("-")
        return ActorEntry(code, "-", _ordinal(start), _ordinal(end))
    return ActorEntry(code, "=", _ordinal(restriction))


def _ordinal(text: str) -> int:
    """YYMMDD (YY <= 30 -> 20YY, else 19YY) or YYYYMMDD as a day ordinal."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(text)
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    return dt.date(year, month, day).toordinal()


# ---- agents ------------------------------------------------------------------------------------

def read_agent_file(path: Path, lines: list[str], trie: dict) -> None:
    markers: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, start=1):
        line = strip_comments(raw)
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            marker, _, values = line.partition("=")
            markers[marker.strip()] = [v.strip().upper() for v in values.split(",") if v.strip()]
            continue
        head, bracket, rest = line.partition("[")
        code = rest.partition("]")[0].strip()
        if not bracket or not code:
            continue                        # a phrase without a code is not an agent
        plural_text = None
        if "{" in head:
            head, _, after = head.partition("{")
            plural_text = after.partition("}")[0].strip()
        phrase = head.strip().upper()
        if any(m in phrase for m in markers):
            for substituted in _substitute_markers(phrase, markers):
                _store_agent(trie, _words(substituted), code)
            continue
        words = _words(phrase)
        if not words:
            raise ActorDictionaryError(f"{path}, line {number}: an agent code without a phrase.")
        _store_agent(trie, words, code)
        if plural_text is None:
            _store_agent(trie, words[:-1] + [_agent_plural(words[-1])], code)
        elif plural_text:
            _store_agent(trie, _words(plural_text), code)


def _substitute_markers(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    for marker, values in markers.items():
        if marker in phrase:
            return [out for v in values for out in _substitute_markers(phrase.replace(marker, v, 1), markers)]
    return [phrase]


def _store_agent(trie: dict, words: list[str], code: str) -> None:
    node = trie
    for word in words:
        node = node.setdefault(word, {})
    node["#"] = code                        # a later definition overwrites


def _agent_plural(word: str) -> str:
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith("S"):
        return word + "ES"
    return word + "S"
