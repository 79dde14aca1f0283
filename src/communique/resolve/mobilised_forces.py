"""The forces an actor mobilises are its own, not the recipient of its mobilisation (profile `communique`, switch
`mobilised_forces`; session 12, branch plovercensus).

The PLOVER manual, MOBILIZE: "All military or police moves that fall short of the actual use of force ... The
recipient are entities against whom the actor mobilizes its military capabilities in a threatening manner if
that is clear, but a group may mobilize with no specific entity stated." The coder reads the object of the verb
as the target, so "Yland deployed troops", "Yland called up its reservists", "the Yland army sent more
battalions to the north" give Yland -> Yland's military: the forces moved, or the place they were moved to at
home, as the recipient. Such a target is dropped: one of the source's own country that is the state's own
military or police (the source a state, the target MIL, COP or SPY), the source itself or a part of it (the
same code, or the source's code extending it: "armed groups mobilised fighters"), or the bare country itself.
A state's forces with no country named ("Yland scrambled fighter jets": ---MIL; session 37) are its own too, and so is
an armed force the actor raised ("five Yland states launched a regional militia": YLDUAF; session 37).
A target of the source's country of another role stays ("Yland deployed troops against the rebels": Yland ->
Yland's rebels). Where the mobilisation has no source ("Yland troops were massed on the border": a passive with
no agent), the forces moved are the actor. An event of another type is left as it is.

And "Events that involved 'mobilizing supporters to demonstrate' should be coded as PROTEST": a mobilisation
whose every actor is of a civilian role (opposition, civilians, labour, students, ...) is a protest, PROTEST
demo ("opposition supporters rallied in the capital": CAMEO.2.0 reads RALLY as a show of force, 150).

With the switch `withdrawn_forces` (session 19) the same holds of the forces an actor withdraws or demobilises:
CAMEO 0873 "Demobilize armed forces", 0874 "Retreat or surrender militarily" and 0356 "Express intent to
de-escalate military engagement" (PLOVER RETREAT, AGREE): "Yland withdrew troops from the border" gives Yland ->
Yland's military, the troops the pattern `- * &MILITARY [0874] # WITHDRAW` consumed, read back by the document;
the recipient is whom the actor withdraws from, where one is named ("withdrew its troops from Zland": Zland). A
state's forces with no country named ("Xland and Yland agreed to withdraw troops") are the sources' own too, as is
a source itself read back from a possessive ("pulled back their troops": Xland, Yland); a bare country that is no
source is not dropped here (rebels who surrendered in Yland surrendered to it).

With the switch `sent_forces` (session 20) an act that CAMEO.2.0.txt codes as aid for what is sent ("- * &MILITARY
[072]", "- * &AIRCRAFT [072]", "- * WARSHIPS (TO) [0332]" in SEND's block: sending troops, aircraft or warships
to a state is military aid to it) is a mobilisation where no state receives it: where every recipient read is the
sender's own forces, the forces sent ("the Yland navy dispatched an aircraft carrier to the strait": YLD ->
YLDMIL), the act is the PLOVER manual's MOBILIZE ("Mobilizing weapons, ships, or vehicles should be coded as
MOBILIZE `weapons'"), CAMEO 154 "Mobilize or increase armed forces" (153 for police), and its target, the forces
sent, is dropped (with no country named too: "Yland sent warships to the sea" reads ---MIL). "Yland sent troops to
Zland" keeps its aid to Zland.

Session 37 (branch p12read37): SEND's "- * &AIRCRAFT [166]" codes aircraft sent with no TO phrase ("sent warplanes
into Zland's air defence zone", "across the border with Zland") as 166 "Expel or withdraw", which no sending of
aircraft is. Where what is sent is a weapon of the deployment table (warplanes, fighter jets, bombers, drones:
data/coder_deployments.tsv), it is a mobilisation, 154, whoever the recipient: the PLOVER manual's MOBILIZE,
"Mobilizing weapons, ships, or vehicles", recipient "entities against whom the actor mobilizes ... if that is
clear", so another state read as the recipient (the zone's or the border's) is kept and the sender's own forces
and actors of no country (the "fighter" of "fighter jets" read as fighters) are dropped. A plane sent ("sent a plane to evacuate its
citizens"), or aircraft sent to help, is left as it is.
"""
from __future__ import annotations

from ..coder.phenomena.deployments import deployment_tables, named_weapon
from ..records import ActorRef, EventMention

MOBILIZE = "MOBILIZE"
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# CAMEO's role codes of actors with no armed force of their own (CAMEO codebook, actor roles)
CIVILIAN_SECTORS = frozenset({"OPP", "CVL", "PPL", "LAB", "EDU", "AGR", "HLH", "MED", "BUS", "REF", "ELI", "HRI",
                              "NGO", "REL", "MOD", "RAD"})


def own_forces_not_recipient(event: EventMention) -> None:
    """Drop the targets of a MOBILIZE event that are the forces moved (module docstring); make a sourceless
    event's forces its actor; type a mobilisation by civilian actors PROTEST."""
    if event.plover.get("type") != MOBILIZE:
        return
    if not any(r.country or r.code.strip("-") for r in event.source):  # none, or "---": no actor named
        movers = [r for r in event.target if r.sector in STATE_FORCES]
        if movers and len(movers) == len(event.target):
            event.source, event.target = movers, []
        return
    states = any((r.country and r.code == r.country) or r.sector in STATE_SECTORS for r in event.source)
    raised = any(RAISED_MARK in step for step in event.steps)  # "launched a regional militia": its own force
    kept = [r for r in event.target if not own_forces(r, event.source)
            and not (states and not r.country and r.sector in STATE_FORCES)  # "scrambled fighter jets": ---MIL
            and not (raised and r.sector in RAISED_FORCES and r.country in {s.country for s in event.source})]
    if len(kept) != len(event.target):
        event.target = kept
        event.steps = event.steps + (STEP,)
    if all(r.sector in CIVILIAN_SECTORS for r in event.source):
        event.plover = {"type": "PROTEST", "mode": "demo", "context": list(event.plover.get("context") or [])}
        event.steps = event.steps + (PROTEST_STEP,)


STEP = "addition: the forces mobilised are the actor's own, not its recipient"
# coder/phenomena/deployments.py's step for an armed force raised ("launched a regional militia": session 37); the
# force raised, an armed group of its own country (UAF) too, is the actor's own
RAISED_MARK = "an armed force raised"
RAISED_FORCES = STATE_FORCES | {"UAF"}
WITHDRAWAL_CODES = frozenset({"0873", "0874", "0356"})
WITHDRAWN_STEP = "addition: the forces withdrawn are the actor's own, not its recipient (withdrawn_forces)"


def withdrawn_forces_not_recipient(event: EventMention) -> None:
    """Drop the targets of a withdrawal, a demobilisation or an intent to de-escalate that are the forces withdrawn
    (module docstring)."""
    if event.cameo.get("code") not in WITHDRAWAL_CODES or not event.target:
        return
    states = [r for r in event.source if (r.country and r.code == r.country) or r.sector in STATE_SECTORS]
    own = {s.code for s in event.source}
    kept = [r for r in event.target if r.code not in own and not (r.sector in STATE_FORCES and (
        any(r.country == s.country for s in states) or (states and not r.country)))]
    if len(kept) != len(event.target):
        event.target = kept
        event.steps = event.steps + (WITHDRAWN_STEP,)
PROTEST_STEP = "addition: civilians mobilised are a protest (PLOVER)"


def own_forces(target: ActorRef, sources: list[ActorRef]) -> bool:
    for source in sources:
        if not target.country or target.country != source.country:
            continue
        if target.code == target.country:  # the country itself: the place the forces were moved to at home
            return True
        if source.code.startswith(target.code):
            return True  # the source or what it is part of ("the Yland army sent battalions": YLDMIL -> YLDMIL)
        if target.sector in STATE_FORCES and (source.sector in STATE_SECTORS or source.code == source.country):
            return True  # a state's own military or police
    return False


# CAMEO codes CAMEO.2.0.txt's SEND block gives what is sent: aid (070), military aid (072), an intent to provide it
# (0332), and its &AIRCRAFT's 166
SENT_AS_AID = frozenset({"070", "072", "0332", "166"})
AID = "070"  # the code a sending read as aid by its purpose is asked with (assisted_purposes: the recipients alone)
SENT_STEP = "addition: the forces sent are the actor's own, a mobilisation (sent_forces)"


def sent_forces_code(code: str, form: str, source: list[ActorRef], target: list[ActorRef]) -> str | None:
    """`sent_forces`: the code of a sending the dictionary codes as aid whose every recipient is the sender's own
    forces (module docstring): 154, or 153 where they are all police; None where it is no such sending."""
    if code not in SENT_AS_AID or not target or form not in deployment_tables()[0]:
        return None
    states = [r for r in source if (r.country and r.code == r.country) or r.sector in STATE_SECTORS]
    if not states or not all(r.sector in STATE_FORCES and (not r.country or own_forces(r, source))
                             for r in target):
        return None
    return "153" if all(r.sector == "COP" for r in target) else "154"


SENT_AIRCRAFT = "166"  # SEND's "- * &AIRCRAFT [166]": aircraft sent with no TO phrase
AIRCRAFT_STEP = "addition: warplanes sent over or into a place are a mobilisation, not 166 (sent_forces)"


def sent_aircraft(code: str, form: str, verb, source: list[ActorRef],
                  target: list[ActorRef]) -> list[ActorRef] | None:
    """`sent_forces`, session 37: the targets of a sending of warplanes the dictionary codes 166 (module docstring),
    the sender's own forces dropped, where the direct object of `verb` (a spaCy token), read up to its head, names a
    weapon of the deployment table; None where it is no such sending."""
    if code != SENT_AIRCRAFT:
        return None
    verbs, _, _, helps = deployment_tables()
    if form not in verbs:
        return None
    if any(c.dep_ in ("advcl", "xcomp") and c.text.upper() in helps for c in verb.children):
        return None  # "sent rescue helicopters to help Yland": aid, relief_kinds' or the deployment table's
    if not any(named_weapon([t.text.upper() for t in o.doc[o.left_edge.i:o.i + 1]])
               for o in verb.children if o.dep_ == "dobj"):
        return None
    return [r for r in target if r.country and not own_forces(r, source)]  # no country: the jets read as fighters
