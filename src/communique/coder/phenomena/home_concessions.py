"""A state's yielding at home has no recipient (profile `communique`, switch `home_concessions`; session 27).

PETRARCH-2 takes the actors of a clause's PPs as its targets where its objects name none (spec §4.5), so "the
Peruvian government lifted the curfew in Lima" gives PERGOV -> PER: the place where the state yields is made the
recipient of its own concession. The PLOVER manual's CONCEDE and RETREAT name the party yielded to as their
recipient; a state easing its own rules at home (a curfew lifted, a state of emergency ended, restrictions eased,
prisoners released) names none, and the censuses' label rules code a domestic act with no other party with no
recipient (tests/fixtures/plover_census.tsv). So a record of a yielding act (CAMEO root 08) by a state or one of its
organs (a country code with no sector or a state sector) whose only target is read from a PP of place (IN, AT,
headed by a proper noun: venues.py `names_venue`) naming its own country has no target. A place abroad ("lifted a
curfew in Montenegro"), a recipient named otherwise ("eased restrictions on Cuba") and a rebel group's or a protest
movement's yielding keep theirs. resolve/event_countries.py `state_yielding_at_home` keeps the pipeline from giving
the same event its own country back from its place or from the domestic rule. `petrarch2` keeps PETRARCH-2's targets.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..phrases import SentenceView
from .venues import names_venue  # the same test of a target read only from a PP of place

YIELDING_ROOT = "08"
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # resolve/event_countries.STATE_SECTORS
STEP = "addition: a state's yielding at home, no recipient (home_concessions)"


def home_concessions(records: Sequence, view: SentenceView) -> list:
    """The records of a state's yielding whose only target is a place of its own country, with no target."""
    return [replace(r, target="", target_tokens=(), steps=tuple(r.steps) + (STEP,)) if _at_home(r, view) else r
            for r in records]


def _at_home(record, view: SentenceView) -> bool:
    source, target = record.source or "", record.target or ""
    return (record.code.startswith(YIELDING_ROOT) and len(target) == 3 and source[:3] == target
            and source[3:6] in STATE_SECTORS and names_venue(view, record.target_tokens))
