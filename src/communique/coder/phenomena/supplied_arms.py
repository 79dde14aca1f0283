"""A force supplied with arms is military aid (profile `communique`, switch `supplied_arms`; session 26, branch
matcoop26).

"Russia supplied Syria's army with S-300 air defence missile systems", "France provided the Lebanese army with
helicopters and armoured vehicles", "Iran has supplied Houthi fighters with ballistic missiles": a verb of supplying
whose direct object is the recipient and whose WITH phrase names weapons or military equipment is the CAMEO
codebook's 072 "Provide military aid" ("extend military assistance, including arms, equipment, training"), as
CAMEO.2.0.txt's own PROVIDE `- * (WITH &WEAPON) [072]` reads it. The dictionary reads the recipient first: GIVE's
`- * &MILITARY [150]` (a show of force), stored over PROVIDE's own `- * &MILITARY [072]` in the shared trie of the
block GRANT by PETRARCH-2's later-wins rule, matches the army before the WITH phrase is looked at, and &WEAPON lacks
most names of equipment. So a clause of a verb of data/coder_supplied_arms.tsv with a WITH phrase (on the verb or on
its object) whose head, or a compound or adjective before the head, is a word of materiel is 072, whatever pattern
matched, unless that pattern already gives aid (07). The recipient stays the target (the direct object). A WITH
phrase of anything else ("provided the army with food", "supplied Europe with gas", "provided the police with body
cameras") is left as it was.

Arms delivered to a recipient are the same aid told the other way round (session 31, branch c18read31): "Spain will
deliver 1,200 rifles to Mali's army". CAMEO.2.0.txt's DELIVER reads `- * &MILITARY [072]` and `- * &AIRCRAFT [072]`
but, unlike DONATE, SEND, EXPORT and AIRLIFT (`- * &WEAPON [072]`), has no pattern for weapons, so "delivered
rifles" is silent. A clause of a verb of delivering (the table's `deliver` rows) whose object's head, or a compound
or adjective before it, is a word of materiel, with a TO phrase (on the verb or the object), is 072, unless its
pattern already gives aid. Delivering anything else ("delivered 20 buses to the council", "delivered a letter to
the president") is left as it was.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_cameo, to_internal
from .silent_verbs import lemma_row_forms

SUPPLIED_ARMS_FILE = "coder_supplied_arms.tsv"
KINDS = ("verb", "materiel", "deliver")
MILITARY_AID = "072"  # Provide military aid


@lru_cache(maxsize=1)
def supplied_arms_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, words of materiel) of data/coder_supplied_arms.tsv."""
    return kinded_words(data_path(SUPPLIED_ARMS_FILE), "the coder's supplied arms", KINDS,
                        rows={"verb": lemma_row_forms, "deliver": lemma_row_forms})


def supplied_arms_code(view, cl, code: int) -> tuple[int, str] | None:
    """(internal 072, step) where the clause's verb supplies its object WITH weapons or military equipment and `code`
    is not already aid (07); None elsewhere."""
    table = supplied_arms_table()
    if cl.passive or (to_cameo(code) or "").startswith("07"):
        return None
    if cl.form in table["deliver"]:
        return _delivered_arms(view, cl, table)
    if cl.form not in table["verb"]:
        return None
    pps = [*cl.pps, *(pp for np in cl.objects for pp in np.pps)]
    for pp in pps:
        if pp.text != "WITH" or pp.obj is None:
            continue
        head = pp.obj.head  # the head and the words before it in its phrase: "S-300 air defence missile systems"
        words = [view.words[k] for k in pp.obj.words if k <= head]
        named = next((w for w in words if w in table["materiel"]), None)
        if named is not None:
            return to_internal(MILITARY_AID), f"addition: {cl.form} WITH {named}, arms supplied: military aid (072)"
    return None


def _delivered_arms(view, cl, table) -> tuple[int, str] | None:
    """(internal 072, step) where the clause's verb of delivering has weapons or military equipment for its object
    and a TO phrase for the recipient ("will deliver 1,200 rifles to Mali's army"); None elsewhere."""
    if not any(pp.text == "TO" and pp.obj is not None for pp in [*cl.pps, *(pp for np in cl.objects for pp in np.pps)]):
        return None
    for np in cl.objects:
        named = next((view.words[k] for k in np.words if k <= np.head and view.words[k] in table["materiel"]), None)
        if named is not None:
            return to_internal(MILITARY_AID), f"addition: {cl.form} {named} TO a recipient, arms delivered: military aid (072)"
    return None
