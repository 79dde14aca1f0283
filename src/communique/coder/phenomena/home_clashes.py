"""Sides that fight each other in their own country have no recipient there (profile `communique`, switch
`home_clashes`; session 20).

PETRARCH-2 takes the actors of a clause's PPs as its targets where its objects name none (spec §4.5), so "Kenyan
police and protesters clashed in Nairobi" gives KENCOP -> KEN and KENOPP -> KEN: the place's country is made the
recipient of a fight between two of its own actors. A verb of fighting whose subject names both sides (clash,
fight, battle: data/coder_reciprocal_force_verbs.tsv) tells reciprocal violence, every side its actor (the PLOVER
manual, "Compound and Reciprocal Actors"), and a domestic act with no other party has no recipient (the label rules
of the censuses, tests/fixtures/plover_census.tsv). So the records of one such clause from two or more sources that
share one target read only from a PP of place (IN, AT, headed by a proper noun: venues.py `names_venue`), where every
source with a country is of the place's country (the others take it from the place, resolve/event_countries.py),
become one actor list with no recipient. A foreign place is kept ("Turkish troops and Kurdish fighters clashed in
northern Syria": Syria, the country where the force was used, as `resolve/event_countries.target_from_location`
keeps it), as are one-sided force at a place ("shelled Kharkiv") and a side named otherwise ("clashed with police
in Nairobi"). `petrarch2` keeps PETRARCH-2's targets. The meeting of two sides in a place is `venues`.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import upper_words
from ..actors.arithmetic import COUNTRYLESS
from ..cameo_roots import FORCE_ROOTS
from ..phrases import SentenceView
from .venues import names_venue  # the same test of a target read only from a PP of place

VERBS_FILE = "coder_reciprocal_force_verbs.tsv"
STEP = "addition: sides fighting in their own country, no recipient (home_clashes)"


@lru_cache(maxsize=1)
def reciprocal_force_verbs() -> frozenset[str]:
    """The verbs of data/coder_reciprocal_force_verbs.tsv (lemmas, upper case)."""
    return upper_words(VERBS_FILE, "the reciprocal verbs of fighting")


def home_clashes(records: Sequence, view: SentenceView, lemmas: list[str], reciprocal_step: str) -> list:
    """The records of a clause of reciprocal fighting at home made one actor list with no recipient (see the module
    docstring); `reciprocal_step` is the step reciprocal records carry (no place is made their target later)."""
    groups: dict[tuple, list] = {}
    for record in records:
        if record.code.startswith(FORCE_ROOTS) and record.target and _fighting(record.verb, lemmas):
            groups.setdefault((record.verb, record.code, record.target), []).append(record)
    home = {key for key, group in groups.items()
            if len({r.source for r in group}) >= 2 and _at_home(group) and names_venue(view, group[0].target_tokens)}
    out, seen = [], set()
    for record in records:
        if (record.verb, record.code, record.target) in home:
            if (record.verb, record.code, record.source) in seen:
                continue
            seen.add((record.verb, record.code, record.source))
            record = replace(record, target="", target_tokens=(), steps=tuple(record.steps) + (STEP, reciprocal_step))
        out.append(record)
    return out


def _fighting(verb: int, lemmas: list[str]) -> bool:
    return 0 <= verb < len(lemmas) and lemmas[verb].upper() in reciprocal_force_verbs()


def _at_home(group: list) -> bool:
    """Whether the place is a country every source with a country belongs to."""
    place = group[0].target
    if len(place) != 3 or place.startswith(COUNTRYLESS):
        return False
    return all(r.source[:3] == place for r in group if r.source and not r.source.startswith(COUNTRYLESS))
