"""The second look: once the first has found the article's own places, names the small model tagged
otherwise are places where the article shows them to be ("Moorhead" used as a place elsewhere, "Moorhead,
Minn.", "in Moorhead" in a state the article is about), and bodies and buildings named after a place name
it ("the Minnesota National Guard", "the University of Minnesota", "the Lutheran School in Lombard")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from communique.places.gazetteer import Candidate, lookup_key
from communique.places.names import (GUARDED_LABELS, GUARDED_MIN_CITY_POPULATION, NAMED_AFTER_LABELS, PLACE_LABELS,
                                     UNLABELLED_MIN_CITY_POPULATION, FoundName, Lookup, after_locative_preposition,
                                     coordinated_parts, usable)
from communique.places.tokens import TokenFacts, span_text, trim

@dataclass(frozen=True)
class Known:
    """What the first look found: the names the article uses as places, where a state or country
    qualifies the name before it ("Moorhead, Minn.": the token after the name's end is a comma), and the
    admin-1 areas (states, provinces) its areas and unambiguous places lie in."""
    names: frozenset[str]
    qualified_ends: frozenset[int]
    admin1s: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # the countries of its unambiguous places

    @classmethod
    def of(cls, mentions: list[FoundName], facts: TokenFacts) -> "Known":
        areas = [m for m in mentions if any(c.entry.feature == "country" or c.entry.level == 1 for c in m.candidates)]
        ends = frozenset(m.span.start - 1 for m in areas if m.span.start > 0 and facts.lower[m.span.start - 1] == ",")
        admin1s, countries = set(), set()
        for m in mentions:
            keys = {c.entry.admin1 for c in m.candidates if c.entry.feature in ("city", "admin")}
            if len(keys) == 1 and None not in keys:
                admin1s |= keys
            nations = {c.entry.country for c in m.candidates}
            if len(nations) == 1 and None not in nations:
                countries |= nations
        return cls(frozenset(m.key for m in mentions), ends, frozenset(admin1s), frozenset(countries))

    def accepts(self, text: str, end: int, lookup: Lookup, min_city_population: int = UNLABELLED_MIN_CITY_POPULATION,
                located: bool = False) -> tuple[Candidate, ...]:
        """The name's candidates where the article names it as a place elsewhere or qualifies it here, or
        (`located`: after "in", "near", ...) those in a state the article's places lie in; a name that
        is only strong enough gets its strong candidates (no city where `min_city_population` is None)."""
        candidates = tuple(c for c in usable(lookup(text), text, 0) if c.primary)
        if candidates and (lookup_key(text) in self.names or end in self.qualified_ends):
            return candidates
        if located and any(c.entry.admin1 in self.admin1s for c in candidates):
            return candidates
        if min_city_population is None:
            return tuple(c for c in usable(candidates, text, 1) if c.entry.feature != "city")
        return usable(candidates, text, min_city_population)


def second_look(doc: Doc, entities: tuple[Span, ...], lookup: Lookup, taken: set[int], facts: TokenFacts,
                 known: Known) -> list[FoundName]:
    """Entities the first look left: the whole name or each of its joined parts ("Fargo-Moorhead") where
    the article shows it to be a place; else the place an organisation is named after, where the name
    starts with it or ends "of" it ("the Minnesota National Guard", "the University of Minnesota")."""
    person_words = {word for ent in entities if ent.label_ == "PERSON" and len(ent) > 1
                    for word in facts.lower[ent.start:ent.end]}
    mentions = []
    for ent in entities:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in GUARDED_LABELS:
            continue
        span = trim(ent, facts)
        if not span or any(i in taken for i in range(span.start, span.end)):
            continue
        for part in coordinated_parts(span, facts, hyphens=True):
            text = span_text(part, facts)
            if lookup.is_demonym(text) or (len(part) == 1 and facts.lower[part.start] in person_words):
                continue
            strength = UNLABELLED_MIN_CITY_POPULATION if ent.label_ in PLACE_LABELS else GUARDED_MIN_CITY_POPULATION
            candidates = known.accepts(text, part.end, lookup, strength, after_locative_preposition(part, facts))
            if candidates:
                mentions.append(FoundName(part, text, candidates))
            elif ent.label_ in NAMED_AFTER_LABELS:
                mention = _named_after(part, lookup, facts, known)
                if mention:
                    mentions.append(mention)
    return mentions


def _named_after(part: Span, lookup: Lookup, facts: TokenFacts, known: Known) -> FoundName | None:
    """The place at the start of a longer name, or after its "of" or "in" ("the Lutheran School in
    Lombard"): a country or area, or a city the article names as a place elsewhere ("Metro Nashville"
    alone does not make Metro a town)."""
    names, doc = facts.name, part.doc
    for end in range(part.end - 1, part.start, -1):
        if all(names[i] for i in range(part.start, end)):
            text = span_text(doc[part.start:end], facts)
            candidates = () if lookup.is_demonym(text) else known.accepts(text, -1, lookup, None)
            if candidates:
                return FoundName(doc[part.start:end], text, candidates)
    of = next((i for i in range(part.start + 1, part.end - 1) if facts.lower[i] in ("of", "in")), None)
    if of is not None and all(names[i] for i in range(of + 1, part.end)):
        text = span_text(doc[of + 1:part.end], facts)
        candidates = known.accepts(text, -1, lookup, None)
        if candidates:
            return FoundName(doc[of + 1:part.end], text, candidates)
    return None
