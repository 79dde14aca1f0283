"""Words that refer to actors without naming them (data/actor_references.tsv)."""
from __future__ import annotations

from functools import lru_cache
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError


@lru_cache(maxsize=1)
def reference_words() -> dict[str, frozenset[str]]:
    """kind -> set of words, e.g. 'pronoun:person' -> {'he', 'she', ...}."""
    table: dict[str, frozenset[str]] = {}
    path = data_path("actor_references.tsv")
    for n, parts in tsv_rows(path, "the actor reference words"):
        if len(parts) < 2:
            raise DataFileError(f"{path} line {n}: expected 'kind<TAB>word|word|...'.")
        table[parts[0]] = frozenset(w.strip().lower() for w in parts[1].split("|"))
    return table


def group_nouns() -> frozenset[str]:
    return reference_words()["group"]


def partitive_words() -> frozenset[str]:
    return reference_words()["partitive"]


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 -> the country's usual English name (first name in data/actors_countries.tsv)."""
    names = {}
    for _, parts in tsv_rows(data_path("actors_countries.tsv"), "the country table", min_width=4, header=True):
        names.setdefault(parts[0], parts[3].split("|")[0])
    return names
