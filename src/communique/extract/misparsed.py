"""Verbs the small tagger took for adjectives, in a shape it often gets wrong.

"Presidents Erdogan and Putin urge parties to stop violence" is tagged with "urge" as an adjective (or a
noun) modifying "parties", and "parties" as the subject of "to stop" (or "to stop" as a clause on
"parties"): the appeal is lost. Where a word that starts a verb pattern, and no noun pattern, sits as
such a modifier between a named actor and a noun with such a "to" infinitive, it is read as that verb:
the actor before it is the source, the noun its object, and the infinitive clause what it asks for.
Where the parse gave the noun a country through the names before the verb, the noun takes the country
it was named with earlier in the document instead ("all parties in Libya" ... "urge parties").
"""
from __future__ import annotations

from spacy.tokens import Token

from .actors import DocActors
from .event_roles import Roles, actors_of


def misparsed_verb_roles(token: Token, actors: DocActors) -> tuple[Roles, list[int]] | None:
    """(roles, complement) for an adjective that is a misparsed verb of this shape, else None."""
    if token.pos_ not in ("ADJ", "NOUN") or token.dep_ not in ("amod", "compound") or token.i == 0:
        return None
    noun = token.head
    if noun.i != token.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    clause = _infinitive_after(noun)
    if clause is None:
        return None
    before = actors.at(token.i - 1)
    if before is None or before.modifier or not before.actors:
        return None
    first = token.doc[before.start]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "Erdogan and Putin": the coordination's first name carries the others
    source = actors_of(first, actors)
    if not source:
        return None
    named = actors.at(noun.i)
    misattached = any(c.i < token.i and actors.at(c.i) is not None for c in noun.children)
    # the noun's own actor, unless the parse made it so through the names before the verb ("Putin"); then
    # the same noun named earlier with its country ("all parties in Libya" ... "urge parties to stop")
    if named is not None and not named.modifier and not misattached:
        target = named.refs(token.doc)
    else:
        earlier = actors.earlier_same_head(token.doc, noun.i)
        target = [a.ref(noun.text) for a in earlier.actors] if earlier else []
    complement = [t.i for t in clause.subtree if t.i != token.i]
    return Roles(source, target, inherited=True), complement


def _infinitive_after(noun: Token) -> Token | None:
    """The "to" infinitive the noun is parsed as the subject of ("parties to stop": nsubj), or that is
    parsed as a clause on the noun (relcl, acl)."""
    if noun.dep_ == "nsubj":
        clauses = [noun.head]
    else:
        clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    for clause in clauses:
        if clause.pos_ == "VERB" and clause.i > noun.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return clause
    return None
