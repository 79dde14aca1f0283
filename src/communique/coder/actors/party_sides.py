"""The sides of an event's parties, shared by the readings that ask whether a named actor is another party than the
event's own (coder/phenomena: own_warnings, joint_partners, joint_operations, helped_recipients).

A side is the party an actor code stands for: its country, or for an organisation its first six code letters. The
actors of another side a phrase names are read from the phrase's head and the words that name whose it is, and the
forces of a state stand for it ("Romanian frigates": ROUMIL, not ROU beside it).
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Token

from ...records import ActorRef

# actor codes whose first three letters name a family, not one party: the side is the first six
FAMILY_PREFIXES = frozenset({"IGO", "NGO", "MNC", "IMG", "---"})
# the words of a phrase that name whose it is ("Romanian frigates", "the United States forces", "Ukraine's army");
# not a nested phrase ("with the support of Chad": Chad supports, it is not the phrase's party)
NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod", "appos"})


def side_of(code: str) -> str | None:
    """The party an actor code stands for, as far as owning an announcement goes: its country ("RUSGOV" -> RUS),
    or for an organisation its first six letters ("IGOEUREEC" -> IGOEUR); None where the code names no one."""
    if code[:3] == "---":
        return None
    return code[:6] if code[:3] in FAMILY_PREFIXES else code[:3]


def other_side_actors(heads: Sequence[Token], own: set, refs_at: Callable[[Token], list[ActorRef]]) -> list[ActorRef]:
    """The actors of another side than `own` that the phrases at `heads` name (each head and its naming words), in
    order, each once; a code another found code extends is left for it (the forces stand for their state)."""
    found: list[ActorRef] = []
    for head in heads:
        for token in [head, *(c for c in head.children if c.dep_ in NAMING_DEPS)]:
            for ref in refs_at(token):
                side = side_of(ref.code) if ref.code else None
                if side is not None and side not in own and ref not in found:
                    found.append(ref)
    return [r for r in found if not any(o.code != r.code and o.code.startswith(r.code) for o in found)]
