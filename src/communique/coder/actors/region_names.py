"""A region named by two words is the region, not the country its last word names (profile switch `region_names`).

The Phoenix actor files name states, and a few IGOs by a region's words ("CENTRAL_AMERICAN_PARLIAMENT_" IGOLAM),
but no region by itself. A region's name or adjective of two words whose last word is a state's name or adjective
is then read by the longest match (spec section 3.3) from that last word: "Latin American governments" is AMERICAN_,
USAGOV; "South American leaders" USA; "Gulf Arab states" no actor where ARAB is none. CAMEO codes regions as actors
(LAM Latin America, SAM South America, PGS the Persian Gulf ...: the region rows of data/actors_countries.tsv, which
the document's actor finder reads already).

Here each region row's names and adjectives of two words or more ("Latin America", "Latin American", "Latin
Americans", "Gulf Arab", "Southeast Asian") are added to the coder's actor dictionary with the row's code, where no
phrase holds those words already (Phoenix's own reading stands: "South African" is ZAF, "Central African" CAF,
"Southeast Asian nations" ASEAN). One-word region words ("European", "African", "Western") are left to the readers
that read them now: alone they are also ordinary adjectives ("western Syria", "a Caucasian man"). A name that starts
with "the" ("the Middle East") is added without it, as the noun phrase's words drop the article.
"""
from __future__ import annotations

from pathlib import Path

from ...data_files import data_path, tsv_rows
from .dictionary import ActorDictionary, ActorEntry

COUNTRIES_FILE = "actors_countries.tsv"
REGION = "region"   # the table's `kind` of a region's row
LEAST_WORDS = 2
ARTICLE = "THE"


def region_phrases(path: Path | None = None) -> dict[tuple[str, ...], str]:
    """(WORD, ...) of each region name and adjective of two words or more -> the region's CAMEO code."""
    path = path or data_path(COUNTRIES_FILE)
    found: dict[tuple[str, ...], str] = {}
    for _, fields in tsv_rows(path, "the countries table", min_width=5, header={"iso3"}):
        if fields[2] != REGION:
            continue
        for name in (*fields[3].split("|"), *fields[4].split("|")):
            words = tuple(name.upper().split())
            if words[:1] == (ARTICLE,):
                words = words[1:]
            if len(words) >= LEAST_WORDS:
                found.setdefault(words, fields[1])
    return found


def add_region_names(dictionary: ActorDictionary, path: Path | None = None) -> int:
    """Add each region phrase the actor dictionary lacks, as one record; the number of phrases added."""
    dictionary.records_read += 1
    record = dictionary.records_read
    added = 0
    for words, code in region_phrases(path).items():
        node = dictionary.actor_trie
        for word in words:
            node = node.setdefault(word, {})
        if "#" not in node:
            node["#"] = [ActorEntry(code, record=record)]
            added += 1
    return added
