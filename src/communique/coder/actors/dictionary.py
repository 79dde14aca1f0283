"""Actor, agent and discard dictionaries in PETRARCH-2's formats (spec §2.3-§2.5), and the longest match.

`load_actor_dictionary()` reads the package's Phoenix files (data/petrarch/): the Countries,
International and MilNonState actor files in that order, the agents file and the discards file, plus
any user files given, once per process per arguments.

The files' formats (actors §2.3, agents §2.4) are read line by line in `dictionary_files.py`. `code_for`
returns the first entry of a phrase's records whose date restriction the date satisfies ('' when none fits).

`petrarch_quirks` (default False) reproduces what PETRARCH-2 does but almost certainly did not mean:
the last record of each actor file is lost; a bare date `[CODE d]` is always satisfied (intended: on
or after d); discards are matched by the shipped walk (see discards.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ...data_files import data_path
from ..compiled_cache import load_or_build
from .dictionary_files import (ActorDictionaryError, ActorEntry, dictionary_lines, read_actor_file,
                               read_agent_file)
from .discards import Discards, discards_from_files

ACTOR_FILES = ("petrarch/Phoenix.Countries.actors.txt", "petrarch/Phoenix.International.actors.txt",
               "petrarch/Phoenix.MilNonState.actors.txt")
AGENT_FILE = "petrarch/Phoenix.agents.txt"
AGENT_ADDITIONS_FILE = "coder_agent_additions.txt"  # profile communique, switch agent_additions
DISCARD_FILE = "petrarch/Phoenix.discards.txt"

__all__ = ["ActorDictionary", "ActorDictionaryError", "ActorEntry", "Discards", "load_actor_dictionary",
           "read_actor_dictionary"]


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
    modules = tuple(Path(__file__).parent / n for n in ("dictionary.py", "dictionary_files.py", "discards.py",
                                                        "curated.py", "parties.py", "agent_variants.py",
                                                        "region_names.py", "common_words.py"))
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
        read_actor_file(path, dictionary_lines(path), dictionary, strict=not _builtin(path))
    for path in agent_paths:
        read_agent_file(path, dictionary_lines(path), dictionary.agent_trie)
    try:
        dictionary.discards = discards_from_files(discard_paths, petrarch_quirks)
    except OSError as exc:
        raise ActorDictionaryError(f"Cannot read the discard file {exc.filename}: {exc.strerror}.") from exc
    return dictionary


def _builtin(path: Path) -> bool:
    return Path(path).parent == data_path("petrarch")
