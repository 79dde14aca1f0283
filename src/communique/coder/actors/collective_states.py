"""Collective names of a fixed set of states ("the two Koreas", "the Baltic states", "the Nordic countries") read
as every state of the set (profile `communique`, switch `collective_states`).

A list of states' names is read as each of them ("North Korea and South Korea": PRK, KOR; spec §3.5's list of
actors). A collective name of a fixed set of states says the same in one noun, which PETRARCH-2's actor
dictionaries, naming each state alone, do not hold: "the two Koreas agreed to resume talks" had no source and no
event. data/coder_collective_states.tsv lists such names whose set an established definition fixes (the table
names it), with the states' CAMEO codes; `NounReader.scan` reads one where its words start, before the actor
dictionary, so the phrase gives all the set's codes as a list does, and an agent beside it ("leaders of the two
Koreas") is mixed with each. Names whose set varies ("the Gulf states") are not listed. `petrarch2` reads none.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_collective_states.tsv"


@lru_cache(maxsize=1)
def collective_states() -> dict[tuple[str, ...], tuple[str, ...]]:
    """(WORD, ...) of a collective name -> the CAMEO country codes of its states (data/coder_collective_states.tsv)."""
    path = data_path(TABLE)
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for n, parts in tsv_rows(path, "the coder's collective names of states"):
        words, codes = (parts[0].split(), parts[1].split()) if len(parts) == 3 else ([], [])
        if not words or len(codes) < 2 or not all(w.isupper() for w in words) \
                or not all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes):
            raise DataFileError(f"{path} line {n}: expected 'WORDS<TAB>CODE CODE [CODE ...]<TAB>definition'.")
        table[tuple(words)] = tuple(codes)
    return table


def collective_at(words: Sequence[str], i: int) -> tuple[tuple[str, ...], int] | None:
    """(codes, length) of the longest collective name of states starting at word i, else None. Asked at every
    word the actor scan reads: most words start no name, and are answered by one lookup."""
    for name, codes in _by_first_word().get(words[i], ()):
        if tuple(words[i:i + len(name)]) == name:
            return codes, len(name)
    return None


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """The table's names by their first word, the longest first."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for name, codes in sorted(collective_states().items(), key=lambda item: -len(item[0])):
        index.setdefault(name[0], []).append((name, codes))
    return index
