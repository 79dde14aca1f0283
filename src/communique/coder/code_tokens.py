"""The tokens an actor code stands on: a `Code` is an actor code string that remembers the words of the noun phrase it was
read from, so that an event's source and target can be named after the document's mention at those words
(side_actors.py). Read by the clause composer, its lower sets and recall steps, and the noun events' roles.

    tagged(["XLDGOV"], phrase_tokens([np]))   # -> [Code("XLDGOV")] with .tokens = the NP's words
    pp_object_tokens(pp)                       # the tokens of a PP's object NP, or the preposition
"""
from __future__ import annotations

from .phrases import NounPhrase

Heads = tuple[int, ...]


class Code(str):
    """An actor code that remembers the tokens (its NP's words) it was read from."""
    tokens: Heads = ()


def tagged(codes: list[str], tokens: Heads) -> list[str]:
    out = []
    for c in codes:
        k = Code(c)
        k.tokens = tokens
        out.append(k)
    return out


def pp_object_tokens(pp) -> Heads:
    """The tokens of a PP's object NP (its own and nested words), or the preposition."""
    return phrase_tokens([pp.obj]) if pp.obj is not None else (pp.prep,)


def phrase_tokens(nps: list[NounPhrase]) -> Heads:
    """The tokens an actor read from these NPs stands on: their own words and their nested NPs'."""
    if len(nps) == 1:
        return np_tokens(nps[0])
    found: set[int] = set()
    for np in nps:
        found.update(np_tokens(np))
    return tuple(sorted(found))


def np_tokens(np: NounPhrase) -> Heads:
    """`phrase_tokens([np])`, computed once per NP (an NP does not change once the phrase view is built)."""
    found = np.token_cache
    if found is None:
        words: set[int] = set()
        stack = [np]
        while stack:
            n = stack.pop()
            words.update(n.words)
            stack.extend(n.nested)
        found = np.token_cache = tuple(sorted(words))
    return found
