"""The sides an act is aimed at or done by, read from a phrase of its clause the engine reads as one more target
(session 37, branch p12read37): a protest's AGAINST phrase (`protest_purposes`, protested_parties.py) and an attack's
claimant (`claimed_attacks`, claimed_attacks.py). Asked by coder/adapter.py where a record's actors are read, after
`mobilised_forces`' aimed parties."""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from ...records import ActorRef
from .claimed_attacks import STEP as CLAIMED_STEP, claimed_sides
from .protested_parties import STEP as PROTESTED_STEP, protested_party


def aimed_sides(doc: Doc, trigger: int, code: str, source: list[ActorRef], target: list[ActorRef], profile,
                refs: Callable[[Sequence[int]], list[ActorRef]]) -> tuple[list, list, str] | None:
    """(source, target, step) where a switch of the profile reads the event's sides anew; None otherwise."""
    if profile.protest_purposes and (aimed := protested_party(doc, trigger, code, source, target, refs)) is not None:
        return source, aimed, PROTESTED_STEP  # "protested in Madrid against the visit of X": X
    if profile.claimed_attacks and (sides := claimed_sides(doc, trigger, code, source, target, refs)) is not None:
        return sides[0], sides[1], CLAIMED_STEP  # "..., in an attack claimed by X": X's attack
    return None
