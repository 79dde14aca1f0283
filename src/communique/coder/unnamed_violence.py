"""Material conflict whose record names no actor on either side, kept with an unidentified source (profile
`communique`, switch `agentless_material_conflict`; coder/adapter.py reads it).

PETRARCH-2 drops a record that names no actor ("explosive devices were found", "a bomb went off near the
market"); for material conflict the act is the news. The engine's trace (coder/sentence.py) holds such records with
their reason for the drop; they are taken back from it, less those of harm done only figuratively (switch
`figurative_harm`: "the election was marred by fraud", coder/phenomena/figurative_harm.py).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from .phenomena.figurative_harm import without_figurative_harm
from .cameo_roots import MATERIAL_CONFLICT_ROOTS
from .phrases import phrase_view

# the engine's reasons (coder/sentence.py) for dropping a record that names no actor on either side
UNNAMED_DROPS = ("drop: neither side names an actor", "drop: a passive with no subject")


def unnamed_violence(event) -> bool:
    """A record of material conflict dropped only because neither side names an actor ("explosive devices
    were found", "a bomb went off near the market"): the act is the news, with an unidentified source."""
    return event.code[:2] in MATERIAL_CONFLICT_ROOTS and not event.source and bool(event.steps) \
        and event.steps[-1] in UNNAMED_DROPS


def rescued_violence(sentence: Span, coded: list, trace: list, figurative_harm: bool) -> tuple[list, list]:
    """(the records with the trace's unnamed violence added, the trace without it); with `figurative_harm`, a
    rescued record of harm done only figuratively is not added."""
    rescued = [replace(e, target="" if e.target == "passive" else e.target) for e in trace if unnamed_violence(e)]
    if figurative_harm and rescued:
        rescued = without_figurative_harm(rescued, phrase_view(sentence))
    return coded + rescued, [e for e in trace if not unnamed_violence(e)]
