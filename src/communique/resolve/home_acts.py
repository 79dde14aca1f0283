"""Acts at home and acts that only look so (session 42, branch home42): the corrected ruling on the home state as
target (plover_census17.tsv's header, the PLOVER gold's convention) directs an act a government does at home -- a
curfew or an emergency lifted, a ban eased, prisoners freed, troops or police deployed on its own soil -- at the home
state, written as its country's code.

`told_away` tells a yielding act whose words say it is no act at home: a treaty ratified, acceded to or signed, a law
passed or signed, a resignation (data/home_acts.tsv); the switch `home_concessions` keeps such acts from the domestic
rule of resolve/event_countries.py. `deployed_at_home` (switch `home_deployments`) gives a state's internal
deployment the home state as its target: a mobilisation of troops or police (CAMEO 153, 154; the PLOVER manual's
MOBILIZE, modes troops and police; a verb of sending or moving forces of data/coder_deployments.tsv, so a force
raised, jets scrambled or positions reinforced are left) by one state or its organs, left with no recipient once the forces moved are dropped
(resolve/mobilised_forces.py), whose place is none or of the state's own country. A deployment abroad keeps its
foreign place's country (the CAMEO convention of resolve/event_countries.py); weapons and vessels moved (the
deployment table's weapons: "sent warships", "dispatched bombers"), forces sent to a border, a sea or a strait
(data/home_acts.tsv's outward places), to a region (resolve/place_recipients.py) or warplanes into a zone keep no
recipient unless the text names one, as do an exercise, a weapons test and a raised alert (150-152), as the ruling says.
"""
from __future__ import annotations

from functools import lru_cache

from ..coder.phenomena.deployments import deployment_tables, named_weapon
from ..coder.recall import RECIPROCAL_STEP
from ..data_files import data_path, tsv_rows
from ..extract.actors import UNKNOWN_COUNTRY
from ..extract.reference_words import country_names
from ..records import ActorRef, EventMention
from .event_countries import GROUP_CODES, STATE_SECTORS
from .mobilised_forces import AIRCRAFT_STEP
from .place_recipients import REGION_STEP

WORDS_FILE = "home_acts.tsv"
DEPLOYMENTS = frozenset({"153", "154"})  # CAMEO: mobilize or increase police power, armed forces
HOME_STEP = "addition: a deployment on the state's own soil is directed at the home state (home_deployments)"


@lru_cache(maxsize=1)
def home_act_words() -> dict[str, frozenset[str]]:
    """{kind: lemmas} of data/home_acts.tsv (instrument_verb, instrument, enacting_verb, law, resigning_verb,
    outward_place)."""
    rows = tsv_rows(data_path(WORDS_FILE), "the home act word list", width=2, header={"kind"})
    return {kind: frozenset(lemmas.split("|")) for _, (kind, lemmas) in rows}


def _objects(token) -> list:
    """The token's direct objects and the objects of its prepositions ("acceded to the convention")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return objects + [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def told_away(event: EventMention, trigger) -> bool:
    """Whether the event is a yielding (CAMEO 08) whose trigger token tells it as no act at home: a verb binding to an
    instrument with an instrument as its object, a verb of enacting with a law as its object, a verb of resigning.
    Only a yielding is read (`state_yielding_not_at_home` asks of no other act), so other events cost no walk."""
    if event.cameo["root"] != "08":
        return False
    words = home_act_words()
    lemma = trigger.lemma_.lower()
    if lemma in words["resigning_verb"]:
        return True
    objects = {t.lemma_.lower() for o in _objects(trigger) for t in o.subtree}  # "the extension of the treaty"
    return (lemma in words["instrument_verb"] and bool(objects & words["instrument"])) \
        or (lemma in words["enacting_verb"] and bool(objects & words["law"]))


def _sent_outward(trigger) -> bool:
    """Whether what the trigger's clause moves is a weapon or a vessel, or where it goes an outward place (a border, a
    sea): the nouns of the trigger's subtree, so that an object or a preposition read on the object ("sent troops to
    the border") or on a verb the trigger governs ("considering sending a frigate") is seen."""
    outward = home_act_words()["outward_place"]
    clause = trigger.head if trigger.dep_ in ("amod", "compound") else trigger  # "scrambled" read as the jets' modifier
    nouns = [t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN")]
    return any(t.lemma_.lower() in outward
               or named_weapon([w.text.upper() for w in t.subtree if w.i <= t.i]) for t in nouns)


def deployed_at_home(event: EventMention, trigger) -> None:
    """A state's deployment of troops or police with no recipient and no place abroad is directed at the home state
    (module docstring)."""
    if event.cameo["code"] not in DEPLOYMENTS or event.target or not event.source:
        return
    if RECIPROCAL_STEP in event.steps or REGION_STEP in event.steps or AIRCRAFT_STEP in event.steps:
        return
    if trigger.text.upper() not in deployment_tables()[0]:  # forces sent or moved, not raised, scrambled, reinforced
        return
    if not all(r.country and len(r.country) == 3 and r.country not in GROUP_CODES and r.code != UNKNOWN_COUNTRY
               and (r.sector is None or r.sector in STATE_SECTORS) for r in event.source):
        return
    states = {r.country for r in event.source}
    if len(states) != 1:
        return
    country = states.pop()
    if event.location is not None and event.location.country and event.location.country != country:
        return
    if _sent_outward(trigger):
        return
    event.target = [ActorRef(text="", name=country_names().get(country, country), country=country, sector=None,
                             code=country)]
    event.steps = event.steps + (HOME_STEP,)
