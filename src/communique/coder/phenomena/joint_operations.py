"""An act two states' forces carry out in a joint operation is their cooperation (profile `communique`, switch
`joint_operations`; session 39, branch p14read39; data/coder_joint_operations.tsv).

"Thai and Malaysian police arrested 14 suspected traffickers in a joint raid", "Colombian and Ecuadorean troops
destroyed three cocaine laboratories in a joint operation", "French and Belgian police detained five suspects in a
joint investigation": the clause's verb tells the act (an arrest, 173; force, 190), and the instrument phrase IN + a
joint operation tells that the forces of two states did it together. What the PLOVER manual's COOPERATE codes is
that mutual material cooperation ("Initiate, resume, improve, or expand mutual material cooperation"), the CAMEO
codebook's 062 "Cooperate militarily" for armed forces, 060 "Engage in material cooperation" for police and
prosecutors; the suspects arrested or the laboratories destroyed are no party to it. PETRARCH-2 codes the verb's
act alone, with the sources mixed and the suspects (or a place) as target.

So where an event of material conflict or coercion (CAMEO roots 17-20: arrests, seizures, force) or of a release
(08: "freed hostages in a joint operation") has a PP IN on its verb whose noun is one of an operation (kind `noun`:
operation, raid, investigation, ...) premodified by a word of joint action (kind `joint`), and its sources, with
any actor of another side the operation's own WITH phrase names ("in a joint operation with Ugandan police"), are of
two sides or more, the event is their cooperation: 062 where an actor is armed forces (MIL), else 060; with no
recipient where every party is a source (the PLOVER manual's reciprocal events), else the partner named. Left as
they were: a raid or operation by one side alone ("a joint operation with prosecutors" of one state), an act with
no IN phrase of a joint operation, and acts of other roots.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence, TypeVar

from spacy.tokens import Doc, Token

from ...data_files import data_path, lower_word_rows
from ...records import ActorRef
from ..actors.party_sides import other_side_actors, side_of

OPERATIONS_FILE = "coder_joint_operations.tsv"
KINDS = ("noun", "joint")
DONE_ROOTS = ("08", "17", "18", "19", "20")  # a release, coercion, assault, force, mass violence
MILITARY, OTHER = "062", "060"  # "Cooperate militarily"; "Engage in material cooperation"
ARMED = "MIL"
STEP = "addition: an act two sides' forces carry out in a joint operation is their cooperation (joint_operations)"
C = TypeVar("C")  # adapter.EventCandidate: trigger, code, source, target, steps


@lru_cache(maxsize=1)
def operation_words() -> dict[str, frozenset[str]]:
    """kind ('noun', 'joint') -> its lemmas (module docstring)."""
    rows = lower_word_rows(data_path(OPERATIONS_FILE), "the words of a joint operation", KINDS.__contains__,
                           "'lemma<TAB>kind' (kind noun or joint)")
    return {kind: frozenset(w for w, k in rows if k == kind) for kind in KINDS}


def with_joint_operations(doc: Doc, candidates: Sequence[C], refs_at: Callable[[Token], list[ActorRef]]) -> list[C]:
    """The candidates with each act done in a joint operation by two sides read as their cooperation."""
    out = []
    for c in candidates:
        partners = joint_operation(doc, c.trigger, c.code, c.source, refs_at)
        if partners is None:
            out.append(c)
            continue
        armed = any((r.sector or "") == ARMED or r.code.endswith(ARMED) for r in [*c.source, *partners])
        out.append(replace(c, code=MILITARY if armed else OTHER, target=partners, steps=c.steps + (STEP,)))
    return out


def joint_operation(doc: Doc, trigger: int, code: str, sources: list[ActorRef],
                    refs_at: Callable[[Token], list[ActorRef]]) -> list[ActorRef] | None:
    """The partners named beside the sources (none: []) of an act done in a joint operation by two sides or more,
    or None where the act is not one (module docstring)."""
    if not code or code[:2] not in DONE_ROOTS or not 0 <= trigger < len(doc):
        return None
    own = {side for side in (side_of(s.code) for s in sources if s.code) if side}
    words = operation_words()
    for prep in doc[trigger].children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in words["noun"]):
            if not any(m.dep_ == "amod" and m.lower_ in words["joint"] for m in noun.children):
                continue
            partners = other_side_actors(_with_objects(noun), own, refs_at)
            if len(own) + len({side_of(p.code) for p in partners}) >= 2:
                return partners
    return None


def _with_objects(noun: Token) -> list[Token]:
    """The objects of the operation's WITH phrases: the partners it is done with."""
    return [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for obj in prep.children if obj.dep_ == "pobj"]
