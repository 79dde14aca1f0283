"""A protest is aimed at the party its AGAINST phrase names, not at the place it is held (profile `communique`,
switch `protest_purposes`, extended in session 37, branch p12read37: the purpose of a protest names its target).

"Thousands marched through Madrid to protest against a visit by the Chinese president": the engine reads the place
the march went through as the target (Madrid: Spain) and the party protested against, named inside the purpose's
AGAINST phrase, is lost; "protested in Berlin against the visit of the Russian foreign minister" keeps both. The
PLOVER manual's PROTEST is "carried out as protests against the recipient"; CAMEO's 14 "Protest" names as its
target whom the demonstration is against, and PETRARCH's grammar takes a verb's object, not the place of a PP of
location, where an object is named. So for a protest (CAMEO root 14) whose verb, or an infinitive of purpose on it
("to protest", "to demonstrate"), has an AGAINST phrase naming an actor that is not the bare country of a source
(the place at home), that actor is the target, and a bare country of the source's own read as a target (the place
the protest was held) is dropped. With no actor in the AGAINST phrase ("against pension reform") or no such phrase,
the protest is left as it is, as it is where no place at home was read as its target; a target of another kind (the government protested to) is kept beside it. A crowd named
with no country ("thousands of people") is left as it is too: the place read as the target is what later gives the
crowd its country, and no source says which country is at home.
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from ...records import ActorRef

PROTEST_ROOT = "14"
AIMED_PREPOSITIONS = frozenset({"against"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
STEP = "addition: a protest is aimed at the party its AGAINST phrase names, not at its place (protest_purposes)"


def protested_party(doc: Doc, trigger: int, code: str, source: list[ActorRef], target: list[ActorRef],
                    refs: Callable[[Sequence[int]], list[ActorRef]]) -> list[ActorRef] | None:
    """The target of a protest whose AGAINST phrase names an actor (module docstring); None where the event is no
    protest or is left as it is."""
    if not code.startswith(PROTEST_ROOT) or not source:
        return None
    homes = {r.country for r in source if r.country}
    if not homes:  # "thousands of people": whose the place is decides the crowd's country later; left as it is
        return None

    def at_home(ref: ActorRef) -> bool:  # the bare country of a source: the place the protest was held
        return ref.country in homes and ref.code == ref.country

    if target and not any(at_home(r) for r in target):
        return None  # no place at home read as the target: the engine's target stands ("against their treatment")
    aimed = [r for r in refs(_against_phrase(doc, trigger)) if not at_home(r)]
    if not aimed:
        return None
    new = []
    for ref in [r for r in target if not at_home(r)] + aimed:
        if ref.code not in {r.code for r in new}:
            new.append(ref)
    # "the government of Iraq": the bare country inside a named organ is that organ's, not a second party
    new = [r for r in new if not (r.code == r.country and any(o.country == r.country and o.code != r.code
                                                                for o in new))]
    return new if [r.code for r in new] != [r.code for r in target] else None


def _against_phrase(doc: Doc, trigger: int) -> list[int]:
    """The tokens of the objects of AGAINST phrases on the trigger or on an infinitive of purpose on it."""
    verb = doc[trigger]
    clauses = [verb] + [c for c in verb.children if c.dep_ in PURPOSE_DEPS
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return [t.i for clause in clauses for p in clause.children
            if p.dep_ == "prep" and p.lower_ in AIMED_PREPOSITIONS
            for o in p.children if o.dep_ == "pobj" for t in o.subtree]
