"""Force rehearsed in a drill is a show of force, not force used (profile `communique`, switch `rehearsed_force`;
session 33, branch p8read33).

"Kenyan troops practised repelling an attack by Somali militants", "Polish soldiers simulated an attack on a Russian
column": PETRARCH-2 flattens the uncoded governing verb (PRACTISE, REHEARSE and SIMULATE have no code: rule F) and
codes the act rehearsed, 190, as if the troops had fought; a noun of force under SIMULATE is read the same way. The
CAMEO codebook's force codes (18-20) are acts done; a drill is 150 "Demonstrate military or police power", as
CAMEO.2.0.txt codes military exercises (CONDUCT {&MILITARY EXERCISES} [150]), and the PLOVER manual's MOBILIZE keeps
as recipient the one it is aimed at ("an invasion by Yland": Yland). So a record of force whose verb is a verb of
rehearsing (data/coder_rehearsal_verbs.tsv) or that verb's complement (xcomp, ccomp: "practised repelling") is
150, with its source and target as read. Force done ("repelled an attack") and a drill's other acts are left.
`petrarch2` keeps PETRARCH-2's reading.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import upper_words
from ..cameo_roots import FORCE_ROOTS
from ..phrases import SentenceView

VERBS_FILE = "coder_rehearsal_verbs.tsv"
SHOW_OF_FORCE = "150"  # CAMEO "Demonstrate military or police power"
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
STEP = "addition: force rehearsed in a drill is a show of force, 150 (rehearsed_force)"


@lru_cache(maxsize=1)
def rehearsal_verbs() -> frozenset[str]:
    """The word forms of data/coder_rehearsal_verbs.tsv."""
    return upper_words(VERBS_FILE, "the verbs of rehearsing", columns=1)


def rehearsed_force(records: Sequence, view: SentenceView) -> list:
    """The records, those of force rehearsed (see the module docstring) coded 150."""
    return [replace(r, code=SHOW_OF_FORCE, steps=tuple(r.steps) + (STEP,))
            if r.code.startswith(FORCE_ROOTS) and _rehearsed(r.verb, view) else r for r in records]


def _rehearsed(verb: int, view: SentenceView) -> bool:
    verbs = rehearsal_verbs()
    if view.words[verb] in verbs:
        return True
    head = view.heads[verb]
    return head != verb and view.deps[verb] in COMPLEMENT_DEPS and view.words[head] in verbs
