"""Actors: find every actor mention in a parsed document and resolve it from what the text says.

A name is looked up in the lexicon (people, countries, capitals, organisations), then refined by
its context: a title and nationality adjective ("Turkish President Recep Tayyip Erdogan"), a
possessive ("Erdogan's spokesperson Ibrahim Kalin"), an appositive ("Mevlut Cavusoglu, Turkey's
foreign minister"). Sector words ("Syrian army", "police in Cairo", "all parties in Libya") take
their country from their modifiers. A later bare surname ("Cavusoglu", often tagged ORG by the
small model) inherits the full resolution of the person first named in full.
Pronouns and definite descriptions are linked afterwards by `resolve.coreference`.
"""
from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from ..records import Actor, ActorRef
from ..nlp import DocTokens, doc_text, doc_tokens, doc_tree
from .actor_context import (NAME_PARTICLES, alignment_at, appositive_title, conjoined_countries,
                            country_after_name, country_of_modifiers, name_starts_at, title_before)
from .lexicon import ActorLexicon, LexiconMatch
from .lexicon_files import GROUP_TYPES as GROUP_CODES
from .reference_words import country_names, group_nouns

UNKNOWN_COUNTRY = "---"  # the CAMEO convention for an actor whose country the text does not give
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "from", "to", "into", "across", "around", "outside", "inside",
                         "through", "toward", "towards", "throughout", "within", "of", "on", "over", "off"}


@dataclass
class ActorMention:
    """Tokens [start, end) of the document that stand for one or more actors."""
    start: int
    end: int
    actors: list[Actor]
    via: str  # lexicon | title | agent | group | surname | entity | coreference
    modifier: bool = False  # a name used as a modifier ("Turkish" in "Turkish troops")

    def refs(self, doc: Doc) -> list[ActorRef]:
        tokens = doc_tokens(doc)
        text = doc_text(doc)[tokens.idx[self.start]:tokens.end_char(self.end - 1)]  # the mention's words
        return [a.ref(text) for a in self.actors]


def _start(mention: ActorMention) -> int:
    return mention.start


@dataclass
class DocActors:
    """Every actor of one document and where each is mentioned."""
    actors: list[Actor] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    names: frozenset[int] = frozenset()  # tokens that are words of a person's name: no country (`find_actors`)
    _by_token: dict[int, ActorMention] = field(default_factory=dict, repr=False)
    _by_name_code: dict[tuple[str, str], Actor] = field(default_factory=dict, repr=False)
    _by_surname: dict[str, Actor] = field(default_factory=dict, repr=False)  # the first person named so

    def at(self, i: int) -> ActorMention | None:
        return self._by_token.get(i)

    def refs_at(self, token: Token) -> list[ActorRef]:
        m = self._by_token.get(token.i)
        return m.refs(token.doc) if m else []

    def add_mention(self, doc: Doc, mention: ActorMention) -> ActorMention:
        known = []
        tokens = doc_tokens(doc)
        for actor in mention.actors:
            same = self._by_name_code.get((actor.name, actor.code))
            if same is None:
                self._add_actor(actor)
                same = actor
            span = (tokens.idx[mention.start], tokens.end_char(mention.end - 1))
            if span not in same.mentions:
                same.mentions.append(span)
            if actor.role and not same.role:
                same.role = actor.role
            known.append(same)
        mention.actors = known
        insort(self.mentions, mention, key=_start)  # kept in text order: coreference reads back from a token
        for i in range(mention.start, mention.end):
            self._by_token.setdefault(i, mention)
        return mention

    def _add_actor(self, actor: Actor) -> None:
        self.actors.append(actor)
        self._by_name_code[(actor.name, actor.code)] = actor
        if actor.kind == "person":
            parts = actor.name.replace("-", " ").split()
            if parts:
                self._by_surname.setdefault(parts[-1].lower(), actor)

    def person_by_surname(self, word: str) -> Actor | None:
        """The first person found whose name ends with `word` (lower case): "cavusoglu"."""
        return self._by_surname.get(word)

    def replace_mention(self, doc: Doc, old: ActorMention, new: ActorMention) -> ActorMention:
        """Put a better-resolved reading in place of a mention ("its troops" once "its" is known)."""
        if old in self.mentions:
            self.mentions.remove(old)
        for i in range(old.start, old.end):
            if self._by_token.get(i) is old:
                del self._by_token[i]
        return self.add_mention(doc, new)

    def earlier_same_head(self, doc: Doc, i: int) -> ActorMention | None:
        """The nearest mention before token i whose head word is the same noun and names a country:
        "all parties in Libya ... urge parties to stop" (a head-match antecedent)."""
        lemma = doc_tokens(doc).lemma
        for m in reversed(self.mentions):
            if m.end <= i and not m.modifier and lemma[m.end - 1] == lemma[i] \
                    and all(a.country for a in m.actors):
                return m
        return None

    def persons(self) -> Iterator[Actor]:
        return (a for a in self.actors if a.kind == "person")


def find_actors(doc: Doc, lexicon: ActorLexicon, published: date | None = None,
                names: frozenset[int] = frozenset()) -> DocActors:
    """All actor mentions of a document, in text order, resolved from the lexicon and the context; `names`, the
    tokens that are words of a person's name (coder/actors/person_names.py), are no country: they start no lexicon
    match of theirs alone, and no title or modifier reads a country from them (actor_context.country_at)."""
    found = DocActors(names=names)
    tokens = doc_tokens(doc)
    pos = tokens.pos
    unread = 0  # the first token after the last mention: a mention's words are not read again
    for i in _possible_starts(tokens):
        if i < unread:
            continue
        mention = None
        if name_starts_at(tokens, i):
            mention = _name_at(doc, tokens, i, lexicon, published, found)
        if mention is None and pos[i] in ("NOUN", "PROPN"):
            mention = _sector_noun_at(doc, tokens, i, lexicon, found, unread)
        if mention is None:
            continue
        if mention.actors:  # an empty mention is a name used as a place ("in Tripoli"): not an actor
            found.add_mention(doc, mention)
        unread = mention.end
    return found


def _possible_starts(tokens: DocTokens) -> list[int]:
    """The tokens a mention can start at: nouns, and what `name_starts_at` may accept (a capital or a
    name particle). Every other token is passed over without a look."""
    return [i for i, (text, lower, pos) in enumerate(zip(tokens.text, tokens.lower, tokens.pos))
            if pos == "NOUN" or pos == "PROPN" or text[:1].isupper() or lower in NAME_PARTICLES]


def _name_at(doc: Doc, tokens: DocTokens, i: int, lexicon: ActorLexicon, published: date | None,
             found: DocActors) -> ActorMention | None:
    """The actor named from token i, which can start a name (`name_starts_at`)."""
    if _dateline(doc, tokens, i):
        return ActorMention(i, i + 1, [], "place")  # "CAIRO — Egypt's foreign minister ...": where filed
    if alignment_at(tokens, i):
        return ActorMention(i, i + 1, [], "alignment")  # "pro-Russia rebels" are not Russian
    match = lexicon.match(tokens.text, i, on=published)
    if match is not None and _match_is_sound(doc, i, match.length, match.entry.kind) \
            and not (match.length == 1 and i in found.names) \
            and not _another_states_institution(doc, tokens, i, match, lexicon, found):  # "Turk" in "Kevin Turk"
        return _mention_from_match(doc, i, i + match.length, match, lexicon, found)  # (switch person_names)
    person = _known_surname(tokens, i, found)
    if person is not None:
        return person
    entity = tokens.entity_at(doc, i)  # a token's entity type and B tag are those of the entity it starts
    if entity is not None and entity.label_ == "PERSON":
        return _unknown_person(doc, entity, lexicon, found)
    return None


def _another_states_institution(doc: Doc, tokens: DocTokens, i: int, match: LexiconMatch, lexicon: ActorLexicon,
                                found: DocActors) -> bool:
    """"Argentina's Senate", "the Philippine Senate": a one-word variant of a state's institution (the Phoenix files
    give SENATE to the United States Congress) that is also an agent word (SENATE [~LEG]), its noun qualified by
    another state's name, is that state's institution, read as an agent (`_sector_noun_at`): not the first state's
    (coder/actors/qualified_agents.py reads the coder's phrases alike)."""
    if match.length != 1 or match.entry.kind not in ("organisation", "state") or not match.country \
            or lexicon.agent(tokens.lemma[i]) is None:
        return False
    country = country_of_modifiers(doc, i, lexicon, found)
    return country is not None and country.country not in (None, match.country)


def _match_is_sound(doc: Doc, start: int, length: int, kind: str) -> bool:
    """A lexicon hit must not end inside a longer proper name ("Jordan" in "Michael Jordan Smith")."""
    end = start + length
    if kind == "person":
        return True
    if end < len(doc) and doc_tokens(doc).pos[end] == "PROPN" and doc[end].ent_type_ == "PERSON" \
            and doc[start].ent_type_ == "PERSON":
        return False
    return True


def _mention_from_match(doc: Doc, start: int, end: int, match: LexiconMatch, lexicon: ActorLexicon,
                        found: DocActors) -> ActorMention:
    entry, code, country, sector = match.entry, match.code, match.country, match.sector
    if entry.kind == "person":
        actor = Actor(name=entry.name, country=country, sector=sector, code=code, kind="person")
        title = title_before(doc, start, lexicon, found) or appositive_title(doc, end - 1, lexicon, found) \
            or country_after_name(doc, end - 1, lexicon, found)
        if title is not None:
            actor.role = title.role
            if title.country and title.country != country:  # the text says otherwise: "King Hassan of Morocco"
                actor.country = title.country
                actor.sector = title.sector or sector
                actor.code = (title.code_prefix or title.country) + (actor.sector or "")
            elif title.sector and title.sector != actor.sector and actor.country and not _former(doc, start):
                actor.sector = title.sector  # "President Bush" in 2008 is in office, whatever else he was
                actor.code = actor.code[:3] + title.sector
        return ActorMention(start, end, [actor], "lexicon")
    if entry.kind == "demonym" and _ethnic(doc, start):
        # "ethnic Albanians": a people, not the state; its country is where the text places it
        actor = Actor(name=f"ethnic {entry.name}", country=None, sector=None, code=UNKNOWN_COUNTRY, kind="group")
        return ActorMention(start, end, [actor], "agent")
    if entry.kind == "demonym":
        modifier = doc[end - 1].dep_ in ("amod", "compound") and doc[end - 1].head.i >= end
        name = country_names().get(country or "", entry.name)
        actor = Actor(name=name, country=country, sector=None, code=code, kind="state")
        return ActorMention(start, end, [actor], "lexicon", modifier=modifier)
    if entry.kind == "capital" or _is_region(country):
        if _used_as_place(doc[end - 1]):
            return ActorMention(start, end, [], "place")
    if entry.kind == "capital":
        actor = Actor(name=entry.name, country=country, sector="GOV", code=f"{code[:3]}GOV", kind="state")
        return ActorMention(start, end, [actor], "lexicon")
    kind = "organisation" if entry.kind == "organisation" else "state"
    modifier = entry.kind == "country" and doc[end - 1].dep_ == "compound" and \
        lexicon.agent(doc[end - 1].head.lemma_.lower()) is not None
    actor = Actor(name=entry.name, country=country, sector=sector, code=code, kind=kind)
    return ActorMention(start, end, [actor], "lexicon", modifier=modifier)


def _dateline(doc: Doc, tokens: DocTokens, i: int) -> bool:
    """A capitalised place opening a paragraph before a dash: the dateline, not an actor."""
    text = tokens.text[i]
    if not text.isupper() or len(text) < 3 or not (i == 0 or doc[i - 1].is_space
                                                    or "\n" in doc[i - 1].whitespace_):
        return False
    for t in doc[i + 1:i + 8]:  # "CAIRO —", "GAZA CITY, Jan 3 (Wire) —"
        if t.text in ("—", "–", "--"):
            return True
        if not (t.is_punct or t.like_num or t.text[:1].isupper()):
            return False
    return False


def _former(doc: Doc, start: int) -> bool:
    """'former President X', 'ex-minister X': a title the person no longer holds."""
    window = doc[max(0, start - 4):start]
    return any(t.lower_ in ("former", "ex", "ousted", "late", "exiled", "deposed") for t in window)


def _ethnic(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in ("ethnic", "ethnically")


def _is_region(country: str | None) -> bool:
    """CAMEO region codes (AFR, MEA, MDT...) name areas, not states."""
    return bool(country) and country not in GROUP_CODES and country_names().get(country) is None


def _used_as_place(token: Token) -> bool:
    """'in Tripoli', 'the Berlin Process': a capital or region that is a place or a modifier, not an actor."""
    if token.dep_ in ("compound", "amod", "nmod"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _known_surname(tokens: DocTokens, i: int, found: DocActors) -> ActorMention | None:
    """A bare surname (or full name) of a person already resolved in this document."""
    text = tokens.text[i]
    if tokens.pos[i] not in ("PROPN", "NOUN", "X") and not text[:1].isupper():
        return None
    person = found.person_by_surname(text.lower())
    if person is None:
        return None
    ref = Actor(name=person.name, country=person.country, sector=person.sector,
                code=person.code, kind="person", role=person.role)
    return ActorMention(i, i + 1, [ref], "surname")


def _unknown_person(doc: Doc, ent: Span, lexicon: ActorLexicon, found: DocActors) -> ActorMention | None:
    """A PERSON entity not in the lexicon: resolved by its title and nationality, if the text gives them."""
    start, end = _strip_titles(ent, lexicon)
    if start >= end:
        return None
    title = title_before(doc, start, lexicon, found) or appositive_title(doc, end - 1, lexicon, found)
    country = title.country if title else None
    sector = title.sector if title else None
    name = doc[start:end].text
    code = ((title.code_prefix or UNKNOWN_COUNTRY) if title else UNKNOWN_COUNTRY) + (sector or "")
    if not sector and not country:
        return None  # a private person: not an actor of political events unless the context says so
    actor = Actor(name=name, country=country, sector=sector, code=code, kind="person",
                  role=title.role if title else None)
    return ActorMention(start, end, [actor], "title")


def _strip_titles(ent: Span, lexicon: ActorLexicon) -> tuple[int, int]:
    start = ent.start
    while start < ent.end - 1 and lexicon.title(ent.doc[start].text) is not None:
        start += 1
    return start, ent.end


def _sector_noun_at(doc: Doc, tokens: DocTokens, i: int, lexicon: ActorLexicon,
                    found: DocActors, unread: int = 0) -> ActorMention | None:
    """A sector word ("troops", "police", "the ministry") or group noun ("parties in Libya"), at a noun; a phrase
    of two such words read whole from its first word, where that word is not part of an earlier mention (`unread`)."""
    lemma, lower = tokens.lemma[i], tokens.text[i].lower()
    start, sector = _agent_phrase_at(doc, tokens, i, lexicon, unread)  # "suicide bomber": REB, "bomber" MIL
    if sector is None:
        sector = lexicon.agent(lemma) or (lexicon.agent(lower) if lower != lemma else None)
    is_group_noun = lemma in group_nouns()
    if sector is None and not is_group_noun:
        return None  # most tokens: decided before looking at their modifiers
    tree = doc_tree(doc)
    dep, head = tokens.dep, tree.heads[i]
    country = country_of_modifiers(doc, i, lexicon, found)
    if country is None and dep[i] in ("compound", "amod"):  # "Israeli army bulldozers"
        country = country_of_modifiers(doc, head, lexicon, found)
    if sector is None:
        if not is_group_noun or country is None:
            return None
        sector = next((lexicon.agent(tokens.lemma[c]) for c in tree.children[i]  # "rebel leaders"
                       if dep[c] == "compound" and lexicon.agent(tokens.lemma[c])), None)
        actor = Actor(name=country.name, country=country.country, sector=sector,
                      code=country.code[:3] + (sector or ""), kind="state" if sector is None else "group")
        return ActorMention(i, i + 1, [actor], "group")
    if dep[i] == "compound" and head > i and lexicon.agent(tokens.lemma[head]):
        return None  # "army officers": the head noun carries the actor
    if dep[i] in ("compound", "appos", "nmod") and tokens.pos[head] == "PROPN" and head > i:
        return None  # a title inside a name: "President" in "Russian President Vladimir Putin"
    if sector in GROUP_CODES and country is not None:
        sector = ""  # "Filipino peacekeepers": IGO is a kind of actor, not a sector of the Philippines
    countries = [country] + conjoined_countries(doc, i, lexicon, found) if country else [None]
    word = " ".join([tokens.lower[k] for k in range(start, i)] + [doc[i].lemma_])  # the head as spaCy gives it
    group = []
    for c in countries:
        name = f"{c.name} {word}" if c else word
        group.append(Actor(name=name, country=c.country if c else None, sector=sector or None,
                           code=(c.code[:3] if c else UNKNOWN_COUNTRY) + sector, kind="group"))
    return ActorMention(start, i + 1, group, "agent")


def _agent_phrase_at(doc: Doc, tokens: DocTokens, i: int, lexicon: ActorLexicon,
                     unread: int = 0) -> tuple[int, str | None]:
    """(start, sector) of an agent phrase of two words that ends at the noun i: its modifier just before it, a
    compound or adjective of it, and the phrase in the agents dictionary ("suicide bomber" REB, "security forces"
    COP, "police official" COP), which the longest match reads whole where the head alone is another sector
    ("bomber" MIL, "forces" MIL, "official" GOV); else (i, None)."""
    k = i - 1
    if k < unread or tokens.dep[k] not in ("compound", "amod") or doc_tree(doc).heads[k] != i:
        return i, None
    for head in dict.fromkeys((tokens.lemma[i], tokens.lower[i])):
        sector = lexicon.agent(f"{tokens.lower[k]} {head}")
        if sector is not None:
            return k, sector
    return i, None
