"""A reported passive whose own subject is no actor keeps that subject as its patient (profile `communique`,
switch `reported_passives`; session 27).

Spec §4.4-4.5: a passive clause's meaning has the target "passive", filled one level up by rule P from the upper
of the auxiliary level that carries the passive's subject. Where that subject is no actor ("the election",
"the mine", "the ceasefire"), the upper there is empty and the "passive" target climbs on: the next level with an
upper is the verb that reports the clause, and rule P makes the *reporter* the passive's patient. So "the
opposition leader said the election had been marred by fraud" reads as someone marring the opposition leader
(SAY combined with the act, 0x1090, which has no CAMEO code, so the record and with it the speaker's statement are
dropped), and "the minister said the bridge was destroyed by rebels" as the rebels acting against the minister.

With the switch on, a passive that climbs out of a clause with a subject of its own is not given the reporting
level's upper as its patient: its target is left empty, and the level resolves it as any content whose patient is
no actor: by rule N where the passive names its doer ("said the bridge was destroyed by rebels" is the minister's
accusation of the rebels, 112, by the SAY rule). Where it names none, the passive's act is nobody's the sentence
names, so the level keeps its own code with no target: a statement stays the speaker's statement ("said the mine
would be expanded": 010), and another level's verb its own act, unless combining the two codes gives a code of
the level's own kind ("urged that the prisoners be released": an appeal for a release, rule F). The passive's
act itself is coded from its own clause (`agentless_passives`). A passive with no subject of its own ("Yland wants
to be recognised by Zland") still takes the level's upper, as the spec says.

The same passive told on its own, or coded as a clause of its own, names its doer and no patient an actor table
reads ("the fishing boat was rammed by a Chinese coast guard ship"): its "passive" target is never filled, and
§5.3 drops the record. With the switch `passive_doers` the doer's act is kept with no target, as an active clause
whose object is no actor is ("a Chinese ship rammed the fishing boat"); the subject's words stay the event's
target hint, for the context readers that fill a target. Only a doer named in the by-phrase: the spec's other
passive sources, IN and FROM, are mostly no doers ("killed in an attack", "fled from the fighting").
"""
from __future__ import annotations

from dataclasses import replace

from ..codes import to_cameo
from .stated_contents import STATEMENT_ROOT

PASSIVE = "passive"  # resolve.PASSIVE: a passive target still to be filled from above
REPORTED_PASSIVE_STEP = "addition: a reported passive's own subject is its patient, not the reporter (reported_passives)"
DOER_STEP = "addition: a passive's doer kept where its subject is no actor (passive_doers)"
AGENT_DEP = "agent"  # spaCy's by-phrase of a passive
SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj", "csubjpass"})


def own_subject_elsewhere(view, passive_verb: int, level_verb: int) -> bool:
    """Whether the passive of `passive_verb` has a subject of its own (so its patient is that subject, an NP no
    actor table reads) and lies in another clause than the level of `level_verb` that would fill its target."""
    if passive_verb == level_verb or not 0 <= passive_verb < len(view.heads):
        return False
    return any(view.deps[c] in SUBJECT_DEPS for c in view.children[passive_verb])


def names_its_doer(view, event) -> bool:
    """Whether the passive `event`'s sources were read from its by-phrase (spaCy `agent`), not from an IN or FROM
    phrase, which the spec also reads as sources ("killed in an attack", "fled from the fighting")."""
    heads = set(getattr(event, "source_hint", ()))
    roots = [h for h in heads if 0 <= h < len(view.heads) and view.heads[h] not in heads]  # the phrase's head
    return bool(roots) and all(view.deps[view.heads[h]] == AGENT_DEP for h in roots)


def doers_kept(events: list, view) -> list:
    """`events` with each passive whose "passive" target was never filled and whose doer its by-phrase names given
    no target instead, so that the doer's act is kept; other items unchanged."""
    return [replace(e, target="", steps=e.steps + (DOER_STEP,))
            if getattr(e, "target", None) == PASSIVE and any(e.sources) and names_its_doer(view, e) else e
            for e in events]


def own_act_of_content(level_code: int, combined_code: int, inner_code: int) -> bool:
    """Whether a level (`level_code`) over an agentless passive (`inner_code`) should keep its own code: it is a
    statement (CAMEO 01: SAY combined with an act gives the act, or a code with no CAMEO equivalent, neither the
    speaker's), or the combination gives the passive's own code, an act the level's subject did not do."""
    return (to_cameo(level_code) or "").startswith(STATEMENT_ROOT) or combined_code == inner_code \
        or to_cameo(combined_code) is None
