"""Recognising place mentions: every place a document names, with its candidates, then resolved.

`find_places(doc, extra_places, actor_countries)` takes spaCy's GPE/LOC/FAC entities (plus region names it
tags NORP, such as "Mediterranean") and capitalised proper nouns the small model leaves unlabelled, and
looks them up in the gazetteer (communique.places.gazetteer); US state abbreviations and national adjectives
before a noun of ground come from communique.places.cues. A whole GPE or LOC entity may be any populated
place; a part of a longer name ("northern Syria" -> Syria), a facility, a span the small model mislabels
(ORG, PERSON, WORK_OF_ART, ...) or an unlabelled proper noun only a country, region, admin-1 area, an area
named as one ("Licking County") or a sizeable city: so "Main Street" is not the town of Street and
"British Columbia" not Columbia. A bare compass word ("the South") is never a city or an admin area.
Demonyms ("Libyan") are never places by themselves. Spans the small model mislabels are places only where
they are not part of a person's full name in the document; after a locative preposition ("in Goma")
smaller cities qualify too.

Which entry each name means is chosen in communique.places.disambiguate; where an event happened
(`location_for_event`) in communique.places.locate, re-exported here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from communique.places.cues import abbreviation_spans, demonym_countries, ground_adjectives
from communique.places.disambiguate import Mention, choose
from communique.places.gazetteer import Candidate, Gazetteer, load_gazetteer, lookup_key, normalize_name, user_index
from communique.places.locate import LOCATIVE_PREPOSITIONS, location_for_event  # noqa: F401 (re-exported)
from communique.places.tokens import TokenFacts, span_text, token_facts, trim
from communique.data_files import data_path, tsv_rows
from communique.nlp import doc_entities, doc_tokens, doc_tree
from communique.records import Place

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
class _Mention:
    span: Span
    text: str  # span.text, which spaCy joins anew on each access
    candidates: tuple[Candidate, ...]
    settled: bool = False  # its one candidate comes from a cue ("La.", "the Russian border"), not the name

    @property
    def key(self) -> str:
        return lookup_key(self.text)


class _Lookup:
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


def find_places(doc: Doc, extra_places: list[dict] | None = None,
                actor_countries: frozenset[str] = frozenset()) -> list[Place]:
    """Every place mention in the document, geocoded, in text order; `actor_countries` (the countries of
    the article's actors) weigh in where a name is ambiguous."""
    lookup = _Lookup(load_gazetteer(), extra_places)
    facts = token_facts(doc)
    mentions = [_Mention(span, text, (candidate,), True)
                for span, text, candidate in abbreviation_spans(doc, facts.text, lookup.gazetteer, set())]
    abbreviated = {i for m in mentions for i in range(m.span.start, m.span.end)}
    entities = tuple(part for ent in doc_entities(doc) for part in _unblocked_parts(ent, abbreviated))
    mentions += _entity_mentions(doc, entities, lookup, facts)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += _unlabelled_mentions(doc, entities, lookup, taken | abbreviated, facts)
    known = _Known.of(mentions, facts)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += _second_look(doc, entities, lookup, taken, facts, known)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += _unlabelled_mentions(doc, entities, lookup, taken, facts, known)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    for span, text, candidate in ground_adjectives(doc, lookup.gazetteer, taken):
        mentions.append(_Mention(span, text, (candidate,), True))
    mentions = [_widened(m, lookup) for m in mentions if not _names_something_else(doc, m.span)]
    mentions.sort(key=lambda m: m.span.start)
    linked = _linked(mentions, facts)
    choices = choose(linked, lookup.gazetteer, demonym_countries(doc, lookup.gazetteer, facts.text), actor_countries)
    places = []
    for mention, choice in zip(mentions, choices):
        entry = choice.candidate.entry
        precision = f"admin{entry.level}" if entry.feature == "admin" and entry.level else \
            PRECISION.get(entry.feature, "admin1")
        places.append(Place(text=mention.text, name=entry.name, country=entry.country, lat=entry.lat,
                            lon=entry.lon, feature=entry.feature, start=mention.span.start_char,
                            end=mention.span.end_char, geonameid=entry.geonameid, precision=precision,
                            reason=choice.reason))
    return places


def _widened(mention: _Mention, lookup: _Lookup) -> _Mention:
    """Once a name is taken for a place, every entry of that name may be the one meant: "Alexandria",
    found because a large city has that name, may still be the small one the article is about."""
    if mention.settled:
        return mention
    wider = tuple(c for c in _usable(lookup(mention.text), mention.text, 0) if c.primary and c not in mention.candidates)
    return _Mention(mention.span, mention.text, mention.candidates + wider) if wider else mention


def _unblocked_parts(ent: Span, blocked: set[int]) -> list[Span]:
    """The entity, or where it takes in a state abbreviation ("Fargo, N.D."), its parts around it."""
    if not blocked or not any(i in blocked for i in range(ent.start, ent.end)):
        return [ent]
    parts, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or i in blocked:
            if i > start:
                parts.append(Span(ent.doc, start, i, label=ent.label))
            start = i + 1
    return parts


def _linked(mentions: list["_Mention"], facts: "TokenFacts") -> list[Mention]:
    """The mentions as disambiguate reads them, each with the qualifier right after it ("Paris, Texas")."""
    linked: list[Mention | None] = [None] * len(mentions)
    for n in range(len(mentions) - 1, -1, -1):
        mention, qualifier = mentions[n], None
        if n + 1 < len(mentions):
            following = mentions[n + 1]
            comma = mention.span.end
            if following.span.start == comma + 1 and facts.lower[comma] == ",":
                qualifier = linked[n + 1]
        linked[n] = Mention(mention.key, mention.candidates, qualifier)
    return linked  # type: ignore[return-value]


# -- finding mentions ---------------------------------------------------------------------------------------

def _names_something_else(doc: Doc, span: Span) -> bool:
    """"the Berlin process": the place name modifies a noun that it makes the name of a framework."""
    tokens, heads = doc_tokens(doc), doc_tree(doc).heads
    last, following = span.end - 1, span.end
    return following < len(doc) and heads[last] == following and tokens.dep[last] == "compound" \
        and tokens.lemma[following] in naming_nouns()


@lru_cache(maxsize=1)
def naming_nouns() -> frozenset[str]:
    """The nouns of data/places/naming_nouns.tsv."""
    rows = tsv_rows(data_path("places/naming_nouns.tsv"), "the list of naming nouns")
    return frozenset(fields[0].strip().lower() for number, fields in rows if fields[0] != "noun")


def _entity_mentions(doc: Doc, entities: tuple[Span, ...], lookup: _Lookup, facts: TokenFacts) -> list[_Mention]:
    person_words = {word for ent in entities if ent.label_ == "PERSON" and len(ent) > 1
                    for word in facts.lower[ent.start:ent.end]}
    mentions = []
    for ent in entities:
        label = ent.label_
        if label not in PLACE_LABELS and label != "NORP" and label not in GUARDED_LABELS:
            continue  # dates, figures, laws...: never places
        span = trim(ent, facts)
        if not span:
            continue
        text = span_text(span, facts)
        if lookup.is_demonym(text):
            continue
        if label in PLACE_LABELS:
            found = [_match_within(span, text, lookup, facts, whole_any=label != "FAC")]
        elif label == "NORP":
            found = [_region_mention(span, text, lookup)]
        else:
            found = [_mislabelled_mention(part, label, lookup, person_words, facts)
                     for part in _coordinated_parts(span, facts)]
        mentions.extend(m for m in found if m)
    return mentions


def _coordinated_parts(span: Span, facts: TokenFacts, hyphens: bool = False) -> list[Span]:
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


def _match_within(span: Span, whole_text: str, lookup: _Lookup, facts: TokenFacts,
                  whole_any: bool = True) -> _Mention | None:
    """The whole span if the gazetteer knows it (any populated place where `whole_any`), else its longest
    part that names a country, region, admin area or sizeable city ("northern Syria" -> Syria)."""
    doc = span.doc
    punct, possessive, lowercase, names = facts.punct, facts.possessive, facts.lowercase, facts.name
    for length in range(len(span), 0, -1):
        for offset in range(len(span) - length + 1):
            first, last = span.start + offset, span.start + offset + length - 1
            if punct[first] or punct[last] or possessive[last]:
                continue
            whole = length == len(span)
            if not whole and (lowercase[first] or lowercase[last] or not (names[first] or names[last])):
                continue  # "Titan of industry", "University of Texas": a part starts and ends on a name
            if not whole and last == span.end - 1 and first > span.start and names[first - 1] \
                    and facts.lower[first - 1] not in DIRECTION_WORDS:
                continue  # "City Hall", "the Law Enforcement Center": the head of a name is no place
            if whole:
                part, text = span, whole_text
            else:
                part = doc[span.start + offset:span.start + offset + length]
                text = span_text(part, facts)
            if lookup.is_demonym(text):
                continue
            candidates = _usable(lookup(text), text, 0 if whole and whole_any else PART_MIN_CITY_POPULATION)
            if candidates:
                return _Mention(part, text, candidates)
    return None


def _usable(candidates: tuple[Candidate, ...], text: str, min_city_population: int) -> tuple[Candidate, ...]:
    """The candidates a name may stand for where it is found: a bare compass word ("North") only for a
    region; otherwise those `_is_strong` keeps (all of them where `min_city_population` is 0)."""
    if lookup_key(text) in COMPASS_WORDS:
        return tuple(c for c in candidates if c.entry.feature == "region")
    if not min_city_population:
        return candidates
    return tuple(c for c in candidates if _is_strong(c, min_city_population, text))


def _region_mention(span: Span, text: str, lookup: _Lookup) -> _Mention | None:
    """A NORP entity that names a region ("Mediterranean"); demonyms were set aside before."""
    regions = tuple(c for c in lookup(text) if c.entry.feature == "region")
    return _Mention(span, text, regions) if regions else None


def _mislabelled_mention(part: Span, label: str, lookup: _Lookup, person_words: set[str],
                         facts: TokenFacts) -> _Mention | None:
    """A place name the model tagged ORG, PERSON, ...: a country, region or large city, not a person's name.

    A name that is part of a person's full name elsewhere in the document ("Lloyd Austin" ... "Austin said")
    is that person; after a locative preposition ("in Goma") smaller cities are accepted too.
    """
    if (label == "PERSON" and len(part) > 1) or (len(part) == 1 and facts.lower[part.start] in person_words):
        return None
    text = span_text(part, facts)
    if lookup.is_demonym(text):
        return None
    candidates = lookup(text)
    if not candidates:
        return None
    minimum = UNLABELLED_MIN_CITY_POPULATION if _after_locative_preposition(part, facts) else GUARDED_MIN_CITY_POPULATION
    strong = tuple(c for c in _usable(candidates, text, minimum) if c.primary)
    return _Mention(part, text, strong) if strong else None


def _is_strong(candidate: Candidate, min_city_population: int, text: str) -> bool:
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


def _after_locative_preposition(span: Span, facts: TokenFacts) -> bool:
    before = span.start - 1 if span.start > 0 else None
    if before is not None and facts.lower[before] == "the" and span.start > 1:
        before = span.start - 2
    return before is not None and facts.lower[before] in LOCATIVE_PREPOSITIONS


def _unlabelled_mentions(doc: Doc, entities: tuple[Span, ...], lookup: _Lookup, taken: set[int],
                         facts: TokenFacts, known: "_Known | None" = None) -> list[_Mention]:
    """Capitalised proper nouns outside any entity that name a country, region or sizeable city, or (on
    the second look) a place the article names elsewhere or qualifies ("Moorhead, Minn.")."""
    entity_tokens = {i for ent in entities for i in range(ent.start, ent.end)}
    blocked = taken | entity_tokens
    mentions, next_free = [], 0
    for i in [i for i, is_name in enumerate(facts.name) if is_name and i not in blocked]:
        if i < next_free:
            continue  # inside the name found last
        mention = _unlabelled_at(doc, i, facts, lookup, blocked, known)
        if mention:
            mentions.append(mention)
            next_free = mention.span.end
    return mentions


def _unlabelled_at(doc: Doc, i: int, facts: TokenFacts, lookup: _Lookup, blocked: set[int],
                   known: "_Known | None") -> _Mention | None:
    names, words = facts.name, doc_tokens(doc)
    doc_length = len(doc)
    for length in range(MAX_NAME_TOKENS, 0, -1):
        end = i + length
        if end > doc_length or not names[end - 1] or any(j in blocked for j in range(i, end)):
            continue
        if any(not names[j] and facts.lower[j] not in ("of", "al", "el", "-") for j in range(i, end)):
            continue
        text = facts.text[words.idx[i]:words.end_char(end - 1)]  # the span's text; the Span built if it is kept
        if lookup.is_demonym(text):
            continue
        if known is not None:
            found = known.accepts(text, end, lookup, located=_after_locative_preposition(doc[i:end], facts))
        elif length == 1 and doc[i].is_sent_start and not doc[i].is_upper:
            continue
        else:
            found = tuple(c for c in _usable(lookup(text), text, UNLABELLED_MIN_CITY_POPULATION) if c.primary)
        if found and not doc[i].is_stop:
            return _Mention(doc[i:end], text, found)
    return None


# -- the second look: names the article itself shows to be places --------------------------------------------

@dataclass(frozen=True)
class _Known:
    """What the first look found: the names the article uses as places, where a state or country
    qualifies the name before it ("Moorhead, Minn.": the token after the name's end is a comma), and the
    admin-1 areas (states, provinces) its areas and unambiguous places lie in."""
    names: frozenset[str]
    qualified_ends: frozenset[int]
    admin1s: frozenset[str] = frozenset()

    @classmethod
    def of(cls, mentions: list[_Mention], facts: TokenFacts) -> "_Known":
        areas = [m for m in mentions if any(c.entry.feature == "country" or c.entry.level == 1 for c in m.candidates)]
        ends = frozenset(m.span.start - 1 for m in areas if m.span.start > 0 and facts.lower[m.span.start - 1] == ",")
        admin1s = set()
        for m in mentions:
            keys = {c.entry.admin1 for c in m.candidates if c.entry.feature in ("city", "admin")}
            if len(keys) == 1 and None not in keys:
                admin1s |= keys
        return cls(frozenset(m.key for m in mentions), ends, frozenset(admin1s))

    def accepts(self, text: str, end: int, lookup: _Lookup, min_city_population: int = UNLABELLED_MIN_CITY_POPULATION,
                located: bool = False) -> tuple[Candidate, ...]:
        """The name's candidates where the article names it as a place elsewhere or qualifies it here, or
        (`located`: after "in", "near", ...) those in a state the article's places lie in; a name that
        is only strong enough gets its strong candidates (no city where `min_city_population` is None)."""
        candidates = tuple(c for c in _usable(lookup(text), text, 0) if c.primary)
        if candidates and (lookup_key(text) in self.names or end in self.qualified_ends):
            return candidates
        if located and any(c.entry.admin1 in self.admin1s for c in candidates):
            return candidates
        if min_city_population is None:
            return tuple(c for c in _usable(candidates, text, 1) if c.entry.feature != "city")
        return _usable(candidates, text, min_city_population)


def _second_look(doc: Doc, entities: tuple[Span, ...], lookup: _Lookup, taken: set[int], facts: TokenFacts,
                 known: _Known) -> list[_Mention]:
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
        for part in _coordinated_parts(span, facts, hyphens=True):
            text = span_text(part, facts)
            if lookup.is_demonym(text) or (len(part) == 1 and facts.lower[part.start] in person_words):
                continue
            strength = UNLABELLED_MIN_CITY_POPULATION if ent.label_ in PLACE_LABELS else GUARDED_MIN_CITY_POPULATION
            candidates = known.accepts(text, part.end, lookup, strength, _after_locative_preposition(part, facts))
            if candidates:
                mentions.append(_Mention(part, text, candidates))
            elif ent.label_ in NAMED_AFTER_LABELS:
                mention = _named_after(part, lookup, facts, known)
                if mention:
                    mentions.append(mention)
    return mentions


def _named_after(part: Span, lookup: _Lookup, facts: TokenFacts, known: _Known) -> _Mention | None:
    """The place at the start of a longer name, or after its "of" or "in" ("the Lutheran School in
    Lombard"): a country or area, or a city the article names as a place elsewhere ("Metro Nashville"
    alone does not make Metro a town)."""
    names, doc = facts.name, part.doc
    for end in range(part.end - 1, part.start, -1):
        if all(names[i] for i in range(part.start, end)):
            text = span_text(doc[part.start:end], facts)
            candidates = () if lookup.is_demonym(text) else known.accepts(text, -1, lookup, None)
            if candidates:
                return _Mention(doc[part.start:end], text, candidates)
    of = next((i for i in range(part.start + 1, part.end - 1) if facts.lower[i] in ("of", "in")), None)
    if of is not None and all(names[i] for i in range(of + 1, part.end)):
        text = span_text(doc[of + 1:part.end], facts)
        candidates = known.accepts(text, -1, lookup, None)
        if candidates:
            return _Mention(doc[of + 1:part.end], text, candidates)
    return None
