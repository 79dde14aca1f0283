"""Coreference inside one document, by rule: no model for it installs offline, so it is written here.

Links pronouns (he, she, they, we, it), definite descriptions ("the two leaders", "both countries",
"the ministry", "the statement") and sector words without a country ("the government") to the actors
they stand for. Antecedents are searched backwards from the mention, nearest first, with agreement on
kind (person / state / group) and number, and two constraints that news text keeps: a plural object
does not corefer with its own clause's subject ("they urged both countries"), and "the two leaders"
needs two people named before it.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..extract.actors import ActorMention, DocActors
from ..extract.reference_words import reference_words
from ..records import Actor

PERSON_PAIR_WORDS = {"leader", "president", "minister", "head", "counterpart", "premier"}


def link_references(doc: Doc, actors: DocActors) -> list[ActorMention]:
    """Mentions for the pronouns and descriptions of `doc` that refer to actors already found."""
    words = reference_words()
    linked: list[ActorMention] = []
    for token in doc:
        if actors.at(token.i) is not None and actors.at(token.i).actors[0].country:
            continue
        mention = _reference_at(token, actors, words, linked)
        if mention is not None:
            linked.append(mention)
            actors.add_mention(doc, mention)
    actors.mentions.sort(key=lambda m: m.start)
    return linked


def _reference_at(token: Token, actors: DocActors, words, linked) -> ActorMention | None:
    lower = token.lower_
    if token.pos_ == "PRON":
        if lower in words["pronoun:person"]:
            return _link(token, _previous_person(token, actors))
        if lower in words["pronoun:group"] and lower not in ("we", "us", "our"):
            return _link(token, _previous_group(token, actors))
        if lower in words["pronoun:thing"]:
            return _link(token, _previous_state(token, actors))
        return None
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    existing = actors.at(token.i)
    if existing is not None:  # a sector word with no country: "the government", "the ministry"
        if _is_definite(token) and existing.actors[0].kind == "group":
            state = _previous_state(token, actors)
            if state:
                return _with_country(token, existing, state[0])
        return None
    if token.tag_ == "NNS" and lemma in words["pair"] and _is_definite(token):
        return _link(token, _previous_pair(token, actors, lemma))
    if lemma in words["singular:statement"]:
        return _link(token, _statement_issuer(token, actors))
    if _is_definite(token) and lemma in words["singular:person"] and token.tag_ == "NN":
        return _link(token, _previous_person(token, actors))
    if _is_definite(token) and lemma in words["singular:state"] and token.tag_ == "NN":
        return _link(token, _previous_state(token, actors))
    return None


def _is_definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("the", "both", "two", "these", "this",
                                                                       "three", "all")
               for c in token.children)


def _link(token: Token, antecedents: list[Actor] | None) -> ActorMention | None:
    if not antecedents:
        return None
    start = min((c.i for c in token.children if c.dep_ in ("det", "nummod", "amod", "predet")
                 and c.i < token.i), default=token.i)
    copies = [replace(a, mentions=[]) for a in antecedents]
    return ActorMention(start, token.i + 1, copies, "coreference")


def _with_country(token: Token, existing: ActorMention, state: Actor) -> ActorMention:
    actor = existing.actors[0]
    sector = actor.sector or ""
    resolved = Actor(name=f"{state.name} {token.lemma_}", country=state.country, sector=actor.sector,
                     code=state.code[:3] + sector, kind="group")
    return ActorMention(existing.start, existing.end, [resolved], "coreference")


def _before(token: Token, actors: DocActors) -> list[ActorMention]:
    """Mentions before the token, nearest first, skipping name modifiers ("Turkish" in "Turkish troops")."""
    return [m for m in reversed(actors.mentions) if m.end <= token.i and not m.modifier]


def _previous_person(token: Token, actors: DocActors) -> list[Actor] | None:
    for m in _before(token, actors):
        if len(m.actors) == 1 and m.actors[0].kind == "person":
            return m.actors
    return None


def _previous_state(token: Token, actors: DocActors) -> list[Actor] | None:
    for m in _before(token, actors):
        a = m.actors[0]
        if len(m.actors) == 1 and a.kind in ("state", "organisation") and a.country:
            return [a]
    return None


def _previous_group(token: Token, actors: DocActors) -> list[Actor] | None:
    """'they': the nearest conjoined actors, plural sector noun, or earlier group reference."""
    subject_of_clause = _clause_subject(token)
    for m in _before(token, actors):
        if len(m.actors) > 1:
            return m.actors
        group = _conjoined(token.doc, m, actors)
        if len(group) > 1:
            return group
        head = token.doc[m.end - 1]
        if head.tag_ in ("NNS", "NNPS") and m.actors[0].country and subject_of_clause is None:
            return m.actors
    return None


def _previous_pair(token: Token, actors: DocActors, lemma: str) -> list[Actor] | None:
    """'the two leaders', 'both countries': the nearest two or more conjoined actors of the right kind."""
    want_people = lemma in PERSON_PAIR_WORDS
    avoid = _subject_referents(token, actors)
    for m in _before(token, actors):
        group = m.actors if len(m.actors) > 1 else _conjoined(token.doc, m, actors)
        if len(group) < 2:
            continue
        if not want_people:
            group = [_as_state(a) for a in group]
        elif any(a.kind != "person" for a in group):
            continue
        if {a.country for a in group} == avoid:
            continue
        return group
    return None


def _as_state(actor: Actor) -> Actor:
    if actor.kind in ("state", "organisation"):
        return actor
    return Actor(name=actor.country or actor.name, country=actor.country, sector=None,
                 code=(actor.country and actor.code[:3]) or actor.code, kind="state")


def _conjoined(doc: Doc, mention: ActorMention, actors: DocActors) -> list[Actor]:
    """The actors of a mention and of the mentions conjoined with it ("Erdogan and Putin")."""
    doc_head = doc[mention.end - 1]
    if doc_head.dep_ == "conj":
        return list(mention.actors)
    group = list(mention.actors)
    for conj in doc_head.conjuncts:
        other = actors.at(conj.i)
        if other is not None and other is not mention:
            group.extend(a for a in other.actors if a not in group)
    return group


def _clause_subject(token: Token) -> Token | None:
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return None
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _subject_referents(token: Token, actors: DocActors) -> set[str | None]:
    """Countries of the subject of the clause where `token` is an object: it cannot corefer with them."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return set()
    subject = _clause_subject(token)
    if subject is None:
        return set()
    m = actors.at(subject.i)
    return {a.country for a in m.actors} if m else set()


FIRST_PERSON = {"we", "us", "our", "ours", "i", "me", "my"}


def link_quote_speakers(doc: Doc, actors: DocActors, quotes) -> list[ActorMention]:
    """'We' and 'I' inside a quote stand for its speaker: all of them ("a joint statement by the two leaders")."""
    linked = []
    for quote in quotes:
        if quote.speaker is None:
            continue
        speakers = _speaker_actors(doc, actors, quote)
        if not speakers:
            continue
        for token in doc.char_span(quote.start, quote.end, alignment_mode="expand") or []:
            if token.lower_ in FIRST_PERSON and token.pos_ == "PRON" and actors.at(token.i) is None:
                mention = ActorMention(token.i, token.i + 1, [replace(a, mentions=[]) for a in speakers],
                                       "coreference")
                linked.append(actors.add_mention(doc, mention))
    actors.mentions.sort(key=lambda m: m.start)
    return linked


def _speaker_actors(doc: Doc, actors: DocActors, quote) -> list[Actor]:
    """The full actor group behind a quote's speaker (the mention nearest the quote with that text)."""
    best, distance = None, None
    for m in actors.mentions:
        if doc[m.start:m.end].text != quote.speaker.text:
            continue
        d = min(abs(doc[m.start].idx - quote.end), abs(doc[m.start].idx - quote.start))
        if distance is None or d < distance:
            best, distance = m, d
    if best is None:
        return []
    return _conjoined(doc, best, actors) if len(best.actors) == 1 else list(best.actors)
