"""Armed forces leaving a place is a retreat (profile `communique`, switch `left_places`; session 26, branch
matcoop26).

"Ugandan troops left the Central African Republic on Friday", "the last U.S. Marines left Helmand": the CAMEO
codebook's 0874 "Retreat or surrender militarily", as CAMEO.2.0.txt's PULLED_OUT `- * (OF BASES) [0874]` and
RETREAT's `- &MILITARY *` read the act. LEAVE and DEPART are filed in the block GO_SOMEWHERE (040) with GO, TRAVEL
and ATTEND, whose code made such a withdrawal a trip. Asked by sense_tables.py where no pattern matched: a verb of
data/coder_left_places.tsv whose subject's head is a noun of armed forces and whose object names a place (an actor
the dictionaries read as a state or place, a proper name, or a noun of place) is 0874. Forces leaving FOR somewhere,
and leaders, delegations or anyone else leaving, keep the block's reading.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_internal
from .silent_verbs import lemma_row_forms

LEFT_PLACES_FILE = "coder_left_places.tsv"
KINDS = ("verb", "force", "place")
RETREAT = "0874"  # Retreat or surrender militarily


@lru_cache(maxsize=1)
def left_places_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, nouns of armed forces, nouns of place) of data/coder_left_places.tsv."""
    return kinded_words(data_path(LEFT_PLACES_FILE), "the coder's left places", KINDS, rows={"verb": lemma_row_forms})


def left_place_code(view, cl, meaning) -> tuple[int, str] | None:
    """(internal 0874, step) where armed forces (the clause's subject) leave a place (its object); `meaning` reads a
    noun phrase's actor codes. None elsewhere."""
    table = left_places_table()
    if cl.form not in table["verb"] or cl.passive or not cl.objects:
        return None
    if not any(view.words[np.head] in table["force"] for np in cl.subjects):
        return None
    for np in cl.objects:
        head = np.head
        if view.words[head] in table["place"] or view.tags[head].startswith("NNP") or any(
                len(code) == 3 and code.isalpha() for code in meaning(np)):
            return to_internal(RETREAT), f"addition: forces {cl.form} {view.words[head]}, a place left: retreat (0874)"
    return None
