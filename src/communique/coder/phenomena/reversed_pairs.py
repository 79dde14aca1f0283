"""One act, one PLOVER event: a verb's reversed passive code of the same PLOVER type is dropped (switch `one_way_pairs`).

CAMEO.2.0.txt gives some verbs a code pair `[A:P]` (spec §2.2.3): with a bare object, rule A (spec §4.5) writes
the act (source -> object, code A) and, reversed, what the object did (object -> source, code P). For a visit and
its hosting ("paid a visit to Yland": 042 XLD -> YLD and 043 YLD -> XLD), a telephone call or a consultation
(041 and 040 both ways) the two CAMEO events are one act, and the PLOVER manual makes it one event ("Compound and
Reciprocal Actors": CAMEO's two events for one meeting are where PLOVER needs no host/visit distinction, and its
CONSULT covers both). Where the reversed record has the PLOVER type of the act it mirrors, it is dropped, so a
recipient is not also coded as its own actor's recipient. The record kept is the act the verb names, as the CAMEO
codebook reads it: "visited" the visitor -> host (042), "hosted" or "received" the host -> visitor (043 "Host a
visit"). A reversed code of another PLOVER type is another act and stays, except where the act's code is not the
verb's dictionary sense but one an addition gave it ("called a strike": 143 by data/coder_named_senses.tsv, not
CALL's 041 call): the passive code belongs to the sense the addition replaced, so its reversed record is dropped
too. PETRARCH-2 writes both (profile petrarch2).
"""
from __future__ import annotations

from typing import Sequence

from ...codes import UnknownCameoCode, plover_for
from ...errors import DataFileError

REVERSED_STEP = "combine: rule A, the passive code reversed"


def one_way(records: Sequence) -> list:
    """The records without each reversed-code record that mirrors another of the same PLOVER type, or whose
    verb's code an addition gave."""
    reversed_ = [r for r in records if REVERSED_STEP in r.steps]
    if not reversed_:
        return list(records)
    dropped = {id(back) for back in reversed_ if _another_sense(back.steps) or any(
        REVERSED_STEP not in r.steps and r.verb == back.verb and r.source == back.target and r.target == back.source
        and _type(r.code) is not None and _type(r.code) == _type(back.code) for r in records)}
    return [r for r in records if id(r) not in dropped]


def _another_sense(steps: Sequence[str]) -> bool:
    """Whether an addition gave the verb its code before rule A reversed it (the level's steps come first)."""
    return any(step.startswith("addition:") for step in steps[:steps.index(REVERSED_STEP)])


def _type(code: str) -> str | None:
    try:
        return plover_for(code)["type"]
    except (UnknownCameoCode, DataFileError):
        return None
