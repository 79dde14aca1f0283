"""A city's name that names an agreement or a diplomatic framework is no participant (profile `communique`, switch
`framework_names`; session 31).

PETRARCH-2 reads a noun phrase's actor from all its words (spec §3.3), and the Phoenix country file lists capitals and
other cities under their country (+PARIS_ under FRANCE_, +KYOTO_ under JAPAN_): "ratified the Paris climate
agreement" is then an act directed at France, "praised the Oslo accords" one directed at Norway, and "signed the
Abuja accord with Togo" loses Togo to Nigeria, since a target the object names is read before one of a PP. A place
name in compound before a noun that it turns into the name of an agreement or a framework ("the Kyoto protocol",
"the Minsk agreements", "the Astana format": the nouns of data/places/naming_nouns.tsv, which the place recogniser
reads the same way, places/recognise.py) names where the text was written or first agreed, not a party to it: the
PLOVER manual's recipient is "the entity or entities to whom the event is directed".

The rule (`framework_words`): a token is no actor word of its noun phrase where
1. it is a proper noun in compound before a naming noun (directly, or through other compound modifiers: "the Paris
   climate agreement"), and
2. its name is no country's name or nationality (data/actors_countries.tsv, columns names and demonyms): "the Iran
   nuclear agreement", "the Ugandan peace accord" name a party, and keep it; "the UN agreement", an organisation,
   is no city and keeps its actor too (only a word the dictionaries read as a country code is set aside).

Where the switch is off (profile `petrarch2`) every word is read, as PETRARCH-2 reads it.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...places.recognise import naming_nouns

COUNTRIES_FILE = "actors_countries.tsv"
PROPER_TAGS = ("NNP", "NNPS")


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's names and nationalities of data/actors_countries.tsv, upper case, words joined by spaces."""
    names: set[str] = set()
    for _, fields in tsv_rows(data_path(COUNTRIES_FILE), "the country actors", min_width=5, header=True):
        if fields[2] != "country":
            continue
        for column in (fields[3], fields[4]):
            names.update(name.strip().upper() for name in column.split("|") if name.strip())
    return frozenset(names)


@lru_cache(maxsize=1)
def _naming_words() -> frozenset[str]:
    return frozenset(noun.upper() for noun in naming_nouns())


def _naming_noun(word: str) -> bool:
    nouns = _naming_words()
    return word in nouns or (word.endswith("S") and word[:-1] in nouns)  # "the Minsk agreements"


def framework_words(view, actors, date) -> frozenset[int]:
    """The tokens of the sentence `view` that are a city's name before a naming noun (the rule above): no actor word."""
    words, tags, deps, heads = view.words, view.tags, view.deps, view.heads
    found: set[int] = set()
    for i in range(view.start, view.end):
        if deps[i] != "compound" or not tags[i].startswith(PROPER_TAGS) or i in found:
            continue
        head = heads[i]
        while deps[head] == "compound" and heads[head] != head:
            head = heads[head]
        if head <= i or not _naming_noun(words[head]):
            continue
        name = [j for j in range(i, head) if deps[j] == "compound" and tags[j].startswith(PROPER_TAGS)]
        run = [i]
        while run[-1] + 1 in name:
            run.append(run[-1] + 1)
        text = " ".join(words[j] for j in run)
        if text in country_names():
            continue
        actor = actors.longest_actor([words[j] for j in run], 0, date)
        if actor is None or actor[1] != len(run) or not _country_code(actor[0]):
            continue
        found.update(run)
    return frozenset(found)


def _country_code(code: str) -> bool:
    """A code that names a country alone (FRA, JPN), not an organisation's (IGOUNO) or a group's."""
    return len(code) == 3 and code.isalpha() and code.isupper() and not code.startswith("IGO")
