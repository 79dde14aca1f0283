"""A meeting told by a verb of meeting is a meeting, not an intent to meet (profile `communique`, switch
`held_meetings`; data/coder_meeting_intents.tsv; session 18).

CAMEO.2.0.txt writes some patterns of the verb MEET (and of HOST, GO and MAKE: "made a visit to", session 44) with CAMEO 036, "Express intent to meet or
negotiate": `- * (WITH LEADERS) [036:036] # MEET`, `- * (FOR TALKS)`, `- * (AT)`. So "Biden met with Gulf leaders in
Jeddah", "the two presidents met for talks", "the ministers met at the UN headquarters" are intents to meet, which
the PLOVER crosswalk makes AGREE, while "Putin met Erdogan" is 040, CONSULT. The codebook names the act by its
verb: a meeting held is 040 "Consult" (042 a visit made, 043 a visit hosted), and a meeting announced for later
becomes PLOVER AGREE by the manual's rule for future cooperation (switch `plover_future_cooperation`), not by
this code. A pattern written for the verb of a row whose code is the row's intent code gives the act's code.
"""
from __future__ import annotations

from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..codes import to_cameo, to_internal
from .borrowed_patterns import pattern_verbs

TABLE = "coder_meeting_intents.tsv"
STEP = "addition: {form} held, the act {code} (held_meetings)"


@lru_cache(maxsize=1)
def meeting_intents() -> dict[str, tuple[str, str]]:
    """verb -> (the intent code its patterns write, the act's code), from data/coder_meeting_intents.tsv."""
    path = data_path(TABLE)
    table: dict[str, tuple[str, str]] = {}
    for n, parts in tsv_rows(path, "the coder's meeting intents", width=4):
        verb, intent, act = parts[0], parts[1], parts[2]
        if not verb.isupper() or not is_valid_code(intent) or not is_valid_code(act):
            raise DataFileError(f"{path} line {n}: expected 'VERB<TAB>intent code<TAB>act code<TAB>why'.")
        table[verb] = (intent, act)
    return table


def held_meeting_code(entry, pattern) -> tuple[int, str] | None:
    """(the act's code, the trace step) where `pattern` (a matched `PatternPayload`) of the verb whose dictionary
    entry is `entry` was written for that verb and writes the intent its row names; None otherwise."""
    if entry is None or pattern is None:
        return None
    verb = entry.verb.lstrip("+")
    row = meeting_intents().get(verb)
    if row is None or to_cameo(pattern.active) != row[0] or verb not in pattern_verbs(pattern.text):
        return None
    return to_internal(row[1]), STEP.format(form=verb, code=row[1])
