"""A show of force done alongside another side's forces is done with them: military cooperation (profile `communique`,
switch `joint_partners`; session 38, branch p13read38).

PETRARCH's PATROL block codes [150] ("patrolled the Black Sea": a show of force, CAMEO 150 "Demonstrate military or
police power"), and a verb of holding or carrying out exercises codes one force's exercises 150 too. Forces sent,
deployed or put on alert (151-154) are not: "sent troops to Mali with Chadian soldiers" names where they go. When the clause names a partner by a comitative phrase on its
verb ("patrolled the Black Sea alongside Romanian frigates", "began patrolling the border with Turkish troops",
"patrolled Gao together with Malian soldiers", "flew jointly with Polish jets"), the forces act together: the
CAMEO codebook's 062 "Cooperate militarily" (its joint patrols and exercises, as CAMEO.2.0.txt's own LAUNCH
{JOINT BORDER PATROLS} [062]), PLOVER COOPERATE ("military exchanges such as joint military games and maneuvers"),
with the partner as recipient. The partner is an actor of another side than every actor of the act (its country,
or an organisation's first six code letters: actors/party_sides.side_of) named in an ALONGSIDE or WITH phrase that hangs
on the act's verb or on the verb it is the complement of ("began patrolling ... alongside"). Left as they were: a
WITH phrase on a noun ("the border with Mali"), one that is an absolute clause ("with Indian troops watching"), a
partner of the same side or of none ("with extra officers", "alongside volunteer battalions"), a state named
inside a nested phrase ("with the support of Chad"), and acts of force
(root 19: "fought alongside Kurdish fighters" is an assault on the enemy). `petrarch2` keeps PATROL's 150.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence, TypeVar

from spacy.tokens import Doc, Token

from ...records import ActorRef
from ..actors.party_sides import other_side_actors, side_of

SHOW_OF_FORCE = "150"  # "Demonstrate military or police power": patrols, exercises; not 151-154, forces sent or raised
JOINT = "062"
COMITATIVES = frozenset({"alongside", "with"})
STEP = "addition: a show of force done alongside another side's forces, military cooperation (joint_partners)"
C = TypeVar("C")  # adapter.EventCandidate: trigger, code, source, target, steps


def with_joint_partners(doc: Doc, candidates: Sequence[C], refs_at: Callable[[Token], list[ActorRef]]) -> list[C]:
    """The candidates with each show of force done alongside another side's forces read as military cooperation
    with them ("patrolled ... alongside Yland's navy": 062, Yland's navy its recipient)."""
    out = []
    for c in candidates:
        partners = joint_partners(doc, c.trigger, c.code, c.source, refs_at)
        out.append(c if partners is None else replace(c, code=JOINT, target=partners, steps=c.steps + (STEP,)))
    return out


def joint_partners(doc: Doc, trigger: int, code: str, sources: list[ActorRef],
                   refs_at: Callable[[Token], list[ActorRef]]) -> list[ActorRef] | None:
    """The partners a show of force (CAMEO 150) is done with, by a comitative phrase on its verb (module
    docstring); None where it names none of another side."""
    if code != SHOW_OF_FORCE:
        return None
    own = {side_of(s.code) for s in sources if s.code}
    objects = []
    for verb in _verbs(doc[trigger]):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in COMITATIVES:
                continue
            # "with Indian troops watching": an absolute clause, no partner
            objects.extend(obj for obj in prep.children if obj.dep_ == "pobj" and not any(
                c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in obj.children))
    partners = other_side_actors(objects, own, refs_at)  # "Romanian frigates": ROUMIL stands for ROU too
    return partners or None


def _verbs(token: Token) -> list[Token]:
    """The act's verb and the verbs it is the complement or conjunct of ("began patrolling": patrolling, began)."""
    verbs = [token]
    while token.dep_ in ("xcomp", "conj") and token.head is not token and len(verbs) < 3:
        token = token.head
        verbs.append(token)
    return verbs
