"""An actor named again in its own clause is not its own recipient (profile `communique`, switch `self_recipients`;
session 28).

PETRARCH-2 takes a clause's target from its objects and PPs (spec §4.5) whatever they name, so an act's own actor,
named a second time in its clause, becomes its recipient: by its capital ("between Santiago and Lima", "Skopje's
name", "the third such veto by Beijing"), by its own forces as a participle's object ("traded fire ..., killing two
soldiers"), by a place of its own ("froze the assets ... in the United States"). The PLOVER manual ("Compound and
Reciprocal Actors") codes an act of several parties with every party as the actor and no recipient, and a
recipient is the other party of an act. So, in the records of one clause (one verb, one code):
- where two or more sources name only themselves as targets (every target is the same actor as one of the sources,
  or an actor of no country with one's role: "exchanged fire ..., killing two soldiers"), one of them its own, the
  act is reciprocal: one actor list with no recipient, as `reciprocal_actor_lists` makes a cooperation that
  names no target ("Chile and Peru agreed to reopen the crossing between Santiago and Lima": CHL, PER -> none);
- a record whose target is the same actor as a source is dropped where that source keeps another record with a
  recipient that is not ("China vetoed a resolution on Myanmar, the third veto by Beijing": CHN -> MMR, no CHN).
"The same actor" is the same code, a state and its government counted as one (CHL, CHLGOV); an actor of the same
country with another role (SYR, SYRREB; TURCOP, TURMIL) is another party, and a sole actor whose only target is
itself ("Turkey detained hundreds of Turks": TUR -> TUR, a domestic act) keeps it, and sources aimed only at each
other ("clashes between Xland and Yland": XLD -> YLD, YLD -> XLD) are left to the mechanisms of reciprocal acts
(`reciprocal_actor_lists`, `venues`, `home_clashes`). `petrarch2` keeps PETRARCH-2's targets.

A sole actor's target of its own country (or of no country, which the document's would make its own) read only from
an AS phrase of a clause with no direct object is its own capacity, not a recipient (session 33): the phrase is a predicative of the subject ("the prime minister stepped down
as head of the government": XLDGOV, not -> XLDGOV; "the army chief resigned as head of the armed forces": not ->
XLDMIL). An object's predicative ("recognised the council as the government of Yland"), an AS phrase naming another
country or an organisation, and a role between others ("served as a mediator between Yland and Zland") keep theirs.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..actors.arithmetic import COUNTRYLESS, UNKNOWN_COUNTRY
from .reversed_pairs import REVERSED_STEP

STATE_ROLES = ("", "GOV")  # a state named by its name or its capital, and its government: one actor
STEP = "addition: an actor named again is not its own recipient (self_recipients)"
CAPACITY_STEP = "addition: the subject's own capacity (an AS phrase) is no recipient (self_recipients)"
CAPACITY_PREPOSITION = "AS"


def same_actor(a: str, b: str) -> bool:
    """Whether two actor codes name one actor: equal codes, a state's bare code and its government's counted as
    one; an unknown actor (`---`) is never the same as another."""
    if not a or not b or a.startswith(COUNTRYLESS) or b.startswith(COUNTRYLESS):
        return False
    return _state(a) == _state(b)


def one_side(target: str, source: str) -> bool:
    """Whether a target of an act of several sources is one of them: the same actor, or an actor of no country
    with the source's role ("killing two soldiers" after "Sudanese troops and rebels exchanged fire": ---MIL is
    SDNMIL's side, its country read later from the place)."""
    if same_actor(target, source):
        return True
    return target.startswith(UNKNOWN_COUNTRY) and len(target) > 3 and not source.startswith(COUNTRYLESS) \
        and target[3:] == source[3:]


def _state(code: str) -> str:
    return code[:3] if code[3:] in STATE_ROLES else code


def without_self_recipients(records: Sequence, reciprocal_step: str, view=None) -> list:
    """The records of each clause with their own actors taken out of their recipients (see the module docstring);
    `reciprocal_step` is the step reciprocal records carry (no place is made their target later); with the sentence's
    `view`, a sole actor's own capacity too."""
    if view is not None:
        records = [_without_own_capacity(r, records, view) for r in records]
    groups: dict[tuple, list] = {}
    for record in records:
        groups.setdefault((record.verb, record.code), []).append(record)
    reciprocal, dropped = set(), set()
    for key, group in groups.items():
        acts = [r for r in group if REVERSED_STEP not in r.steps]  # not a code's reversed passive part
        sources = {r.source for r in acts if r.source and not r.source.startswith(COUNTRYLESS)}
        aimed = [r for r in acts if r.target]
        if len(sources) >= 2 and any(one_side(r.target, r.source) for r in aimed) \
                and all(any(one_side(r.target, s) for s in sources) for r in aimed):
            reciprocal.add(key)  # the reversed part ("discussed" [040:040]: the target discussing with each) goes
            dropped.update(id(r) for r in group if REVERSED_STEP in r.steps)
            continue
        selves = [r for r in aimed if any(same_actor(r.target, s) for s in sources)]
        others = {r.source for r in aimed if r not in selves}
        dropped.update(id(r) for r in selves if r.source in others)
    out, seen = [], set()
    for record in records:
        key = (record.verb, record.code)
        if id(record) in dropped:
            continue
        if key in reciprocal:
            if (key, record.source) in seen:
                continue
            seen.add((key, record.source))
            if record.target or reciprocal_step not in record.steps:
                record = replace(record, target="", target_tokens=(),
                                 steps=tuple(record.steps) + (STEP, reciprocal_step))
        out.append(record)
    return out


def _without_own_capacity(record, records: Sequence, view):
    """The record with no target where its clause has one source, its target is of the source's own country or of
    none (---GOV, given the source's country later) and is read only from an AS phrase of its verb, and the verb has
    no direct object (module docstring)."""
    source, target, verb = record.source, record.target, record.verb
    if not target or not source or source.startswith(COUNTRYLESS) \
            or not (target[:3] == source[:3] or target.startswith(COUNTRYLESS)) \
            or any(r.source != source for r in records if (r.verb, r.code) == (record.verb, record.code)):
        return record
    children = view.children[verb]
    if any(view.deps[k] == "dobj" for k in children):
        return record
    phrases = {k for k in children if view.deps[k] == "prep" and view.words[k] == CAPACITY_PREPOSITION}
    if not phrases or not record.target_tokens or not all(_under_one(view, t, phrases, verb) for t in record.target_tokens):
        return record
    return replace(record, target="", target_tokens=(), steps=tuple(record.steps) + (CAPACITY_STEP,))


def _under_one(view, token: int, phrases: set, verb: int) -> bool:
    """Whether `token` lies under one of the `phrases` (PP heads, children of `verb`)."""
    node = token
    for _ in range(12):
        if node in phrases:
            return True
        head = view.heads[node]
        if head == node or head == verb:
            return False
        node = head
    return False
