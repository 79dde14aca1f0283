"""Verbs the small tagger took for adjectives, in a shape it often gets wrong.

"Presidents Erdogan and Putin urge parties to stop violence" is tagged with "urge" as an adjective (or a
noun) modifying "parties", and "parties" as the subject of "to stop": the appeal is lost. Where a word
that starts a verb pattern, and no noun pattern, sits as such a modifier between a named actor and a
noun that is the subject of a "to" infinitive, it is read as that verb: the actor before it is the source, the noun its object, and the
infinitive clause what it asks for.
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
    if noun.i != token.i + 1 or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj":
        return None
    clause = noun.head
    if clause.pos_ != "VERB" or clause.i <= noun.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
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
    # the noun's own actor, unless the parse made it so through the names before the verb ("Putin")
    target = named.refs(token.doc) if named is not None and not named.modifier and not misattached else []
    complement = [t.i for t in clause.subtree if t.i != token.i]
    return Roles(source, target, inherited=True), complement
