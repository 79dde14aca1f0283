"""Places: every place a document mentions, geocoded offline.

`find_places(doc, extra_places)` takes spaCy's GPE/LOC/FAC entities (plus region names it tags NORP, such
as "Mediterranean") and capitalised proper nouns the small model leaves unlabelled, looks them up in the
gazetteer (communique.places.gazetteer) and resolves ambiguous names ("Tripoli", "Georgia") with the
countries the document names or implies by demonyms; otherwise the more populous place wins. Demonyms
("Libyan") are never places. Spans the small model mislabels (ORG, PERSON, WORK_OF_ART, ...) are places
only where they name a country, region or large city and are not part of a person's full name in the
document; after a locative preposition ("in Goma") smaller cities qualify too.

Where an event happened (`location_for_event`) is worked out in communique.places.locate, and
re-exported here.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy

from spacy.attrs import IDX, IS_LOWER, IS_PUNCT, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import PROPN
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from communique.places.gazetteer import Candidate, Gazetteer, load_gazetteer, lookup_key, normalize_name, user_index
from communique.places.locate import LOCATIVE_PREPOSITIONS, location_for_event  # noqa: F401 (re-exported)
from communique.data_files import data_path, tsv_rows
from communique.nlp import doc_entities, doc_text, doc_tokens, doc_tree
from communique.records import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GUARDED_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT"})  # the small model's mislabels
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
                             "northwestern", "southeastern", "southwestern", "upper", "lower", "greater"})
MAX_NAME_TOKENS = 5
# Words and tags as spaCy's attribute arrays hold them (string hashes), for _token_facts
NAME_TAGS = (hash_string("NNP"), hash_string("NNPS"))
POSSESSIVE_TAG = hash_string("POS")
POSSESSIVE_WORDS = tuple(hash_string(word) for word in ("'s", "\u2019s"))
JOINERS = tuple(hash_string(word) for word in ("and", "&", ",", "or"))
THE = hash_string("the")
FULL_STOP = hash_string(".")  # the lower case of "." is "." and of nothing else
GUARDED_MIN_CITY_POPULATION = 300_000
UNLABELLED_MIN_CITY_POPULATION = 100_000
CONTEXT_BONUS = 0.75  # plus as much again times the share of the document's country evidence
QUALIFIER_BONUS = 3.0  # "Paris, Texas": the qualifier settles the name


@dataclass
class _Mention:
    span: Span
    text: str  # span.text, which spaCy joins anew on each access
    candidates: tuple[Candidate, ...]

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


def find_places(doc: Doc, extra_places: list[dict] | None = None) -> list[Place]:
    """Every place mention in the document, geocoded, in text order."""
    lookup = _Lookup(load_gazetteer(), extra_places)
    entities = doc_entities(doc)
    facts = _token_facts(doc)
    mentions = _entity_mentions(doc, entities, lookup, facts)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += _unlabelled_mentions(doc, entities, lookup, taken, facts)
    mentions = [m for m in mentions if not _names_something_else(doc, m.span)]
    mentions.sort(key=lambda m: m.span.start)
    context = _context_countries(doc, lookup.gazetteer, mentions, facts.text)
    evidence = Counter()  # every country the document names or implies, with its count
    for counts in context.values():
        evidence.update(counts)
    shares: dict[str, dict[str, float]] = {}  # by mention key: every mention of a name has the same
    places = []
    for position, mention in enumerate(mentions):
        following = mentions[position + 1] if position + 1 < len(mentions) else None
        key = mention.key
        if key not in shares:
            shares[key] = _country_share(evidence, context.get(key))
        best = _best_candidate(mention, key, shares[key], lookup.gazetteer, _qualifying_countries(mention, following))
        entry = best.entry
        places.append(Place(text=mention.text, name=entry.name, country=entry.country, lat=entry.lat,
                            lon=entry.lon, feature=entry.feature, start=mention.span.start_char,
                            end=mention.span.end_char, geonameid=entry.geonameid))
    return places


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


@dataclass(frozen=True)
class _TokenFacts:
    """What the name finders test on each token, read for the whole document from spaCy's attribute
    arrays in a few calls instead of token by token (each `doc[i].lower_` builds a Token and decodes)."""
    text: str  # the document's text: a span's text is text[span.start_char:span.end_char]
    name: list[bool]  # a proper noun: tagged NNP/NNPS, or a capitalised PROPN
    leading_junk: list[bool]  # "the" or punctuation: trimmed from the front of a name
    trailing_junk: list[bool]  # a possessive, or punctuation other than ".": trimmed from its end
    joiner: list[bool]  # "and", "&", ",", "or": joins two names the model made one entity
    punct: list[bool]  # token.is_punct
    possessive: list[bool]  # tagged POS (token.tag_ == "POS")
    lowercase: list[bool]  # token.is_lower
    lower: list[str]  # token.lower_ (DocTokens)


def _token_facts(doc: Doc) -> _TokenFacts:
    lower, tag, punct, pos, lowercase = doc.to_array([LOWER, TAG, IS_PUNCT, POS, IS_LOWER]).T
    punct = punct == 1
    name = (tag == NAME_TAGS[0]) | (tag == NAME_TAGS[1])
    names = name.tolist()
    for i in numpy.flatnonzero((pos == PROPN) & ~name).tolist():
        names[i] = doc[i].text[:1].isupper()
    possessive = tag == POSSESSIVE_TAG
    return _TokenFacts(
        text=doc_text(doc), name=names,
        leading_junk=((lower == THE) | punct).tolist(),
        trailing_junk=(possessive | _is_one_of(lower, POSSESSIVE_WORDS) | (punct & (lower != FULL_STOP))).tolist(),
        joiner=_is_one_of(lower, JOINERS).tolist(), punct=punct.tolist(), possessive=possessive.tolist(),
        lowercase=(lowercase == 1).tolist(), lower=doc_tokens(doc).lower)


def _is_one_of(values: numpy.ndarray, hashes: tuple[int, ...]) -> numpy.ndarray:
    """values == any of hashes, element-wise (numpy.isin costs more for a handful of words)."""
    found = values == hashes[0]
    for word in hashes[1:]:
        found |= values == word
    return found


def _text(span: Span, facts: _TokenFacts) -> str:
    """span.text, sliced from the document's text rather than joined from its tokens."""
    return facts.text[span.start_char:span.end_char]


def _trim(span: Span, facts: _TokenFacts) -> Span:
    """Drop a leading determiner and a trailing possessive or punctuation from a name span."""
    start, end = span.start, span.end
    while start < end and facts.leading_junk[start]:
        start += 1
    while end > start and facts.trailing_junk[end - 1]:
        end -= 1
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]


def _entity_mentions(doc: Doc, entities: tuple[Span, ...], lookup: _Lookup, facts: _TokenFacts) -> list[_Mention]:
    person_words = {word for ent in entities if ent.label_ == "PERSON" and len(ent) > 1
                    for word in facts.lower[ent.start:ent.end]}
    mentions = []
    for ent in entities:
        label = ent.label_
        if label not in PLACE_LABELS and label != "NORP" and label not in GUARDED_LABELS:
            continue  # dates, figures, laws...: never places
        span = _trim(ent, facts)
        if not span:
            continue
        text = _text(span, facts)
        if lookup.is_demonym(text):
            continue
        if label in PLACE_LABELS:
            found = [_match_within(span, text, lookup, facts)]
        elif label == "NORP":
            found = [_region_mention(span, text, lookup)]
        else:
            found = [_mislabelled_mention(part, label, lookup, person_words, facts)
                     for part in _coordinated_parts(span, facts)]
        mentions.extend(m for m in found if m)
    return mentions


def _coordinated_parts(span: Span, facts: _TokenFacts) -> list[Span]:
    """'Kharkiv and Odesa' -> 'Kharkiv', 'Odesa' (the small model sometimes joins names into one entity)."""
    parts, start = [], span.start
    for i in range(span.start, span.end):
        if facts.joiner[i]:
            parts.append(span.doc[start:i])
            start = i + 1
    if start == span.start:
        return [span]  # nothing joined: the span itself
    parts.append(span.doc[start:span.end])
    return [part for part in parts if len(part)]


def _match_within(span: Span, whole_text: str, lookup: _Lookup, facts: _TokenFacts) -> _Mention | None:
    """The whole span if the gazetteer knows it, else its longest known part ("northern Syria" -> Syria)."""
    doc = span.doc
    punct, possessive, lower, lowercase = facts.punct, facts.possessive, facts.lower, facts.lowercase
    for length in range(len(span), 0, -1):
        for offset in range(len(span) - length + 1):
            first, last = span.start + offset, span.start + offset + length - 1
            if punct[first] or punct[last] or possessive[last]:
                continue
            if length < len(span) and (lower[first] in DIRECTION_WORDS and lowercase[first]):
                continue
            if length == len(span):
                part, text = span, whole_text
            else:
                part = doc[span.start + offset:span.start + offset + length]
                text = _text(part, facts)
            candidates = lookup(text)
            if candidates and not lookup.is_demonym(text):
                return _Mention(part, text, candidates)
    return None


def _region_mention(span: Span, text: str, lookup: _Lookup) -> _Mention | None:
    """A NORP entity that names a region ("Mediterranean"); demonyms were set aside before."""
    regions = tuple(c for c in lookup(text) if c.entry.feature == "region")
    return _Mention(span, text, regions) if regions else None


def _mislabelled_mention(part: Span, label: str, lookup: _Lookup, person_words: set[str],
                         facts: _TokenFacts) -> _Mention | None:
    """A place name the model tagged ORG, PERSON, ...: a country, region or large city, not a person's name.

    A name that is part of a person's full name elsewhere in the document ("Lloyd Austin" ... "Austin said")
    is that person; after a locative preposition ("in Goma") smaller cities are accepted too.
    """
    if (label == "PERSON" and len(part) > 1) or (len(part) == 1 and facts.lower[part.start] in person_words):
        return None
    text = _text(part, facts)
    if lookup.is_demonym(text):
        return None
    candidates = lookup(text)
    if not candidates:
        return None
    minimum = UNLABELLED_MIN_CITY_POPULATION if _after_locative_preposition(part, facts) else GUARDED_MIN_CITY_POPULATION
    strong = tuple(c for c in candidates if c.primary and _is_strong(c, minimum))
    return _Mention(part, text, strong) if strong else None


def _is_strong(candidate: Candidate, min_city_population: int = GUARDED_MIN_CITY_POPULATION) -> bool:
    entry = candidate.entry
    return entry.user or entry.feature != "city" or entry.population >= min_city_population


def _after_locative_preposition(span: Span, facts: _TokenFacts) -> bool:
    before = span.start - 1 if span.start > 0 else None
    if before is not None and facts.lower[before] == "the" and span.start > 1:
        before = span.start - 2
    return before is not None and facts.lower[before] in LOCATIVE_PREPOSITIONS


def _unlabelled_mentions(doc: Doc, entities: tuple[Span, ...], lookup: _Lookup, taken: set[int],
                         facts: _TokenFacts) -> list[_Mention]:
    """Capitalised proper nouns outside any entity that name a country, region or sizeable city."""
    entity_tokens = {i for ent in entities for i in range(ent.start, ent.end)}
    blocked = taken | entity_tokens
    mentions, next_free = [], 0
    for i in [i for i, is_name in enumerate(facts.name) if is_name and i not in blocked]:
        if i < next_free:
            continue  # inside the name found last
        mention = _unlabelled_at(doc, i, facts, lookup, blocked)
        if mention:
            mentions.append(mention)
            next_free = mention.span.end
    return mentions


def _unlabelled_at(doc: Doc, i: int, facts: _TokenFacts, lookup: _Lookup, blocked: set[int]) -> _Mention | None:
    names, words = facts.name, doc_tokens(doc)
    doc_length = len(doc)
    for length in range(MAX_NAME_TOKENS, 0, -1):
        end = i + length
        if end > doc_length or not names[end - 1] or any(j in blocked for j in range(i, end)):
            continue
        if any(not names[j] and facts.lower[j] not in ("of", "al", "el", "-") for j in range(i, end)):
            continue
        text = facts.text[words.idx[i]:words.end_char(end - 1)]  # the span's text; the Span built if it is kept
        if lookup.is_demonym(text) or (length == 1 and doc[i].is_sent_start and not doc[i].is_upper):
            continue
        strong = tuple(c for c in lookup(text) if c.primary and _is_strong(c, UNLABELLED_MIN_CITY_POPULATION))
        if strong and not doc[i].is_stop:
            return _Mention(doc[i:end], text, strong)
    return None


# -- resolving ambiguous names ------------------------------------------------------------------------------

def _context_countries(doc: Doc, gazetteer: Gazetteer, mentions: list[_Mention], text: str) -> dict[str, Counter]:
    """Countries the document names or implies, keyed by the name that implies them."""
    context: dict[str, Counter] = {}
    for word, count in _capitalised_words(doc, text).items():
        is_demonym, country = gazetteer.demonym_country(word)
        if is_demonym and country:
            context.setdefault(normalize_name(word), Counter())[country] += count
    for mention in mentions:
        countries = {c.entry.country for c in mention.candidates if c.entry.country}
        named_country = [c.entry.country for c in mention.candidates
                         if c.entry.feature == "country" and c.primary]
        if named_country:
            countries = {named_country[0]}
        if len(countries) == 1:
            context.setdefault(mention.key, Counter())[countries.pop()] += 1
    return context


def _capitalised_words(doc: Doc, text: str) -> dict[str, int]:
    """Each distinct word whose first letter is upper case, with its count, in order of first use.

    A token's first character is text[token.idx]; only those that are A-Z or beyond ASCII can be upper
    case, which one numpy test over the document finds before any string is decoded."""
    orths, starts = doc.to_array([ORTH, IDX]).T
    first_characters = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)[starts]
    maybe_upper = ((first_characters >= ord("A")) & (first_characters <= ord("Z"))) | (first_characters > 127)
    counts: Counter = Counter()
    for orth, start in zip(orths[maybe_upper].tolist(), starts[maybe_upper].tolist()):
        if text[start].isupper():
            counts[orth] += 1
    strings = doc.vocab.strings
    return {strings[orth]: count for orth, count in counts.items()}


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


def _country_share(evidence: Counter, own: Counter | None) -> dict[str, float]:
    """Each country's share of the document's evidence other than the name's own (`own`)."""
    # evidence - own, as Counter subtraction gives it (positive counts only), without its general loops
    others = evidence
    if own:  # (own.get: a Counter's own lookup of a missing country calls __missing__)
        others = {country: count - own.get(country, 0) for country, count in evidence.items()
                  if count > own.get(country, 0)}
    total = sum(others.values()) or 1
    return {country: count / total for country, count in others.items()}


def _best_candidate(mention: _Mention, key: str, country_share: dict[str, float], gazetteer: Gazetteer,
                    qualifiers: set[str]) -> Candidate:
    return max(mention.candidates, key=lambda c: _score(c, country_share, gazetteer, key)
               + (QUALIFIER_BONUS if c.entry.country in qualifiers else 0.0))
