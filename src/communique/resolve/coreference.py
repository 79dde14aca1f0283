"""Coreference inside one document, by rule: no model for it installs offline, so it is written here.

Links pronouns (he, she, they, we, it), definite descriptions ("the two leaders", "both countries",
"the ministry", "the statement") and sector words without a country ("the government") to the actors
they stand for. Antecedents are searched backwards from the mention, nearest first, with agreement on
kind (person / state / group) and number, and two constraints that news text keeps: a plural object
does not corefer with its own clause's subject ("they urged both countries"), and "the two leaders"
are two people named before it, or, where no two were, the leaders (governments) of two states named before it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from spacy.tokens import Doc, Token

from ..nlp import DocTokens, doc_tokens, doc_tree
from ..extract.actors import ActorMention, DocActors
from ..extract.reference_words import country_names, reference_words
from ..records import Actor
from .event_countries import GROUP_CODES, STATE_SECTORS

RECENT_CHARS = 1200  # about three news sentences
PERSON_PAIR_WORDS = {"leader", "president", "minister", "head", "counterpart", "premier"}


def link_references(doc: Doc, actors: DocActors) -> list[ActorMention]:
    """Mentions for the pronouns and descriptions of `doc` that refer to actors already found."""
    words = reference_words()
    tokens = doc_tokens(doc)
    linked: list[ActorMention] = []
    late = words["singular:statement"] | words["pronoun:thing"]
    nouns = words["pair"] | words["singular:statement"] | words["singular:person"] | words["singular:state"]
    candidates = _candidates(tokens, words)
    for second_pass in (False, True):  # statements and "it" once the people behind them are known
        for i in candidates:
            if (tokens.lemma[i] in late or tokens.lower[i] in late) != second_pass:
                continue
            existing = actors.at(i)
            if existing is not None and existing.actors[0].country:
                continue
            if existing is None and tokens.pos[i] == "NOUN" and tokens.lemma[i] not in nouns:
                continue  # a noun that is neither a mention nor a reference word: _reference_at says None
            token = doc[i]
            mention = _reference_at(token, actors, words)
            if mention is not None:
                old = actors.at(token.i)  # "the presidents" was a sector word with no country
                linked.append(actors.replace_mention(doc, old, mention) if old is not None
                              else actors.add_mention(doc, mention))
                if token.dep_ == "poss":
                    _qualify_possessed(token, mention, actors, linked)
    return linked


def _candidates(tokens: DocTokens, words) -> list[int]:
    """The tokens where `_reference_at` may find a reference: the pronouns it reads, and nouns."""
    pronouns = words["pronoun:possessive"] | words["pronoun:person"] | (words["pronoun:group"] - words["pronoun:first"]) \
        | words["pronoun:thing"]
    return [i for i, (pos, lower) in enumerate(zip(tokens.pos, tokens.lower))
            if pos == "NOUN" or pos == "PRON" and lower in pronouns]


def _reference_at(token: Token, actors: DocActors, words) -> ActorMention | None:
    lower = token.lower_
    if token.pos_ == "PRON":
        if token.dep_ == "poss" and lower in words["pronoun:possessive"]:
            own = _own_subject(token, actors)  # "Turkey stressed its willingness": its = Turkey
            if own:
                return _link(token, own)
        if lower in words["pronoun:person"]:
            return _link(token, _previous_person(token, actors))
        if lower in words["pronoun:group"] and lower not in words["pronoun:first"]:
            return _link(token, _previous_group(token, actors))
        if lower in words["pronoun:thing"]:
            return _link(token, _previous_statement(token, actors) or _previous_body(token, actors))
        return None
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    existing = actors.at(token.i)
    if existing is not None and token.tag_ == "NNS" and lemma in words["pair"] and _is_definite(token) \
            and not existing.actors[0].country:
        return _link(token, _previous_pair(token, actors, lemma))
    if existing is not None:  # a sector word with no country: "the government", "the ministry"
        if existing.actors[0].kind == "group" and token.tag_ == "NN" and _is_definite(token):
            state = _previous_state(token, actors, countries_only=existing.actors[0].sector in STATE_SECTORS)
            if state:
                return _with_country(token, existing, state[0])
        return None
    if token.tag_ == "NNS" and lemma in words["pair"] and _is_definite(token):
        return _link(token, _previous_pair(token, actors, lemma))
    if lemma in words["singular:statement"]:
        issuer = _statement_issuer(token, actors)
        if issuer is None and any(c.lower_ == "the" for c in token.children):
            issuer = _previous_issuer(token, actors)  # "the statement" is the last one mentioned
        mention = _link(token, issuer)
        if mention is not None:
            mention.via = "statement"
        return mention
    if lemma in words["singular:person"] and token.tag_ == "NN" and _is_definite(token):
        return _link(token, _previous_person(token, actors))
    if lemma in words["singular:state"] and token.tag_ == "NN" and _is_definite(token):
        return _link(token, _previous_state(token, actors))
    return None


def _qualify_possessed(token: Token, owner: ActorMention, actors: DocActors, linked: list) -> None:
    """'its troops', 'their police': the possessed sector noun takes the owner's country."""
    head = actors.at(token.head.i)
    state = owner.actors[0]
    if head is None or head.actors[0].country or not state.country or len(owner.actors) != 1:
        return
    better = _with_country(token.head, head, state)
    linked.append(actors.replace_mention(token.doc, head, better))


def _own_subject(token: Token, actors: DocActors) -> list[Actor] | None:
    """The subject of the clause a possessive sits in, when it is an actor of the pronoun's kind."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i == token.i:
        return None
    mention = actors.at(subject.i)
    if mention is None:
        return None
    group = mention.actors if len(mention.actors) > 1 else conjoined_actors(token.doc, mention, actors)
    person = token.lower_ in ("his", "her")
    if person != all(a.kind == "person" for a in group) or (token.lower_ == "its" and len(group) > 1):
        return None
    return group


def _is_definite(token: Token) -> bool:
    tokens = doc_tokens(token.doc)
    dep, lower = tokens.dep, tokens.lower
    return any(dep[c] in ("det", "nummod", "predet") and lower[c] in ("the", "both", "two", "these", "this",
                                                                      "three", "all")
               for c in doc_tree(token.doc).children[token.i])


def _link(token: Token, antecedents: list[Actor] | None) -> ActorMention | None:
    if not antecedents:
        return None
    dep, i = doc_tokens(token.doc).dep, token.i
    start = min((c for c in doc_tree(token.doc).children[i] if dep[c] in ("det", "nummod", "amod", "predet")
                 and c < i), default=i)
    copies = [replace(a, mentions=[]) for a in antecedents]
    return ActorMention(start, token.i + 1, copies, "coreference")


def _with_country(token: Token, existing: ActorMention, state: Actor) -> ActorMention:
    actor = existing.actors[0]
    sector = actor.sector or ""
    resolved = Actor(name=f"{state.name} {token.lemma_}", country=state.country, sector=actor.sector,
                     code=state.code[:3] + sector, kind="group")
    return ActorMention(existing.start, existing.end, [resolved], "coreference")


def _before(token: Token, actors: DocActors) -> Iterator[ActorMention]:
    """Mentions before the token, nearest first, skipping name modifiers ("Turkish" in "Turkish troops")."""
    return (m for m in reversed(actors.mentions) if m.end <= token.i and not m.modifier)


def _previous_person(token: Token, actors: DocActors) -> list[Actor] | None:
    for m in _before(token, actors):
        if len(m.actors) == 1 and m.actors[0].kind == "person":
            return m.actors
    return None


def _previous_state(token: Token, actors: DocActors, countries_only: bool = False) -> list[Actor] | None:
    """The nearest state or organisation named before `token`. With `countries_only` (a state's organ: "the
    government", "the police", event_countries.STATE_SECTORS), one of a country: not an IGO's or NGO's group code ("Amnesty
    International urged the government ...": no NGOGOV)."""
    for m in _before(token, actors):
        a = m.actors[0]
        if len(m.actors) == 1 and a.kind in ("state", "organisation") and a.country \
                and not (countries_only and a.country in GROUP_CODES):
            return [a]
    return None


def _previous_statement(token: Token, actors: DocActors) -> list[Actor] | None:
    """'it said' / 'it added', shortly after a statement: the statement's issuers."""
    if token.dep_ != "nsubj" or token.head.lemma_ not in ("say", "add", "state", "note", "stress", "underline"):
        return None
    for m in _before(token, actors):
        if not _recent(token, m):
            return None
        if m.via == "statement":
            return m.actors
    return None


def _recent(token: Token, mention: ActorMention) -> bool:
    """Close enough to be the salient antecedent: within a few sentences."""
    return token.idx - doc_tokens(token.doc).idx[mention.start] <= RECENT_CHARS


def _previous_issuer(token: Token, actors: DocActors) -> list[Actor] | None:
    """'the statement' with no issuer named: the issuer of the last statement mentioned."""
    for m in _before(token, actors):
        if m.via == "statement":
            return m.actors
    return None


def _previous_body(token: Token, actors: DocActors) -> list[Actor] | None:
    """'it': the nearest state, organisation or singular body ("the foreign ministry ... it welcomed")."""
    for m in _before(token, actors):
        a = m.actors[0]
        singular_body = a.kind == "group" and token.doc[m.end - 1].tag_ in ("NN", "NNP") and a.country
        if len(m.actors) == 1 and (a.kind in ("state", "organisation") and a.country or singular_body):
            return [a]
    return None


def _previous_group(token: Token, actors: DocActors) -> list[Actor] | None:
    """'they': the nearest conjoined actors, plural sector noun, or earlier group reference, within the
    last few sentences (a pronoun's antecedent is recent; past them it is more likely something that is
    not an actor, as "refugees ... prevent them")."""
    for m, group in _by_salience(token, actors):
        if not _recent(token, m):
            return None
        if len(group) > 1:
            return group
        head = token.doc[m.end - 1]
        if head.tag_ in ("NNS", "NNPS") and m.via in ("agent", "group"):
            return m.actors
    return None


def _by_salience(token: Token, actors: DocActors):
    """(mention, its conjoined group) before the token: recent subjects first, then all, nearest first."""
    for subjects_only in (True, False):
        for m in _before(token, actors):
            if subjects_only and not _recent(token, m):
                break
            if subjects_only and not _is_subject(token.doc, m.end - 1):
                continue
            yield m, (m.actors if len(m.actors) > 1 else conjoined_actors(token.doc, m, actors))


def _is_subject(doc: Doc, i: int) -> bool:
    """The mention's head doc[i] is a subject, or conjoined with one ("Erdogan and Putin said")."""
    dep, heads = doc_tokens(doc).dep, doc_tree(doc).heads
    while dep[i] == "conj" and heads[i] != i:
        i = heads[i]
    return dep[i] in ("nsubj", "nsubjpass")


def _previous_pair(token: Token, actors: DocActors, lemma: str) -> list[Actor] | None:
    """'the two leaders', 'both countries': the nearest two or more conjoined actors of the right kind. Where
    no two people were named, "the two leaders" after two states ("Xland and Yland signed a deal. The two leaders
    ...") are those states' leaders: their governments."""
    want_people = lemma in PERSON_PAIR_WORDS
    avoid = _subject_referents(token, actors)
    leaders_of_states = None
    for _, group in _by_salience(token, actors):
        if len(group) < 2:
            continue
        if not want_people:
            group = [_as_state(a, actors) for a in group]
        elif any(a.kind != "person" for a in group):
            if leaders_of_states is None and all(a.kind == "state" and a.country for a in group) \
                    and {a.country for a in group} != avoid:
                leaders_of_states = [_leader_of(a) for a in group]
            continue
        if {a.country for a in group} == avoid:
            continue
        return group
    return leaders_of_states


def _leader_of(state: Actor) -> Actor:
    """The leader of a named state, for "the two leaders": its government (CAMEO's GOV)."""
    return Actor(name=f"{state.name} leader", country=state.country, sector="GOV", code=f"{state.country}GOV",
                 kind="person")


def _statement_issuer(token: Token, actors: DocActors) -> list[Actor] | None:
    """'a joint statement issued by the two leaders', "Ankara's statement": who issued it."""
    for child in token.children:
        if child.dep_ == "poss":
            m = actors.at(child.i)
            if m is not None:
                return conjoined_actors(token.doc, m, actors)
        phrases = [child] if child.dep_ == "prep" and child.lower_ in ("by", "from") else \
            [c for c in child.children if c.dep_ == "agent"] if child.dep_ == "acl" else []
        for prep in phrases:
            for pobj in prep.children:
                m = actors.at(pobj.i) if pobj.dep_ == "pobj" else None
                if m is not None:
                    return conjoined_actors(token.doc, m, actors)
    return None


def _as_state(actor: Actor, actors: DocActors) -> Actor:
    """The state a person or body belongs to ("the two countries" after "Erdogan and Putin")."""
    if actor.kind in ("state", "organisation") or not actor.country:
        return actor
    named = next((a for a in actors.actors if a.kind == "state" and a.code == actor.code[:3]), None)
    if named is not None:
        return named
    name = country_names().get(actor.country, actor.country)
    return Actor(name=name, country=actor.country, sector=None, code=actor.code[:3], kind="state")


def conjoined_actors(doc: Doc, mention: ActorMention, actors: DocActors) -> list[Actor]:
    """The actors of a mention and of the mentions conjoined with it ("Erdogan and Putin")."""
    head = mention.end - 1
    if doc_tokens(doc).dep[head] == "conj":
        return list(mention.actors)
    group = list(mention.actors)
    for conj in doc_tree(doc).conjuncts(head):
        other = actors.at(conj)
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
