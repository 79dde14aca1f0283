"""A nationality plural in the OF phrase of a quantity or collective head is its country (switch
`nationality_plurals`, profile `communique`).

PETRARCH-2 reads a nationality noun as its country ("+ARMENIAN_" is a synonym of ARMENIA_ in
Phoenix.Countries.actors.txt), and a phrase whose own words name no actor falls back to the actors of its PPs
(spec §3.4: "thousands of Venezuelans" is VEN). The Phoenix files hold the plural for a few countries only
("+VENEZUELANS_"), so "Thousands of Armenians marched", "a crowd of Moroccans gathered" name no actor, and the
document's actor lexicon, which reads a plural that heads the subject itself ("Armenians marched"), does not
look inside the quantity head's OF phrase: the protest is kept with no source, or the act is dropped.

Here, where the OF object of a noun of quantity, part or collection (data/coder_additions_partitives.tsv, the
partitive heads `partitive_subjects` reads: THOUSANDS, DOZENS, GROUP, CROWD, DELEGATION ...) gives no actor, a
plural demonym among its words is its country: the demonyms of the country rows of data/actors_countries.tsv
(the project's: "Armenians", "North Koreans"), not a region's ("Europeans"), not those that are common English
nouns (data/coder_nationality_plurals.tsv: POLES, KIWIS). A plural elsewhere is left as it was: alone it is also
the name of an ethnic group living as a minority in another state ("Albanians" in Macedonia, "Serbs" in Bosnia,
"Turks" in Sweden), which event data codes by the state they live in, as the document's context reads it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...data_files import data_path, tsv_rows, upper_words
from ..additions import partitive_heads

COUNTRIES_FILE = "actors_countries.tsv"
AMBIGUOUS_FILE = "coder_nationality_plurals.tsv"
COUNTRY = "country"  # the table's `kind` of a state's row (not a region's)


@lru_cache(maxsize=1)
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


def plural_codes(words: list[str]) -> list[str]:
    """The countries of the nationality plurals among `words` (upper case, in order), longest phrase first."""
    plurals = nationality_plurals()
    longest = max(len(k) for k in plurals)
    codes: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            code = plurals.get(tuple(words[i:i + n]))
            if code is not None:
                codes.append(code)
                i += n
                break
        else:
            i += 1
    return codes


def group_of_plurals(head_word: str, pp) -> bool:
    """Whether `pp` is the OF phrase of a noun of quantity, part or collection ("thousands | of Armenians")."""
    return pp.text == "OF" and pp.obj is not None and head_word in partitive_heads()
