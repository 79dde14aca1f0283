"""The forces a threat or a mobilisation names are the actor's own; the party it is aimed at is the one its condition
or its purpose names (profile `communique`, switch `mobilised_forces`, extended in session 36, branch p11read36).

"Xland threatened to send its troops to the island if Yland's forces landed there": the engine composes the threat
(THREATEN's 6000) over the act threatened (SEND &MILITARY's 154) and keeps the inner act's object as the target, so the
event reads Xland -> Xland's military, the forces the threatener would move. The PLOVER manual's THREATEN names as its
recipient the party threatened, and its MOBILIZE says the same of the forces moved (`resolve/ mobilised_forces.py`: "the
recipient are entities against whom the actor mobilizes"); the forces are the actor's own. The CAMEO codebook's 13
"Threaten" is likewise "threaten ... if", the condition naming what the threatened party is to do or not do. So where a
threat's (CAMEO root 13) every target is the source's own (its own country, itself or a part of it, a state's own
military, police or intelligence: `mobilised_forces.own_forces`; forces with no country named, "his troops", are the
threatener's too) and one of them is forces (a threat to expel one's own vice president is left), the target is the
actor named as the subject of an "if" or "unless" clause on the threat's clause or the clauses it complements, where
that actor is not the threatener's own either ("if Chinese forces landed": China); with no such condition, or one whose
subject is the threatener's own ("unless its funds are restored"), the threat is left as it was (a threat's own forces
are also where an attack would fall: "would retaliate against any attack on its troops"). A threat whose target is another party ("threatened to send troops against the rebels") is left as it
is.

The same holds of a mobilisation (CAMEO root 15) told with its purpose: "Xland dispatched soldiers and police to the
province to hunt the Yland smugglers". Where the pattern `- * &MILITARY` consumes one of the forces and the other
("police") is read as the target, the engine's reading of an uncoded purpose's object as the target ("dispatched
soldiers to the province to hunt the smugglers": Xland -> the smugglers) is blocked, and `resolve/
mobilised_forces.py` then drops the own forces, leaving no recipient. So where a mobilisation's every target is the
actor's own forces and an infinitive of purpose on its verb ("to hunt", "to fight") has an object naming an actor
that is not, that actor is the target, as it would have been without the second force; otherwise the event is left
to `mobilised_forces`. Likewise, where it has no target or only its own forces, a detached participle of its
grounds (data/coder_deployments.tsv kind `grounds`: "..., citing threats from Yland", "citing Yland's military
build-up") whose object names an actor that is not its own: the manual's MOBILIZE recipient is whom the actor
"mobilizes its military capabilities [against] in a threatening manner if that is clear", and the grounds given make
it clear. (Sessions 32 and 33 listed this as a census convention; the manual reads it so.)
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from ...records import ActorRef

THREAT_ROOT, MOBILISATION_ROOT = "13", "15"
CONDITION_MARKS = frozenset({"if", "unless"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
STEP = ("addition: the forces threatened with or moved are the actor's own; the party aimed at is the condition's "
        "or the purpose's")
OBJECT_DEPS = frozenset({"dobj"})
# an infinitive of purpose is parsed advcl, or xcomp after some verbs ("scrambled jets to intercept ...": session 37)
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def aimed_party(doc: Doc, trigger: int, code: str, source: list[ActorRef], target: list[ActorRef],
                     refs: Callable[[Sequence[int]], list[ActorRef]]) -> list[ActorRef] | None:
    """The target of a threat or a mobilisation whose every target is the source's own (module docstring): a
    threat's condition's subject's actors that are not the source's own; a mobilisation's purpose's
    object's actors that are not its own forces; None where the event is neither or is left as it is."""
    if not code.startswith((THREAT_ROOT, MOBILISATION_ROOT)) or not source:
        return None  # most events: decided before the import below, which runs per call
    from ...resolve.mobilised_forces import STATE_FORCES, own_forces

    def own(ref: ActorRef) -> bool:  # "his troops": forces with no country yet are the threatener's too
        return own_forces(ref, source) or (not ref.country and ref.sector in STATE_FORCES)

    if not all(own(r) for r in target):
        return None
    if code.startswith(MOBILISATION_ROOT):  # "sent soldiers and police to the north to hunt the smugglers"
        return [r for r in refs(_purpose_object(doc, trigger)) if not own(r)] \
            or [r for r in refs(_grounds_object(doc, trigger)) if not own(r)] or None  # "..., citing Y's threats"
    if not any(r.sector in STATE_FORCES for r in target):
        return None  # "threatened to expel the vice president": a threat to its own, no forces named
    subject = _condition_subject(doc, trigger)
    return [r for r in refs(subject) if not own(r) and r.country not in {s.country for s in source}] or None


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


def _purpose_object(doc: Doc, trigger: int) -> list[int]:
    """The tokens of the object of an infinitive of purpose on the trigger ("sent troops ... to hunt the
    smugglers": the smugglers; parsed advcl or xcomp); empty where there is none."""
    return [t.i for clause in doc[trigger].children
            if clause.dep_ in PURPOSE_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            for o in clause.children if o.dep_ in OBJECT_DEPS for t in o.subtree]


def _grounds_object(doc: Doc, trigger: int) -> list[int]:
    """The tokens of the object of a detached participle giving the trigger's grounds ("..., citing threats from
    Yland": threats from Yland); empty where there is none."""
    from .deployments import grounds_verbs

    return [t.i for clause in doc[trigger].children
            if clause.dep_ == "advcl" and clause.text.upper() in grounds_verbs()
            for o in clause.children if o.dep_ in OBJECT_DEPS for t in o.subtree]
