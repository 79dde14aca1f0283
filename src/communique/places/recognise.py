"""Recognising place mentions: every place a document names, with its candidates, then resolved.

`find_places(doc, extra_places, actor_countries)` takes spaCy's GPE/LOC/FAC entities (plus region names it
tags NORP, such as "Mediterranean") and capitalised proper nouns the small model leaves unlabelled, and
looks them up in the gazetteer (communique.places.gazetteer); US state abbreviations and national adjectives
before a noun of ground come from communique.places.cues. A whole GPE or LOC entity may be any populated
place; a part of a longer name ("northern Syria" -> Syria), a facility, a span the small model mislabels
(ORG, PERSON, WORK_OF_ART, ...) or an unlabelled proper noun only a country, region, admin-1 area, an area
named as one ("Licking County") or a sizeable city: so "Main Street" is not the town of Street and
"British Columbia" not Columbia. A bare compass word ("the South") is never a city or an admin area.
Demonyms ("Libyan") are never places by themselves, only before a noun of ground or of the state (cues).
Streets and natural features ("Shamrock Street", "the Neches River") are found first, so that no town is
read inside them, and placed at the article's locality (communique.places.features); a third look takes
names the gazetteer knows in a frame only a place fills (communique.places.frames). Spans the small model mislabels are places only where
they are not part of a person's full name in the document; after a locative preposition ("in Goma")
smaller cities qualify too.

Which entry each name means is chosen in communique.places.disambiguate; where an event happened
(`location_for_event`) in communique.places.locate, re-exported here.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from communique.places.cues import abbreviation_spans, demonym_countries, ground_adjectives
from communique.places.disambiguate import Mention, choose
from communique.places.states import state_context
from communique.places.frames import framed_mentions
from communique.places.features import feature_names, locality, placed
from communique.places.gazetteer import load_gazetteer
from communique.places.names import (DIRECTION_WORDS, GUARDED_LABELS, GUARDED_MIN_CITY_POPULATION, MAX_NAME_TOKENS,
                                     PART_MIN_CITY_POPULATION, PLACE_LABELS, PRECISION, UNLABELLED_MIN_CITY_POPULATION,
                                     FoundName, Lookup, after_locative_preposition, coordinated_parts, usable)
from communique.places.locate import location_for_event  # noqa: F401 (re-exported)
from communique.places.second_look import Known, second_look
from communique.places.tokens import TokenFacts, span_text, token_facts, trim
from communique.data_files import data_path, tsv_rows
from communique.nlp import doc_entities, doc_tokens, doc_tree
from communique.records import Place


def find_places(doc: Doc, extra_places: list[dict] | None = None,
                actor_countries: frozenset[str] = frozenset()) -> list[Place]:
    """Every place mention in the document, geocoded, in text order; `actor_countries` (the countries of
    the article's actors) weigh in where a name is ambiguous."""
    lookup = Lookup(load_gazetteer(), extra_places)
    facts = token_facts(doc)
    mentions = [FoundName(span, text, (candidate,), True)
                for span, text, candidate in abbreviation_spans(doc, facts.text, lookup.gazetteer, set())]
    abbreviated = {i for m in mentions for i in range(m.span.start, m.span.end)}
    features = feature_names(doc, facts, lookup, abbreviated)
    streets = {i for f in features for i in range(f.span.start, f.span.end)}  # no town inside a street's name
    abbreviated |= streets
    entities = tuple(part for ent in doc_entities(doc) for part in _unblocked_parts(ent, abbreviated))
    mentions += _entity_mentions(doc, entities, lookup, facts)
    taken = streets | {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += _unlabelled_mentions(doc, entities, lookup, taken | abbreviated, facts)
    known = Known.of(mentions, facts)
    taken = streets | {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += second_look(doc, entities, lookup, taken, facts, known)
    taken = streets | {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += _unlabelled_mentions(doc, entities, lookup, taken, facts, known)
    taken = streets | {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += framed_mentions(doc, entities, lookup, taken, facts, Known.of(mentions, facts))
    taken = streets | {i for m in mentions for i in range(m.span.start, m.span.end)}
    for span, text, candidate in ground_adjectives(doc, lookup.gazetteer, taken):
        mentions.append(FoundName(span, text, (candidate,), True))
    mentions = [_widened(m, lookup) for m in mentions
                if not _names_something_else(doc, m.span) and not m.text.islower()]  # "the metro": no name
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
    places += placed(features, locality(places))
    places.sort(key=lambda p: p.start)
    return places


def _widened(mention: FoundName, lookup: Lookup) -> FoundName:
    """Once a name is taken for a place, every entry of that name may be the one meant: "Alexandria",
    found because a large city has that name, may still be the small one the article is about."""
    if mention.settled:
        return mention
    wider = tuple(c for c in usable(lookup(mention.text), mention.text, 0) if c.primary and c not in mention.candidates)
    return FoundName(mention.span, mention.text, mention.candidates + wider) if wider else mention


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


def _linked(mentions: list["FoundName"], facts: "TokenFacts") -> list[Mention]:
    """The mentions as disambiguate reads them, each with the qualifier right after it ("Paris, Texas")
    and whether its context asks for the state of the name rather than its city (`state_context`)."""
    linked: list[Mention | None] = [None] * len(mentions)
    for n in range(len(mentions) - 1, -1, -1):
        mention, qualifier = mentions[n], None
        if n + 1 < len(mentions):
            following = mentions[n + 1]
            comma = mention.span.end
            if following.span.start == comma + 1 and facts.lower[comma] == ",":
                qualifier = linked[n + 1]
        linked[n] = Mention(mention.key, mention.candidates, qualifier, state_context(mentions, n, facts))
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


def _entity_mentions(doc: Doc, entities: tuple[Span, ...], lookup: Lookup, facts: TokenFacts) -> list[FoundName]:
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
                     for part in coordinated_parts(span, facts)]
        mentions.extend(m for m in found if m)
    return mentions


def _match_within(span: Span, whole_text: str, lookup: Lookup, facts: TokenFacts,
                  whole_any: bool = True) -> FoundName | None:
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
            candidates = usable(lookup(text), text, 0 if whole and whole_any else PART_MIN_CITY_POPULATION)
            if candidates:
                return FoundName(part, text, candidates)
    return None


def _region_mention(span: Span, text: str, lookup: Lookup) -> FoundName | None:
    """A NORP entity that names a region ("Mediterranean"); demonyms were set aside before."""
    regions = tuple(c for c in lookup(text) if c.entry.feature == "region")
    return FoundName(span, text, regions) if regions else None


def _mislabelled_mention(part: Span, label: str, lookup: Lookup, person_words: set[str],
                         facts: TokenFacts) -> FoundName | None:
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
    minimum = UNLABELLED_MIN_CITY_POPULATION if after_locative_preposition(part, facts) else GUARDED_MIN_CITY_POPULATION
    strong = tuple(c for c in usable(candidates, text, minimum) if c.primary)
    return FoundName(part, text, strong) if strong else None


def _unlabelled_mentions(doc: Doc, entities: tuple[Span, ...], lookup: Lookup, taken: set[int],
                         facts: TokenFacts, known: "Known | None" = None) -> list[FoundName]:
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


def _unlabelled_at(doc: Doc, i: int, facts: TokenFacts, lookup: Lookup, blocked: set[int],
                   known: "Known | None") -> FoundName | None:
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
            found = known.accepts(text, end, lookup, located=after_locative_preposition(doc[i:end], facts))
        elif length == 1 and doc[i].is_sent_start and not doc[i].is_upper:
            continue
        else:
            found = tuple(c for c in usable(lookup(text), text, UNLABELLED_MIN_CITY_POPULATION) if c.primary)
        if found and not doc[i].is_stop:
            return FoundName(doc[i:end], text, found)
    return None


