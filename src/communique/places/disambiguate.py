"""Choosing one gazetteer entry for each place mention, by reading the article.

A candidate's score starts from what it is: the logarithm of its population (an area's is the sum of its
populated places'), a step up for countries and admin-1 areas, a step down for admin-2 areas and for names
that are only GeoNames alternates, a boost for the user's own places and for a name's usual news sense
(data/places/preferred.tsv). The article then adds evidence, in two passes: first every mention is
resolved on its own; then each is resolved again with what the *other* mentions were resolved to (their
countries and admin-1 areas: "Alexandria" in an article that also names Rapides Parish is Alexandria,
Louisiana), how many of the article's other names have an entry near each candidate (within 100 km or in
the same admin-1 area, whichever entry of theirs is meant: "Arlington" among Mansfield and Grand Prairie
is Arlington, Texas), the countries its demonyms imply, the countries of the event's actors, and a qualifier written
right after the name ("Paris, Texas", "Alexandria, La.", "Tripoli, Lebanon"), which settles it.

Each choice keeps its reason: what, beyond its own size, made it win.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy

from communique.places.gazetteer import Candidate, Gazetteer

CONTEXT_BONUS = 0.75  # plus as much again times the share of the article's country evidence
ADMIN1_BONUS = 1.5  # plus as much again times the share of the article's admin-1 evidence
ACTOR_BONUS = 0.5  # the country of one of the article's actors
QUALIFIER_BONUS = 3.0  # "Paris, Texas": the qualifier settles the name
ADMIN1_QUALIFIER_BONUS = 4.0  # "Alexandria, La.": a state qualifier is finer than a country one
STATE_CONTEXT_BONUS = 3.0  # "the New York border": the admin-1 area of a name, where its context says so
SEAT_BONUS = 1.5  # "Istanbul": the city, not the province named after it
SEAT_SHARE = 0.25  # ... where the city holds this share of the area's people or more
NEAR_BONUS = 0.75  # for each other name of the article that has a place near this candidate ...
NEAR_NAMES = 3  # ... counting this many at most
NEAR_KM = 100.0  # near: this close, or in the same admin-1 area
MAX_NEAR_CANDIDATES = 40  # the most populous entries of a name that the nearness test compares


@dataclass(frozen=True)
class Mention:
    """A place name found in the text, with the gazetteer entries it may name."""
    key: str  # its lookup key: every mention of the same name shares the same evidence
    candidates: tuple[Candidate, ...]
    qualifier: "Mention | None" = None  # the place written right after it, after a comma
    state_context: bool = False  # "upstate New York", "the New York border", "Ohio, New York and Maine"


@dataclass(frozen=True)
class Choice:
    candidate: Candidate
    reason: str


@dataclass
class ArticleEvidence:
    """Countries and admin-1 areas the article points to, by the name that points to them."""
    countries: dict[str, Counter] = field(default_factory=dict)
    admin1s: dict[str, Counter] = field(default_factory=dict)
    actor_countries: frozenset[str] = frozenset()

    def add(self, key: str, country: str | None, admin1: str | None) -> None:
        if country:
            self.countries.setdefault(key, Counter())[country] += 1
        if admin1:
            self.admin1s.setdefault(key, Counter())[admin1] += 1


def choose(mentions: list[Mention], gazetteer: Gazetteer, demonym_countries: dict[str, Counter],
           actor_countries: frozenset[str] = frozenset()) -> list[Choice]:
    """One choice per mention, in the same order."""
    remembered: dict[tuple, Choice] = {}  # the same name, with the same qualifier, is chosen once a pass

    def best(mention: Mention, *evidence) -> Choice:
        key = (len(evidence), mention.key, len(mention.candidates), mention.qualifier.key if mention.qualifier else None,
               mention.state_context)
        if key not in remembered:
            remembered[key] = _best(mention, gazetteer, *evidence)
        return remembered[key]

    alone = [best(m, {}, {}, frozenset()) for m in mentions]
    evidence = ArticleEvidence(countries={k: Counter(v) for k, v in demonym_countries.items()},
                               actor_countries=actor_countries)
    for mention, choice in zip(mentions, alone):
        entry = choice.candidate.entry
        evidence.add(mention.key, entry.country, entry.admin1)
    near = _near_names(mentions)
    country_total, admin1_total = _totals(evidence.countries), _totals(evidence.admin1s)
    shares: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
    choices = []
    for mention in mentions:
        if mention.key not in shares:
            shares[mention.key] = (_share(country_total, evidence.countries.get(mention.key)),
                                   _share(admin1_total, evidence.admin1s.get(mention.key)))
        countries, admin1s = shares[mention.key]
        choices.append(best(mention, countries, admin1s, evidence.actor_countries, near))
    return choices


def _near_names(mentions: list[Mention]) -> dict[int, int]:
    """id(entry) -> how many of the article's other names have an entry near it. Countries and regions
    are neither near nor far: only cities and admin areas are compared."""
    names: dict[str, list] = {}
    for mention in mentions:
        if mention.key not in names:
            local = [c.entry for c in mention.candidates
                     if c.entry.feature in ("city", "admin") and c.entry.lat is not None and c.entry.lon is not None]
            names[mention.key] = sorted(local, key=lambda e: -e.population)[:MAX_NEAR_CANDIDATES]
    entries = [(n, e) for n, local in enumerate(names.values()) for e in local]
    if sum(1 for local in names.values() if local) < 2:
        return {}  # no other name to be near: every count would be 0
    owner = numpy.array([n for n, _ in entries])
    lat = numpy.radians([e.lat for _, e in entries])
    lon = numpy.radians([e.lon for _, e in entries])
    codes: dict[str, int] = {}
    admin1 = numpy.array([codes.setdefault(e.admin1, len(codes) + 1) if e.admin1 else -1 - i
                          for i, (_, e) in enumerate(entries)])
    half = numpy.sin((lat[:, None] - lat[None, :]) / 2) ** 2 + numpy.cos(lat[:, None]) * numpy.cos(lat[None, :]) * \
        numpy.sin((lon[:, None] - lon[None, :]) / 2) ** 2
    close = (2 * 6371.0 * numpy.arcsin(numpy.sqrt(numpy.clip(half, 0, 1))) <= NEAR_KM) | (admin1[:, None] == admin1[None, :])
    by_name = (close.astype(numpy.float32) @ numpy.eye(len(names), dtype=numpy.float32)[owner]) > 0
    by_name[numpy.arange(len(entries)), owner] = False  # a name does not support itself
    counts = by_name.sum(axis=1).tolist()
    return {id(e): count for (_, e), count in zip(entries, counts) if count}


def _totals(by_key: dict[str, Counter]) -> Counter:
    total: Counter = Counter()
    for counts in by_key.values():
        total.update(counts)
    return total


def _share(evidence: Counter, own: Counter | None) -> dict[str, float]:
    """Each country's (or area's) share of the article's evidence other than the name's own."""
    others = evidence
    if own:
        others = {key: count - own.get(key, 0) for key, count in evidence.items() if count > own.get(key, 0)}
    total = sum(others.values()) or 1
    return {key: count / total for key, count in others.items()}


def base_score(candidate: Candidate, gazetteer: Gazetteer, key: str) -> float:
    """What a candidate is worth before the article is read."""
    entry = candidate.entry
    size = math.log10(entry.population + 10)
    if entry.feature == "city":
        score = size
    elif entry.feature == "country":
        score = size + 1.0
    elif entry.feature == "admin":
        score = 6.5 if not entry.population else size + (0.5 if entry.level == 1 else -0.5)
    else:
        score = 7.0
    if entry.user:
        score += 3.0
    if not candidate.primary:
        score -= 1.5
    if entry.geonameid is not None and gazetteer.preferred.get(key) == entry.geonameid:
        score += 3.0
    return score


def _best(mention: Mention, gazetteer: Gazetteer, countries: dict[str, float], admin1s: dict[str, float],
          actor_countries: frozenset[str], near: dict[int, int] | None = None) -> Choice:
    """The candidate with the highest score (the first of equals); the reasons are written for it alone."""
    qualifier_countries, qualifier_admin1s = _qualifiers(mention.qualifier)
    seats = _seats(mention.candidates)
    evidence = (seats, qualifier_countries, qualifier_admin1s, countries, admin1s, actor_countries, near)
    best, best_score = None, -math.inf
    for candidate in mention.candidates:
        score = _score(candidate, mention, gazetteer, *evidence)
        if score > best_score:
            best, best_score = candidate, score
    reasons: list[str] = []
    _score(best, mention, gazetteer, *evidence, reasons)
    return Choice(best, _reason(mention, best, reasons))


def _score(candidate: Candidate, mention: Mention, gazetteer: Gazetteer, seats: set[Candidate],
           qualifier_countries: set[str], qualifier_admin1s: set[str], countries: dict[str, float],
           admin1s: dict[str, float], actor_countries: frozenset[str], near: dict[int, int] | None,
           reasons: list[str] | None = None) -> float:
    """A candidate's score in the article; what raised it appended to `reasons` where given."""
    entry = candidate.entry
    raised: list[tuple[float, str]] = []  # each bonus with what gave it, added in this order
    if mention.state_context and entry.feature == "admin" and entry.level == 1:
        raised.append((STATE_CONTEXT_BONUS, "a state by its context"))
    elif candidate in seats and not mention.state_context:
        raised.append((SEAT_BONUS, "the city the area is named after"))
    if entry.admin1 and entry.admin1 in qualifier_admin1s and entry.admin1 != _own_admin1(entry):
        raised.append((ADMIN1_QUALIFIER_BONUS, f"qualified by {entry.admin1}"))
    elif entry.country in qualifier_countries:
        raised.append((QUALIFIER_BONUS, f"qualified by {entry.country}"))
    if entry.country in countries:
        raised.append((CONTEXT_BONUS + CONTEXT_BONUS * countries[entry.country], f"article names {entry.country}"))
    if entry.admin1 in admin1s and entry.feature != "country":
        raised.append((ADMIN1_BONUS + ADMIN1_BONUS * admin1s[entry.admin1], f"article names {entry.admin1}"))
    if entry.country in actor_countries:
        raised.append((ACTOR_BONUS, f"actors of {entry.country}"))
    neighbours = near.get(id(entry), 0) if near else 0
    if neighbours:
        raised.append((NEAR_BONUS * min(neighbours, NEAR_NAMES), f"near {neighbours} of the article's other places"))
    score = base_score(candidate, gazetteer, mention.key)
    for bonus, reason in raised:
        score += bonus
        if reasons is not None:
            reasons.append(reason)
    return score


def _seats(candidates: tuple[Candidate, ...]) -> set[Candidate]:
    """Cities that share their name with an area they hold a good share of ("Istanbul", "Tbilisi")."""
    areas = [c.entry for c in candidates if c.entry.feature == "admin" and c.entry.population and c.primary]
    if not areas:
        return set()
    return {c for c in candidates if c.entry.feature == "city" and any(
        a.admin1 == c.entry.admin1 and c.entry.population >= SEAT_SHARE * a.population for a in areas)}


def _own_admin1(entry) -> str | None:
    """An admin-1 area's own key: no state qualifies itself."""
    return entry.admin1 if entry.feature == "admin" and entry.level == 1 else None


def _qualifiers(qualifier: Mention | None) -> tuple[set[str], set[str]]:
    """Countries and admin-1 areas a qualifier ("Texas", "La.", "Lebanon") may stand for."""
    if qualifier is None:
        return set(), set()
    countries = {c.entry.country for c in qualifier.candidates if c.entry.feature == "country" and c.entry.country}
    admin1s = {c.entry.admin1 for c in qualifier.candidates
               if c.entry.feature == "admin" and c.entry.level == 1 and c.entry.admin1}
    countries |= {c.entry.country for c in qualifier.candidates
                  if c.entry.feature == "admin" and c.entry.country and not c.entry.admin1}
    return countries, admin1s


def _reason(mention: Mention, best: Candidate, reasons: list[str]) -> str:
    if len(mention.candidates) == 1:
        return "only entry of the name"
    if best.entry.user:
        reasons = ["your gazetteer", *reasons]
    largest = max(mention.candidates, key=lambda c: c.entry.population)
    if largest is best:
        reasons = ["most populous", *reasons]
    return "; ".join(reasons) or "feature and population"
