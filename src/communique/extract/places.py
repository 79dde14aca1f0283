"""Places: every place a document mentions, geocoded offline, and where the text puts an event.

`find_places(doc, extra_places)` takes spaCy's GPE/LOC/FAC entities (plus region names it tags NORP, such
as "Mediterranean") and capitalised proper nouns the small model leaves unlabelled, looks them up in the
gazetteer (communique.extract.gazetteer) and resolves ambiguous names ("Tripoli", "Georgia") with the
countries the document names or implies by demonyms; otherwise the more populous place wins. Demonyms
("Libyan") are never places. Spans the small model mislabels (ORG, PERSON, WORK_OF_ART, ...) are places
only where they name a country, region or large city and are not part of a person's full name in the
document; after a locative preposition ("in Goma") smaller cities qualify too.

`location_for_event(doc, trigger_index, places)` returns the place a locative phrase ("in", "at", "near",
...) attaches to the event's clause, or None; a country is returned as a country, never dressed as a city.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from communique.extract.gazetteer import Candidate, Gazetteer, load_gazetteer, normalize_name, user_index
from communique.records import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GUARDED_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT"})  # the small model's mislabels
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                                   "within", "on", "off", "along", "into", "onto", "over", "beyond", "toward",
                                   "towards", "to", "from", "via", "through", "nearby", "opposite"})
EVENT_LOCATIVES = LOCATIVE_PREPOSITIONS - {"to", "from", "toward", "towards", "via", "into", "onto", "over",
                                           "through", "beyond"}
LINKING_PREPOSITIONS = frozenset({"of", "with"})  # "the outskirts of Tripoli", "the border with Syria"
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
                             "northwestern", "southeastern", "southwestern", "upper", "lower", "greater"})
CLAUSE_BOUNDARIES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "csubj", "acl"})
CLIMBING_DEPENDENCIES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "xcomp", "compound", "appos"})
MAX_NAME_TOKENS = 5
GUARDED_MIN_CITY_POPULATION = 300_000
UNLABELLED_MIN_CITY_POPULATION = 100_000
CONTEXT_BONUS = 0.75  # plus as much again times the share of the document's country evidence
QUALIFIER_BONUS = 3.0  # "Paris, Texas": the qualifier settles the name
FEATURE_SPECIFICITY = {"city": 0, "admin": 1, "region": 2, "country": 3}


@dataclass
class _Mention:
    span: Span
    candidates: tuple[Candidate, ...]

    @property
    def key(self) -> str:
        return normalize_name(self.span.text)


class _Lookup:
    """The built-in gazetteer with the user's places in front of it."""

    def __init__(self, gazetteer: Gazetteer, extra_places: list[dict] | None):
        self.gazetteer = gazetteer
        self.user = user_index(extra_places)

    def __call__(self, text: str) -> tuple[Candidate, ...]:
        found = self.gazetteer.lookup(text)
        return self.user.get(normalize_name(text), ()) + found if self.user else found

    def is_demonym(self, text: str) -> bool:
        return self.gazetteer.demonym_country(text)[0] and not (self.user and self.user.get(normalize_name(text)))


def find_places(doc: Doc, extra_places: list[dict] | None = None) -> list[Place]:
    """Every place mention in the document, geocoded, in text order."""
    lookup = _Lookup(load_gazetteer(), extra_places)
    mentions = _entity_mentions(doc, lookup)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += _unlabelled_mentions(doc, lookup, taken)
    mentions.sort(key=lambda m: m.span.start)
    context = _context_countries(doc, lookup.gazetteer, mentions)
    places = []
    for position, mention in enumerate(mentions):
        following = mentions[position + 1] if position + 1 < len(mentions) else None
        best = _best_candidate(mention, context, lookup.gazetteer, _qualifying_countries(mention, following))
        entry = best.entry
        places.append(Place(text=mention.span.text, name=entry.name, country=entry.country, lat=entry.lat,
                            lon=entry.lon, feature=entry.feature, start=mention.span.start_char,
                            end=mention.span.end_char, geonameid=entry.geonameid))
    return places


# -- finding mentions ---------------------------------------------------------------------------------------

def _trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive or punctuation from a name span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "\u2019s")
                           or doc[end - 1].is_punct and doc[end - 1].text not in (".",)):
        end -= 1
    return doc[start:end]


def _entity_mentions(doc: Doc, lookup: _Lookup) -> list[_Mention]:
    person_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    mentions = []
    for ent in doc.ents:
        span = _trim(ent)
        if not span or lookup.is_demonym(span.text):
            continue
        if ent.label_ in PLACE_LABELS:
            found = [_match_within(span, lookup)]
        elif ent.label_ == "NORP":
            found = [_region_mention(span, lookup)]
        elif ent.label_ in GUARDED_LABELS:
            found = [_mislabelled_mention(part, ent.label_, lookup, person_words) for part in _coordinated_parts(span)]
        else:
            continue
        mentions.extend(m for m in found if m)
    return mentions


def _coordinated_parts(span: Span) -> list[Span]:
    """'Kharkiv and Odesa' -> 'Kharkiv', 'Odesa' (the small model sometimes joins names into one entity)."""
    parts, start = [], span.start
    for token in span:
        if token.lower_ in ("and", "&", ",", "or"):
            parts.append(span.doc[start:token.i])
            start = token.i + 1
    parts.append(span.doc[start:span.end])
    return [part for part in parts if len(part)]


def _match_within(span: Span, lookup: _Lookup) -> _Mention | None:
    """The whole span if the gazetteer knows it, else its longest known part ("northern Syria" -> Syria)."""
    doc = span.doc
    for length in range(len(span), 0, -1):
        for start in range(span.start, span.end - length + 1):
            part = doc[start:start + length]
            if part[0].is_punct or part[-1].is_punct or part[-1].tag_ == "POS":
                continue
            if length < len(span) and (part[0].lower_ in DIRECTION_WORDS and part[0].is_lower):
                continue
            candidates = lookup(part.text)
            if candidates and not lookup.is_demonym(part.text):
                return _Mention(part, candidates)
    return None


def _region_mention(span: Span, lookup: _Lookup) -> _Mention | None:
    """A NORP entity that names a region ("Mediterranean"); demonyms were set aside before."""
    regions = tuple(c for c in lookup(span.text) if c.entry.feature == "region")
    return _Mention(span, regions) if regions else None


def _mislabelled_mention(part: Span, label: str, lookup: _Lookup, person_words: set[str]) -> _Mention | None:
    """A place name the model tagged ORG, PERSON, ...: a country, region or large city, not a person's name.

    A name that is part of a person's full name elsewhere in the document ("Lloyd Austin" ... "Austin said")
    is that person; after a locative preposition ("in Goma") smaller cities are accepted too.
    """
    if (label == "PERSON" and len(part) > 1) or (len(part) == 1 and part[0].lower_ in person_words):
        return None
    if lookup.is_demonym(part.text):
        return None
    minimum = UNLABELLED_MIN_CITY_POPULATION if _after_locative_preposition(part) else GUARDED_MIN_CITY_POPULATION
    strong = tuple(c for c in lookup(part.text) if c.primary and _is_strong(c, minimum))
    return _Mention(part, strong) if strong else None


def _is_strong(candidate: Candidate, min_city_population: int = GUARDED_MIN_CITY_POPULATION) -> bool:
    entry = candidate.entry
    return entry.user or entry.feature != "city" or entry.population >= min_city_population


def _after_locative_preposition(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = span.doc[span.start - 2]
    return before is not None and before.lower_ in LOCATIVE_PREPOSITIONS


def _is_name_token(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") or (token.text[:1].isupper() and token.pos_ == "PROPN")


def _unlabelled_mentions(doc: Doc, lookup: _Lookup, taken: set[int]) -> list[_Mention]:
    """Capitalised proper nouns outside any entity that name a country, region or sizeable city."""
    entity_tokens = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    blocked = taken | entity_tokens
    mentions, i = [], 0
    while i < len(doc):
        mention = None
        if i not in blocked and _is_name_token(doc[i]):
            mention = _unlabelled_at(doc, i, lookup, blocked)
        if mention:
            mentions.append(mention)
            i = mention.span.end
        else:
            i += 1
    return mentions


def _unlabelled_at(doc: Doc, i: int, lookup: _Lookup, blocked: set[int]) -> _Mention | None:
    for length in range(MAX_NAME_TOKENS, 0, -1):
        span = doc[i:i + length]
        if len(span) < length or any(t.i in blocked for t in span) or not _is_name_token(span[-1]):
            continue
        if any(not _is_name_token(t) and t.lower_ not in ("of", "al", "el", "-") for t in span):
            continue
        if lookup.is_demonym(span.text) or (span[0].is_sent_start and not span[0].is_upper and length == 1):
            continue
        strong = tuple(c for c in lookup(span.text)
                       if c.primary and _is_strong(c, UNLABELLED_MIN_CITY_POPULATION))
        if strong and not span[0].is_stop:
            return _Mention(span, strong)
    return None


# -- resolving ambiguous names ------------------------------------------------------------------------------

def _context_countries(doc: Doc, gazetteer: Gazetteer, mentions: list[_Mention]) -> dict[str, Counter]:
    """Countries the document names or implies, keyed by the name that implies them."""
    context: dict[str, Counter] = {}
    for text in (t.text for t in doc):
        if text[:1].isupper():
            is_demonym, country = gazetteer.demonym_country(text)
            if is_demonym and country:
                context.setdefault(normalize_name(text), Counter())[country] += 1
    for mention in mentions:
        countries = {c.entry.country for c in mention.candidates if c.entry.country}
        named_country = [c.entry.country for c in mention.candidates
                         if c.entry.feature == "country" and c.primary]
        if named_country:
            countries = {named_country[0]}
        if len(countries) == 1:
            context.setdefault(mention.key, Counter())[countries.pop()] += 1
    return context


def _score(candidate: Candidate, country_share: dict[str, float], gazetteer: Gazetteer, key: str) -> float:
    """Population (log10) for cities and countries, fixed weights for admin and region, plus evidence."""
    entry = candidate.entry
    if entry.feature == "city":
        score = math.log10(entry.population + 10)
    elif entry.feature == "country":
        score = math.log10(entry.population + 10) + 1.0
    elif entry.feature == "admin":
        score = 6.5
    else:
        score = 7.0
    if entry.user:
        score += 3.0
    if not candidate.primary:
        score -= 1.5
    if entry.geonameid is not None and gazetteer.preferred.get(key) == entry.geonameid:
        score += 3.0
    if entry.country in country_share:  # the document names or implies this country elsewhere
        score += CONTEXT_BONUS + CONTEXT_BONUS * country_share[entry.country]
    return score


def _qualifying_countries(mention: _Mention, following: _Mention | None) -> set[str]:
    """Countries of a qualifier written right after the name: "Paris, Texas", "Tripoli, Lebanon"."""
    if following is None or following.span.start != mention.span.end + 1:
        return set()
    if mention.span.doc[mention.span.end].text != ",":
        return set()
    return {c.entry.country for c in following.candidates
            if c.entry.feature in ("country", "admin") and c.entry.country}


def _best_candidate(mention: _Mention, context: dict[str, Counter], gazetteer: Gazetteer,
                    qualifiers: set[str]) -> Candidate:
    key = mention.key
    others = Counter()
    for name, counts in context.items():
        if name != key:
            others.update(counts)
    total = sum(others.values()) or 1
    country_share = {country: count / total for country, count in others.items()}
    return max(mention.candidates, key=lambda c: _score(c, country_share, gazetteer, key)
               + (QUALIFIER_BONUS if c.entry.country in qualifiers else 0.0))


# -- where an event happened --------------------------------------------------------------------------------

def location_for_event(doc: Doc, trigger_index: int, places: list[Place]) -> Place | None:
    """The place a locative phrase attaches to the event's clause, or None where nothing locates it."""
    trigger = doc[trigger_index]
    sentence = trigger.sent
    clause_heads = _heads_within_clause(trigger)
    attached = []
    for place in places:
        if not sentence.start_char <= place.start < sentence.end_char:
            continue  # another sentence: checked on characters before building a span
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or span.sent.start != sentence.start:
            continue
        root = span.root
        governor = _locative_governor(root)
        if governor is None:
            is_modifier = root.dep_ in ("compound", "nmod") and root.head.i == trigger.i
            if is_modifier and place.feature != "country":  # "the Tripoli clashes"; not "the Iran talks"
                attached.append((abs(span.start - trigger.i), place))
            continue
        if governor.i in clause_heads or _governed_by(governor, trigger):
            attached.append((abs(span.start - trigger.i), place))
    return _most_specific(attached) if attached else None


def _heads_within_clause(trigger: Token) -> set[int]:
    """The trigger and the words it is a core argument of ("clashes" -> "erupted", "meet" -> "prepared")."""
    heads = {trigger.i}
    token = trigger
    while token.dep_ in CLIMBING_DEPENDENCIES and token.head.i != token.i:
        token = token.head
        heads.add(token.i)
    return heads


def _governed_by(token: Token, trigger: Token) -> bool:
    """Whether the trigger governs the token without another verb or clause in between."""
    current = token
    while current.i != trigger.i:
        if current.head.i == current.i or current.dep_ in CLAUSE_BOUNDARIES:
            return False
        if current.pos_ in ("VERB", "AUX"):
            return False
        current = current.head
    return True


def _locative_governor(token: Token) -> Token | None:
    """The word a locative preposition governing this place name attaches to ("met" in "met in Istanbul")."""
    current = token
    for _ in range(6):
        if current.dep_ in ("compound", "appos", "conj", "amod", "nmod", "npadvmod") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pobj":
            preposition = current.head
            if preposition.lower_ in EVENT_LOCATIVES:
                return preposition.head
            if preposition.lower_ in LINKING_PREPOSITIONS:
                current = preposition.head
                continue
        return None
    return None


def _most_specific(found: list[tuple[int, Place]]) -> Place:
    """Among places attached to the event, the most specific; the nearest breaks ties."""
    return min(found, key=lambda item: (FEATURE_SPECIFICITY.get(item[1].feature, 4), item[0]))[1]
