"""A reported imperative is a demand (profile `communique`, switch `deontic_requests`; session 31, branch c18read31).

"Japan told North Korea to halt its missile tests", "the ministry instructed the embassy to close": a verb of telling
or instructing with an addressee (its direct object) and a `to`-infinitive says to the addressee what it must do, a
demand to it, CAMEO 100 "Demand", as CAMEO.2.0.txt reads ORDER (`ORDER [100]`) and as `deontic_requests` reads "said
Yland must withdraw" (MUST 100). The dictionary files TELL with SAY (010) and INSTRUCT in a block with no code, so
the demand reads as a bare statement, or nothing. The clause is given ORDER's code and composed as ORDER's is: its
addressee the target, the infinitive's act combined as the dictionary combines an order's. Left as they were: a
pattern of the dictionary's own, TELL with a content clause ("told parliament the talks had failed": a statement),
an infinitive with no addressee, and an addressee that is the news's audience ("told reporters to expect a
decision"). The verbs and audience nouns are data/coder_reported_imperatives.tsv's.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_internal
from .silent_verbs import lemma_row_forms

REPORTED_IMPERATIVES_FILE = "coder_reported_imperatives.tsv"
KINDS = ("verb", "audience")
DEMAND = "100"  # Demand (ORDER's own code in CAMEO.2.0.txt)


@lru_cache(maxsize=1)
def reported_imperative_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, audience nouns) of data/coder_reported_imperatives.tsv."""
    return kinded_words(data_path(REPORTED_IMPERATIVES_FILE), "the coder's reported imperatives", KINDS,
                        rows={"verb": lemma_row_forms})


def reported_imperative_code(view, cl) -> tuple[int, str] | None:
    """(internal 100, step) where the clause's verb tells its object to do what its `to`-infinitive says; None
    elsewhere."""
    table = reported_imperative_table()
    if cl.form not in table["verb"] or cl.passive or not cl.objects:
        return None
    if any(view.words[np.head] in table["audience"] for np in cl.objects):
        return None
    told = any(c.dep == "xcomp" and any(view.words[a] == "TO" for a in view.children[c.verb]) for c in cl.complements)
    if not told:
        return None
    return to_internal(DEMAND), f"addition: {cl.form} an addressee to act, a reported imperative: a demand (100)"
