"""A state's own envoy called home is a recall (profile `communique`, switch `recalled_envoys`; session 25, branch
left25).

"Turkey recalled its ambassador to the Netherlands", "Saudi Arabia summoned its ambassador to Washington for
consultations", "Peru has called home its ambassador to Venezuela": the sending state reduces its relations with
the host state, CAMEO 161 "Reduce or break diplomatic relations", as CAMEO.2.0.txt's RECALL `- * AMBASSADOR [161]`
reads it. CAMEO.2.0 has no such pattern for ENVOY or DIPLOMAT, nor for SUMMON (filed under 040) or CALL HOME (041),
and `named_senses` reads an envoy summoned as a protest told to the envoy's state (110, summons24), which is right
for another state's envoy only. Whose envoy it is decides: an envoy the subject owns (a possessive pronoun of
data/coder_recalled_envoys.tsv, "its ambassador") or one called home or back is recalled. The envoy's noun is
consumed, as a pattern's word is, so the target is the host state the envoy's phrase names ("to Washington"), or
no one ("summoned its envoy home"). A pattern of the dictionary's own still comes first.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_internal
from .silent_verbs import lemma_row_forms

RECALLED_ENVOYS_FILE = "coder_recalled_envoys.tsv"
KINDS = ("verb", "envoy", "owner", "home")
RECALL = "161"  # Reduce or break diplomatic relations


@lru_cache(maxsize=1)
def recalled_envoy_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, envoy nouns, owner words, home words) of data/coder_recalled_envoys.tsv."""
    return kinded_words(data_path(RECALLED_ENVOYS_FILE), "the coder's recalled envoys", KINDS,
                        rows={"verb": lemma_row_forms})


def recalled_envoy(view, cl) -> tuple[int, int, str] | None:
    """(the envoy's head token, internal code 161, step) where the clause's verb calls the subject's own envoy
    back; None elsewhere."""
    table = recalled_envoy_table()
    if cl.form not in table["verb"] or cl.passive:
        return None
    home = any(w in table["home"] for w in cl.particles) or any(
        view.words[k] in table["home"] and view.deps[k] in ("advmod", "prt", "npadvmod") for k in view.children[cl.verb])
    for np in cl.objects:
        head = np.head
        if view.words[head] in table["home"]:  # "summoned its envoy home", parsed "its (envoy home)": a compound
            home, head = True, next((k for k in view.children[head] if view.deps[k] == "compound"
                                     and view.words[k] in table["envoy"]), head)
        if view.words[head] not in table["envoy"]:
            continue
        owned = any(view.words[k] in table["owner"] and view.deps[k] == "poss"
                    for k in view.children[head] + view.children[np.head])
        if owned or home:
            why = "its own envoy" if owned else "an envoy called home"
            return head, to_internal(RECALL), f"addition: {cl.form} {view.words[head]}, {why}: a recall (161)"
    return None
