"""Forces sent to a region are no aid to it (profile `communique`, switch `place_recipients`; session 39, branch
p14read39).

"Sent an aircraft carrier to the Middle East", "deployed warships to the Persian Gulf", "dispatched a navy ship to the
Middle East": CAMEO.2.0.txt's SEND block codes military things sent as aid to the TO phrase's actor (072, 0332
"WARSHIPS (TO)"), and the actor dictionaries read a region as an actor (MEA, PGS, LAM: the region rows of
data/actors_countries.tsv). A region is a place and receives no aid; the forces move to it: the PLOVER manual's
MOBILIZE ("Mobilizing weapons, ships, or vehicles"), whose recipient is "entities against whom the actor mobilizes
... if that is clear". So a sending of forces (what `sent_forces` reads as one: a verb of data/coder_deployments.tsv,
a code of military aid) whose every recipient is a region is a mobilisation, 154, with no recipient, as `sent_forces`
makes one sent to the sender's own forces; and a MOBILIZE event's recipients that are regions (MEAMIL: the region and
the forces sent) are dropped. Forces sent to a state stay aid to it; forces sent to a state's border after a clash
with it keep it.

Taken back the same session: a curfew or a state of emergency imposed on a place at home with no recipient (the PLOVER
census's reading and the PLOVER manual's COERCE, "so broad as to be unclear") went against the project's domestic
convention (resolve/event_countries.py `DOMESTIC_ROOTS`, `home_concessions`: coercion at home is directed at the
actor's own state, a place named at home keeps its country), which several tables of other switches assert; it is
left for a ruling on that convention.
"""
from __future__ import annotations

from functools import lru_cache

from ..coder.phenomena.deployments import deployment_tables
from ..data_files import data_path, tsv_rows
from ..records import ActorRef, EventMention

SENT_FORCES = frozenset({"072", "0332"})  # SEND's military aid and WARSHIPS (TO): forces sent as aid
MOBILISATION = "154"
MOBILIZE = "MOBILIZE"
COUNTRIES_FILE = "actors_countries.tsv"
REGION = "region"
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
    """Drop the regions from a mobilisation's recipients (module docstring)."""
    if event.plover.get("type") != MOBILIZE:
        return
    kept = [r for r in event.target if not regional(r)]
    if len(kept) != len(event.target):
        event.target = kept
        event.steps = event.steps + (REGION_STEP,)
