"""A verb of stopping or averting over an act noun does not do that act (profile `communique`, switch
`stopped_acts`; session 27).

`nominal_events` (recall.py `_nominal`) codes a verb with no code over an event noun as the verb the noun names:
"completed its withdrawal from Yland" is a withdrawal, "launched an offensive" an attack. But a verb of PETRARCH's
CANCEL block (HALT, STOP, END, SUSPEND, CEASE ...) has no code of its own only because its block's default is
`[---]`: its patterns say what stopping an act is, and it is never the act. "The army halted its offensive",
"Turkey stopped its shelling", "the air force halted its raids" were read as attacks (190). The block's own patterns
code a stopped act of force as de-escalation (ATTACK, VIOLENCE, CLASHES, &FIGHT [0871]; AIR RAIDS, BLOODSHED
[087]) and a stopped coercive act as yielding (DEPORT, OPERATION [080]); AVERT's code an averted attack as nothing
(ATTACK [---]). With the switch on, a verb of such a block (data/coder_stopping_blocks.tsv) over an act noun no
pattern names is read by the block's rule: stopping force 087, stopping a protest 082 (as the block's STRIKE
[082]: "suspended its protests"), stopping another act of material conflict 080, anything else (or averting
anything) no act of the noun.

Session 36: the same where the act is named by the verb's gerund or infinitive complement, not its object ("Xland
stopped shelling the towns", "avoided attacking Yland"): the stopping verb has code 0, and rule F's combine(0, act)
passes the act up as done (recall.py `_stopped_clause`). PAUSE, absent from CAMEO.2.0.txt, is a stopping block of
data/coder_additions.txt (COMMUNIQUE_PAUSE).
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..cameo_roots import FORCE_ROOTS, MATERIAL_CONFLICT_ROOTS
from ..codes import to_cameo, to_internal

BLOCKS_FILE = "coder_stopping_blocks.tsv"
KINDS = ("stop", "avert")
DE_ESCALATION, DISSENT_EASED, YIELDING = "087", "082", "080"
PROTEST_ROOT = "14"
STOPPED_STEP = "addition: an act stopped is no act of it (stopped_acts)"


@lru_cache(maxsize=1)
def stopping_blocks() -> dict[str, frozenset[str]]:
    """kind -> the dictionary blocks (meanings) of that kind, from data/coder_stopping_blocks.tsv."""
    return kinded_words(data_path(BLOCKS_FILE), "the coder's stopping blocks", KINDS)


def stopped_code(meaning: str | None, act_code: int) -> int | None:
    """For a verb of block `meaning` over an act noun read as a verb of code `act_code`: None where the block is
    no stopping block (the noun's act stands); else the code of stopping it (087, 082, 080), or 0 where stopping or
    averting it is no act."""
    blocks = stopping_blocks()
    if meaning in blocks["avert"]:
        return 0
    if meaning not in blocks["stop"]:
        return None
    root = (to_cameo(act_code) or "")[:2]
    if root in FORCE_ROOTS:
        return to_internal(DE_ESCALATION)
    if root == PROTEST_ROOT:
        return to_internal(DISSENT_EASED)
    return to_internal(YIELDING) if root in MATERIAL_CONFLICT_ROOTS else 0
