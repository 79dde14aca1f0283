"""Acts at home and acts that only look so (session 42, branch home42): the corrected ruling on the home state as
target (plover_census17.tsv's header, the PLOVER gold's convention) directs an act a government does at home -- a
curfew or an emergency lifted, a ban eased, prisoners freed, troops or police deployed on its own soil -- at the home
state, written as its country's code.

`binds_an_instrument` tells a yielding act that is no act at home: a treaty ratified, acceded to or signed
(data/home_instruments.tsv), which the switch `home_concessions` keeps from the domestic rule of
resolve/event_countries.py. `deployed_at_home` (switch `home_deployments`) gives a state's internal deployment the
home state as its target: a mobilisation of troops or police (CAMEO 153, 154; the PLOVER manual's MOBILIZE) by one
state or its organs, left with no recipient once the forces moved are dropped (resolve/mobilised_forces.py), whose
place is none or of the state's own country. A deployment abroad keeps its foreign place's country (the CAMEO
convention of resolve/event_countries.py), forces sent to a region or a zone keep none (resolve/place_recipients.py,
an AIRCRAFT step of resolve/mobilised_forces.py), and an exercise, a weapons test or a raised alert (150-152) keeps no
recipient unless the text names one, as the ruling says.
"""
from __future__ import annotations

from functools import lru_cache

from ..coder.recall import RECIPROCAL_STEP
from ..data_files import data_path, tsv_rows
from ..extract.actors import UNKNOWN_COUNTRY
from ..extract.reference_words import country_names
from ..records import ActorRef, EventMention
from .event_countries import GROUP_CODES, STATE_SECTORS
from .mobilised_forces import AIRCRAFT_STEP
from .place_recipients import REGION_STEP

INSTRUMENTS_FILE = "home_instruments.tsv"
DEPLOYMENTS = frozenset({"153", "154"})  # CAMEO: mobilize or increase police power, armed forces
HOME_STEP = "addition: a deployment on the state's own soil is directed at the home state (home_deployments)"


@lru_cache(maxsize=1)
def instrument_words() -> dict[str, frozenset[str]]:
    """{"verb": lemmas that bind a state to an instrument, "instrument": nouns naming one} (data/home_instruments.tsv)."""
    rows = tsv_rows(data_path(INSTRUMENTS_FILE), "the instrument word list", width=2, header={"kind"})
    return {kind: frozenset(lemmas.split("|")) for _, (kind, lemmas) in rows}


def binds_an_instrument(trigger) -> bool:
    """Whether the trigger token is a verb of binding to an instrument whose object, or the object of one of its
    prepositions ("acceded to the convention"), names an international instrument."""
    words = instrument_words()
    if trigger.lemma_.lower() not in words["verb"]:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in words["instrument"] for o in objects)


def deployed_at_home(event: EventMention) -> None:
    """A state's deployment with no recipient and no place abroad is directed at the home state (module docstring)."""
    if event.cameo["code"] not in DEPLOYMENTS or event.target or not event.source:
        return
    if RECIPROCAL_STEP in event.steps or REGION_STEP in event.steps or AIRCRAFT_STEP in event.steps:
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
    event.target = [ActorRef(text="", name=country_names().get(country, country), country=country, sector=None,
                             code=country)]
    event.steps = event.steps + (HOME_STEP,)
