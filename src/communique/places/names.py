"""What a place name may stand for where it is found: the name finders' shared vocabulary (labels,
thresholds), a found name with its candidates, the gazetteer with the user's places in front, and the
tests of strength ("a country, an area, or a city of so many people") the finders apply."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from communique.places.gazetteer import Candidate, Gazetteer, lookup_key, normalize_name, user_index
from communique.places.locate import LOCATIVE_PREPOSITIONS
from communique.places.tokens import TokenFacts

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAMED_AFTER_LABELS = frozenset({"ORG", "FAC"})  # bodies and buildings are named after their place; people not
GUARDED_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT"})  # the small model's mislabels
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
                             "northwestern", "southeastern", "southwestern", "upper", "lower", "greater"})
MAX_NAME_TOKENS = 5
COMPASS_WORDS = DIRECTION_WORDS | frozenset({"north east", "north west", "south east", "south west", "midwest",
                                              "northland", "southland"})
AREA_WORDS = frozenset({"county", "parish", "province", "district", "oblast", "governorate", "prefecture",
                        "borough", "region", "state", "department", "municipality", "canton"})
GUARDED_MIN_CITY_POPULATION = 300_000
UNLABELLED_MIN_CITY_POPULATION = 100_000
PART_MIN_CITY_POPULATION = 15_000  # a place named inside a longer name, or a facility
STRONG_MIN_AREA_POPULATION = 50_000  # an admin-1 area named without its type word
PRECISION = {"city": "point", "country": "country", "region": "region"}


@dataclass
class FoundName:
    span: Span
    text: str  # span.text, which spaCy joins anew on each access
    candidates: tuple[Candidate, ...]
    settled: bool = False  # its one candidate comes from a cue ("La.", "the Russian border"), not the name

    @property
    def key(self) -> str:
        return lookup_key(self.text)


class Lookup:
    """The built-in gazetteer with the user's places in front of it."""

    def __init__(self, gazetteer: Gazetteer, extra_places: list[dict] | None):
        self.gazetteer = gazetteer
        self.user = user_index(extra_places)
        self._demonyms: dict[str, bool] = {}  # text -> is_demonym, for this document's names


    def __call__(self, text: str) -> tuple[Candidate, ...]:
        found = self.gazetteer.lookup(text)
        return self.user.get(normalize_name(text), ()) + found if self.user else found

    def is_demonym(self, text: str) -> bool:
        found = self._demonyms.get(text)
        if found is None:
            found = self._demonyms[text] = bool(self.gazetteer.demonym_country(text)[0] and not (
                self.user and self.user.get(normalize_name(text))))
        return found


def coordinated_parts(span: Span, facts: TokenFacts, hyphens: bool = False) -> list[Span]:
    """'Kharkiv and Odesa' -> 'Kharkiv', 'Odesa' (the small model sometimes joins names into one entity);
    with `hyphens`, 'Fargo-Moorhead' -> 'Fargo', 'Moorhead' as well."""
    parts, start = [], span.start
    for i in range(span.start, span.end):
        if facts.joiner[i] or (hyphens and facts.lower[i] == "-"):
            parts.append(span.doc[start:i])
            start = i + 1
    if start == span.start:
        return [span]  # nothing joined: the span itself
    parts.append(span.doc[start:span.end])
    return [part for part in parts if len(part)]


def usable(candidates: tuple[Candidate, ...], text: str, min_city_population: int) -> tuple[Candidate, ...]:
    """The candidates a name may stand for where it is found: a bare compass word ("North") only for a
    region; otherwise those `is_strong` keeps (all of them where `min_city_population` is 0)."""
    if lookup_key(text) in COMPASS_WORDS:
        return tuple(c for c in candidates if c.entry.feature == "region")
    if not min_city_population:
        return candidates
    return tuple(c for c in candidates if is_strong(c, min_city_population, text))


def is_strong(candidate: Candidate, min_city_population: int, text: str) -> bool:
    """A country, a region, a city of `min_city_population` people or more, an admin-1 area of some size,
    or an admin area named with its type word ("Licking County", "Rapides Parish")."""
    entry = candidate.entry
    if entry.user or entry.feature in ("country", "region"):
        return True
    if entry.feature == "city":
        return entry.population >= min_city_population
    if not entry.level or lookup_key(text).rpartition(" ")[2] in AREA_WORDS:
        return True  # a curated area (data/places/regions.tsv), or one named as an area
    return entry.level == 1 and entry.population >= STRONG_MIN_AREA_POPULATION


def after_locative_preposition(span: Span, facts: TokenFacts) -> bool:
    return locative_before(span.start, facts)


def locative_before(start: int, facts: TokenFacts) -> bool:
    """`after_locative_preposition` for the name that starts at token `start` (no Span built)."""
    before = start - 1 if start > 0 else None
    if before is not None and facts.lower[before] == "the" and start > 1:
        before = start - 2
    return before is not None and facts.lower[before] in LOCATIVE_PREPOSITIONS
