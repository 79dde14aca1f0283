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

A bloc the table names by the article and one word ("the West", CAMEO's WST; session 39) is added with the article,
as Phoenix writes THE UN: alone the word is also a direction ("the west of the country"). The scan refuses the phrase
where its word is written in lower case (marked by common_words.py), begins an OF name the dictionary holds, or
modifies a word after it ("the West Midlands"); the article phrase takes the phrases its word begins ("the West
Bank" is still WEST BANK's). Geographic regions ("the Gulf", "the Balkans") are left: see BLOCS.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ...data_files import data_path, tsv_rows
from .common_words import CommonWord
from .dictionary import ActorDictionary, ActorEntry

COUNTRIES_FILE = "actors_countries.tsv"
REGION = "region"   # the table's `kind` of a region's row
LEAST_WORDS = 2
ARTICLE = "THE"
OF = "OF"
# The regions whose article name is read: blocs of states that wire copy names as a party ("Russia accused the West
# of ...", "the West imposed sanctions"), CAMEO's WST. The other article regions are also lands and waters where acts
# take place ("a drill in the Gulf", "the Gulf crisis", "migrants crossing the Mediterranean"): their "the X" is a
# place or a premodifier far more often than a party, and PLOVER census 1's dev rows read two such as targets.
BLOCS = frozenset({"WST"})
# The words that may follow the region's word where it heads its noun phrase: a possessive, a conjunction, a PP's
# preposition; any other word makes it a premodifier of a name or a noun ("the West Midlands", "the West End").
FOLLOWERS = frozenset({"OF", "'S", "'", "AND", "OR", ",", "ABOUT", "AFTER", "AGAINST", "AMID", "AMONG", "AT",
                       "BEFORE", "BETWEEN", "BY", "DESPITE", "DURING", "FOR", "FROM", "IN", "INTO", "ON", "OVER",
                       "SINCE", "THROUGH", "TO", "TOWARD", "TOWARDS", "UNDER", "UNTIL", "WITH", "WITHOUT"})


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


@lru_cache(maxsize=2)
def article_phrases(path: Path | None = None) -> dict[tuple[str, ...], str]:
    """(THE, WORD) of each region name the table writes as the article and one word ("the West", "the Balkans",
    "the Gulf") -> the region's CAMEO code (session 39)."""
    path = path or data_path(COUNTRIES_FILE)
    found: dict[tuple[str, ...], str] = {}
    for _, fields in tsv_rows(path, "the countries table", min_width=5, header={"iso3"}):
        for name in fields[3].split("|") if fields[2] == REGION and fields[1] in BLOCS else ():
            words = tuple(name.upper().split())
            if len(words) == LEAST_WORDS and words[0] == ARTICLE:
                found.setdefault(words, fields[1])
    return found


def article_region_refused(words: Sequence[str], i: int, length: int, trie: dict) -> bool:
    """Whether the scan's match of `length` words at `i` is an article region phrase whose word is written in lower
    case ("in the west of the country": common_words.py marks it) or, where the actor `trie` has names of that word
    and OF ("GULF OF ..."), is followed by OF ("the Gulf of Oman"; "accused the West of ..." stays WST)."""
    if length != LEAST_WORDS or tuple(words[i:i + LEAST_WORDS]) not in article_phrases():
        return False
    before_of = tuple(words[i + 2:i + 3]) == (OF,) and OF in trie.get(words[i + 1], {})
    modifier = i + 2 < len(words) and words[i + 2] not in FOLLOWERS  # "the West Midlands": a name's first word
    return isinstance(words[i + 1], CommonWord) or before_of or modifier


def add_region_names(dictionary: ActorDictionary, path: Path | None = None) -> int:
    """Add each region phrase the actor dictionary lacks, as one record; the number of phrases added. An article
    phrase ("THE WEST") also takes the phrases its word begins ("THE WEST BANK" as WEST BANK), so that the longest
    match from the article still finds them."""
    dictionary.records_read += 1
    record = dictionary.records_read
    added = 0
    for words, code in (region_phrases(path) | article_phrases(path)).items():
        node = dictionary.actor_trie
        for word in words:
            node = node.setdefault(word, {})
        if "#" not in node:
            node["#"] = [ActorEntry(code, record=record)]
            added += 1
        if words[0] == ARTICLE and len(words) == LEAST_WORDS:
            _merged(node, dictionary.actor_trie.get(words[1], {}))
    return added


def _merged(into: dict, phrases: dict) -> None:
    """The phrases of the trie node `phrases` (past its own word) added under `into` where it has none of its own."""
    for word, child in phrases.items():
        if word == "#":
            continue
        target = into.setdefault(word, {})
        if "#" in child and "#" not in target:
            target["#"] = list(child["#"])
        _merged(target, child)
