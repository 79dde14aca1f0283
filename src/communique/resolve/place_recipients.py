"""A place is no recipient (profile `communique`, switch `place_recipients`; session 39, branch p14read39).

Two acts are done at a place and read its country, or its region, as their target where the sentence names no one
they are aimed at:

- A curfew, a state of emergency or martial law (CAMEO 1723 "Impose curfew", 1724 "Impose state of emergency or
  martial law") imposed on a place at home ("imposed a curfew on the capital", "on the city of Cochabamba",
  "declared a state of emergency in Quito", "a nationwide curfew"): the coder reads the place's country as the
  target, the source's own country (BOLGOV -> BOL). The measure is aimed at the place's people, whom the PLOVER
  manual's COERCE calls "so broad as to be unclear" ("Requires recipient: No"), so the source's own bare country
  is dropped. A curfew on another state's town ("the Israeli army imposed a curfew on the Palestinian town of
  Hawara": PSE) and a named party ("banned rallies by the HDP") stay.
- Forces sent to a region ("sent an aircraft carrier to the Middle East", "deployed warships to the Persian Gulf",
  "dispatched a navy ship to the Middle East"): CAMEO.2.0.txt's SEND block codes military things sent as aid to
  the TO phrase's actor (072, 0332 "WARSHIPS (TO)"), and the actor dictionaries read a region as an actor (MEA, PGS,
  LAM: the region rows of data/actors_countries.tsv). A region receives no aid; the forces move to a place: the
  PLOVER manual's MOBILIZE ("Mobilizing weapons, ships, or vehicles"), whose recipient is "entities against whom
  the actor mobilizes ... if that is clear". So a sending of forces (what `sent_forces` reads as one: a verb of
  data/coder_deployments.tsv, a code of military aid) whose every recipient is a region is a mobilisation, 154, with
  no recipient, as `sent_forces` makes one sent to the sender's own forces; and a MOBILIZE event's recipients that
  are regions (MEAMIL: the region and the forces sent) are dropped. Forces sent to a state stay aid to it.
"""
from __future__ import annotations

from functools import lru_cache

from ..coder.phenomena.deployments import deployment_tables
from ..data_files import data_path, tsv_rows
from ..records import ActorRef, EventMention

HOME_MEASURES = frozenset({"1723", "1724"})  # curfew; state of emergency or martial law
SENT_FORCES = frozenset({"072", "0332"})  # SEND's military aid and WARSHIPS (TO): forces sent as aid
MOBILISATION = "154"
MOBILIZE = "MOBILIZE"
COUNTRIES_FILE = "actors_countries.tsv"
REGION = "region"
HOME_STEP = "addition: a curfew or emergency imposed on a place at home has no recipient (place_recipients)"
REGION_STEP = "addition: forces sent to a region are a mobilisation with no recipient (place_recipients)"


@lru_cache(maxsize=1)
def region_codes() -> frozenset[str]:
    """The CAMEO codes of regions (the region rows of data/actors_countries.tsv: MEA, PGS, LAM, ...)."""
    rows = tsv_rows(data_path(COUNTRIES_FILE), "the countries table", min_width=5, header={"iso3"})
    return frozenset(fields[1] for _, fields in rows if fields[2] == REGION)


def regional(ref: ActorRef) -> bool:
    """Whether the actor is a region or a region's forces (MEA, MEAMIL), not an organisation of it."""
    return (ref.country or ref.code[:3]) in region_codes() and ref.code[:3] in region_codes()


def sent_to_region(code: str, form: str, target: list[ActorRef]) -> bool:
    """Whether a sending of forces the dictionary codes as military aid goes to regions alone (module docstring)."""
    return code in SENT_FORCES and bool(target) and form in deployment_tables()[0] and all(map(regional, target))


def no_place_recipients(event: EventMention) -> None:
    """Drop the source's own country from a curfew or emergency imposed at home, and regions from a mobilisation's
    recipients (module docstring)."""
    if event.cameo.get("code") in HOME_MEASURES:
        home = {r.country for r in event.source if r.country}
        kept = [r for r in event.target if not (r.country in home and r.code == r.country)]
        step = HOME_STEP
    elif event.plover.get("type") == MOBILIZE:
        kept = [r for r in event.target if not regional(r)]
        step = REGION_STEP
    else:
        return
    if len(kept) != len(event.target):
        event.target = kept
        event.steps = event.steps + (step,)
