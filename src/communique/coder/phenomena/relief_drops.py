"""Relief dropped from the air is humanitarian aid (profile `communique`, switch `relief_drops`; session 26, branch
matcoop26).

"Russian military planes dropped humanitarian aid over Deir al-Zor", "Jordanian aircraft dropped food and medicine to
the besieged town": the CAMEO codebook's 073 "Provide humanitarian aid", as AIRLIFT [073] and the relief patterns of
SEND and FLY read relief conveyed. CAMEO.2.0.txt's block of DROP and PARACHUTE has no pattern for relief, and its
subject pattern `- &AIRCRAFT * [195] # DROP` (aircraft dropping bombs: an air strike) matches whatever the aircraft
drop. So where a verb of dropping (data/coder_relief_drops.tsv) took a code of force (CAMEO 18-20) from a pattern
that names the subject alone, and its direct object's head is a noun of relief, the clause is 073. An object
pattern ("dropped leaflets" [---], "dropped the charges" 081, "dropped bombs" 194) is left as written, and so is
aid "dropped" with no aircraft as the subject ("Washington dropped aid to ...": no pattern of force matched).
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..cameo_roots import FORCE_ROOTS
from ..codes import to_cameo, to_internal
from ..verb_patterns import subject_only
from .silent_verbs import lemma_row_forms

RELIEF_DROPS_FILE = "coder_relief_drops.tsv"
KINDS = ("verb", "relief")
HUMANITARIAN_AID = "073"  # Provide humanitarian aid


@lru_cache(maxsize=1)
def relief_drops_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, relief nouns) of data/coder_relief_drops.tsv."""
    return kinded_words(data_path(RELIEF_DROPS_FILE), "the coder's relief drops", KINDS,
                        rows={"verb": lemma_row_forms})


def relief_drop_code(view, cl, pattern, code: int) -> tuple[int, str] | None:
    """(internal 073, step) where the clause's verb of dropping took a code of force from a subject-only pattern
    (`pattern`, the matched `PatternPayload`) and its object is relief; None elsewhere."""
    table = relief_drops_table()
    if cl.form not in table["verb"] or cl.passive or pattern is None or not subject_only(pattern):
        return None
    if not (to_cameo(code) or "").startswith(FORCE_ROOTS):
        return None
    relief = next((view.words[np.head] for np in cl.objects if view.words[np.head] in table["relief"]), None)
    if relief is None:
        return None
    return to_internal(HUMANITARIAN_AID), f"addition: {cl.form} {relief} from the air, relief dropped (073)"
