"""A people named by a plural demonym is civilians (profile `communique`, switch `demonym_people`; session 16).

The PLOVER manual, MOBILIZE: "Events that involved 'mobilizing supporters to demonstrate' should be coded as
PROTEST", which `mobilised_forces` applies to a mobilisation whose every actor has a civilian role ("opposition
supporters rallied": CAMEO.2.0 reads RALLY as a show of force, 150). A crowd named by its nationality ("tens of
thousands of Israelis rallied in Tel Aviv", "Kenyans marched ...") is read as the bare country (ISR, KEN), with no
role, so its rally stayed a show of force by the state. The people of a country named by a plural demonym (the
plural forms of data/actors_countries.tsv's demonyms: "Israelis", "Kenyans", "Afghans"; not a country's name
that ends in s, "the Philippines") are its civilians, and a mobilisation whose every actor is such a people or
of a civilian role is PROTEST demo. Only the PLOVER type changes: the actor codes and the CAMEO code stay.
"""
from __future__ import annotations

from functools import lru_cache

from ..data_files import data_path, tsv_rows
from ..records import ActorRef, EventMention
from .mobilised_forces import CIVILIAN_SECTORS, MOBILIZE

STEP = "addition: a people named by a plural demonym mobilised is a protest (PLOVER)"


@lru_cache(maxsize=1)
def plural_demonyms() -> frozenset[str]:
    """The lower-case plural demonyms of data/actors_countries.tsv ("israelis"), none that is also a name."""
    demonyms, names = set(), set()
    for _, parts in tsv_rows(data_path("actors_countries.tsv"), "the country table"):
        if len(parts) >= 5 and parts[0] != "iso3":
            names.update(n.lower() for n in parts[3].split("|"))
            demonyms.update(d.lower() for d in parts[4].split("|") if d.lower().endswith("s"))
    return frozenset(demonyms - names)


def people_words(doc, trigger: int | None) -> frozenset[str]:
    """The plural demonyms (lower case) in the subject of the event's verb: "Tens of thousands of Israelis"."""
    if trigger is None or not 0 <= trigger < len(doc):
        return frozenset()
    subjects = [c for c in doc[trigger].children if c.dep_ in ("nsubj", "nsubjpass")]
    return frozenset(t.lower_ for s in subjects for t in s.subtree if t.lower_ in plural_demonyms())


def people(actor: ActorRef, words: frozenset[str]) -> bool:
    """Whether the actor is a country's people named by a plural demonym of its subject: a country with no role."""
    return bool(words) and not actor.sector and bool(actor.country) and actor.code == actor.code[:3]


def civilian_mobilisation(event: EventMention, doc, trigger: int | None) -> None:
    """Type PROTEST demo a MOBILIZE event whose actors are all civilians, one at least a people (module docstring):
    `trigger` is the index in `doc` of the event's verb, whose subject names the people."""
    if event.plover.get("type") != MOBILIZE or not event.source:
        return
    words = people_words(doc, trigger)
    if any(people(r, words) for r in event.source) and \
            all(r.sector in CIVILIAN_SECTORS or people(r, words) for r in event.source):
        event.plover = {"type": "PROTEST", "mode": "demo", "context": list(event.plover.get("context") or [])}
        event.steps = event.steps + (STEP,)
