"""Words that refer to actors without naming them (data/actor_references.tsv)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..errors import DataFileError


@lru_cache(maxsize=1)
def reference_words() -> dict[str, frozenset[str]]:
    """kind -> set of words, e.g. 'pronoun:person' -> {'he', 'she', ...}."""
    table: dict[str, frozenset[str]] = {}
    path = resources.files("communique") / "data" / "actor_references.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
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
    path = resources.files("communique") / "data" / "actors_countries.tsv"
    names = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 4 or parts[0] == "iso3":
            continue
        names.setdefault(parts[0], parts[3].split("|")[0])
    return names
