"""Nationality plurals as countries in the coder's actor dictionary (switch `nationality_plurals`, profile `communique`).

PETRARCH-2 reads a nationality noun as its country ("+ARMENIAN_" is a synonym of ARMENIA_ in
Phoenix.Countries.actors.txt), and a quantity or collective head falls back to the actor of its OF phrase (spec
§3.4: "thousands of Venezuelans" is VEN). The Phoenix files hold the plural for a few countries only
("+VENEZUELANS_"), so "Thousands of Armenians marched", "Moroccans protested" name no actor. Here each plural
demonym of a country row of data/actors_countries.tsv (the project's demonyms: "Armenians", "North Koreans")
that the Phoenix files do not hold becomes a record of that row's CAMEO code, read after Phoenix's; the plurals
that are also common English nouns (data/coder_nationality_plurals.tsv: POLES, KIWIS) are left out. Regions'
plurals ("Europeans", "Africans") are not added: they name no state.
"""
from __future__ import annotations

from pathlib import Path

from ...data_files import data_path, tsv_rows, upper_words
from .dictionary import ActorDictionary, ActorEntry

COUNTRIES_FILE = "actors_countries.tsv"
AMBIGUOUS_FILE = "coder_nationality_plurals.tsv"
COUNTRY = "country"  # the table's `kind` of a state's row (not a region's)


def nationality_plurals(path: Path | None = None) -> dict[tuple[str, ...], str]:
    """Each country row's plural demonyms (words upper case) -> the row's CAMEO code; the ambiguous ones left out."""
    path = path or data_path(COUNTRIES_FILE)
    ambiguous = upper_words(AMBIGUOUS_FILE, "the nationality plurals that are common nouns")
    plurals: dict[tuple[str, ...], str] = {}
    for _, fields in tsv_rows(path, "the countries table", min_width=5, header={"iso3"}):
        if fields[2] != COUNTRY:
            continue
        for demonym in fields[4].split("|"):
            words = tuple(demonym.upper().split())  # "Bissau-Guineans" one word, as the coder joins a hyphenated one
            if words and words[-1].endswith("S") and " ".join(words) not in ambiguous:
                plurals.setdefault(words, fields[1])
    return plurals


def add_nationality_plurals(dictionary: ActorDictionary) -> None:
    """A record of its country's code for each nationality plural no actor phrase of the dictionary already is."""
    for words, code in nationality_plurals().items():
        node = dictionary.actor_trie
        for word in words:
            node = node.setdefault(word, {})
        if "#" in node:  # Phoenix's own entry ("VENEZUELANS") stands
            continue
        dictionary.records_read += 1
        node["#"] = [ActorEntry(code, record=dictionary.records_read)]
