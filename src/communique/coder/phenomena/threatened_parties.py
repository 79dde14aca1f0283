"""The forces a threat names are the threatener's own; the party it threatens is the one its condition names
(profile `communique`, switch `mobilised_forces`, extended in session 36, branch p11read36).

"Xland threatened to send its troops to the island if Yland's forces landed there": the engine composes the threat
(THREATEN's 6000) over the act threatened (SEND &MILITARY's 154) and keeps the inner act's object as the target, so
the event reads Xland -> Xland's military, the forces the threatener would move. The PLOVER manual's THREATEN names
as its recipient the party threatened, and its MOBILIZE says the same of the forces moved (`resolve/
mobilised_forces.py`: "the recipient are entities against whom the actor mobilizes"); the forces are the actor's own.
The CAMEO codebook's 13 "Threaten" is likewise "threaten ... if", the condition naming what the threatened party is
to do or not do. So where a threat's (CAMEO root 13) every target is the source's own (its own country, itself or a
part of it, a state's own military, police or intelligence: `mobilised_forces.own_forces`; forces with no country
named, "his troops", are the threatener's too), the target is the actor
named as the subject of an "if" or "unless" clause on the threat's clause or the clauses it complements, where that
actor is not the threatener's own either ("if Chinese forces landed": China); with no such condition, or one whose
subject is the threatener's own ("unless its funds are restored"), the own forces are dropped and the threat has no
recipient named. A threat whose target is another party ("threatened to send troops against the rebels") is left as
it is.
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from ...records import ActorRef

THREAT_ROOT = "13"
CONDITION_MARKS = frozenset({"if", "unless"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
STEP = "addition: the forces threatened with are the actor's own; the party threatened is the condition's"


def threatened_party(doc: Doc, trigger: int, code: str, source: list[ActorRef], target: list[ActorRef],
                     refs: Callable[[Sequence[int]], list[ActorRef]]) -> list[ActorRef] | None:
    """The target of a threat whose every target is the source's own (module docstring): the condition's
    subject's actors that are not the source's own, or none; None where the event is no such threat."""
    from ...resolve.mobilised_forces import STATE_FORCES, own_forces

    def own(ref: ActorRef) -> bool:  # "his troops": forces with no country yet are the threatener's too
        return own_forces(ref, source) or (not ref.country and ref.sector in STATE_FORCES)

    if not code.startswith(THREAT_ROOT) or not target or not source or not all(own(r) for r in target):
        return None
    subject = _condition_subject(doc, trigger)
    return [r for r in refs(subject) if not own(r) and r.country not in {s.country for s in source}] \
        if subject else []


def _condition_subject(doc: Doc, trigger: int) -> list[int]:
    """The tokens of the subject of an "if"/"unless" clause on the trigger's clause, on the act it threatens (its
    complements: "threatened to send troops if X landed": X), or on a clause it is the complement of; empty where
    there is none."""
    clauses, token = [doc[trigger]], doc[trigger]
    while token.dep_ in COMPLEMENT_DEPS and token.head is not token and len(clauses) < 4:
        token = token.head
        clauses.append(token)
    below = [c for c in doc[trigger].children if c.dep_ in COMPLEMENT_DEPS]
    clauses += below + [c for b in below for c in b.children if c.dep_ in COMPLEMENT_DEPS]
    for head in clauses:
        for clause in head.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                              for m in clause.children):
                return [t.i for c in clause.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
    return []
