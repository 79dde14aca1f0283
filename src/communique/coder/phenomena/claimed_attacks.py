"""An attack claimed by a group is the group's (profile `communique`, switch `claimed_attacks`; session 37, branch
p12read37).

"A suicide bomber killed 20 people at a market on Friday, in an attack claimed by the Taliban": the engine reads the
bomber (an armed agent of no group, given the place's country) as the source and the claimant, named in a PP of the
clause, as one more target. A claim of responsibility names who carried the attack out: the ACLED codebook codes an
event's actor as the group that claims it where the attackers are not otherwise named, and the PLOVER manual's ASSAULT
actor is the perpetrator, of which the bomber is the agent. So for force (CAMEO roots 18-20) whose clause (the
trigger's subtree: "..., killing 30 people, in an attack claimed by ...") holds an attack noun modified by a
participle of claiming with an agent ("claimed by X"), the actors of that agent are the source, and no longer
targets. An attack claimed by no one named, or a claim told as a clause of its own ("and al Shabaab claimed
responsibility"), is left as it is.
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from ...records import ActorRef

FORCE_ROOTS = frozenset({"18", "19", "20"})
CLAIMING = frozenset({"claim"})
STEP = "addition: an attack claimed by a group is the group's (claimed_attacks)"


def claimed_sides(doc: Doc, trigger: int, code: str, source: list[ActorRef], target: list[ActorRef],
                  refs: Callable[[Sequence[int]], list[ActorRef]]) -> tuple[list, list] | None:
    """(source, target) of force claimed by a named group (module docstring); None where it is no such event."""
    if code[:2] not in FORCE_ROOTS:
        return None
    claimants = refs(_claimant(doc, trigger))
    if not claimants:
        return None
    codes = {r.code for r in claimants}
    kept = [r for r in target if not any(r.code.startswith(c) for c in codes)]
    if [r.code for r in claimants] == [r.code for r in source] and len(kept) == len(target):
        return None
    return claimants, kept


def _claimant(doc: Doc, trigger: int) -> list[int]:
    """The tokens of the agent of a participle of claiming on a noun in the trigger's subtree ("in an attack
    claimed by the Taliban": the Taliban); empty where there is none."""
    for token in doc[trigger].subtree:
        if token.dep_ == "acl" and token.lemma_.lower() in CLAIMING and token.tag_ == "VBN":
            return [t.i for agent in token.children if agent.dep_ == "agent"
                    for o in agent.children if o.dep_ == "pobj" for t in o.subtree]
    return []
