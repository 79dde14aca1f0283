"""CALL ON a person, with nothing asked, is a visit (profile `communique`, switch `visiting_calls`; session 43,
branch meet43).

English CALL ON has two senses: an appeal ("called on Yland to release the prisoners": CAMEO 02x) and a visit paid
to a person ("the Xland army chief called on the Yland president in Ycity": to visit someone, usually briefly and
formally; the "courtesy call" of diplomatic reports). CAMEO.2.0.txt files only the first, CALL's `- * (ON) [020]`,
so a visit told so is an appeal with nothing asked. An appeal names what is asked, as a to-infinitive or another
clause ("called on Yland to ...") or a FOR phrase ("called on Yland for restraint", another of CALL's patterns);
a visit has none of them and its ON object is a person: a noun of the people and bodies who visit and are visited
(data/coder_hosting.tsv, kind visitor: president, minister, counterpart, ...) or a proper noun the actor dictionary
reads as more than a state ("Dahal": NPLGOV; "Iran", IRN, is a state, whose appeal may be told in the next
sentence). Where CALL's ON
pattern matched such a clause, the code is CAMEO 042 "Make a visit" (PLOVER CONSULT, mode visit), the caller its
source and the person called on its target, as the pattern read them. "Called on the government" (no visitor noun)
and every call with a content or a FOR phrase keep the appeal.
"""
from __future__ import annotations

from ..codes import to_internal
from ..nouns.acts import singular_forms
from .hosting import hosting_tables

VISIT = to_internal("042")
ON_PATTERNS = (["-", "*", "(ON)"], ["-", "*", "(UPON)"])
ASKING_PREPOSITIONS = frozenset({"FOR"})


def visiting_call(view, cl, pattern, meaning) -> tuple[int, str] | None:
    """(042, step) where CALL's ON pattern matched a clause with no content, no FOR phrase and a person called on
    (`meaning`: a noun phrase's actor codes); None otherwise."""
    if pattern is None or "# CALL" not in pattern.text or pattern.text.split("[")[0].split() not in ON_PATTERNS:
        return None
    if cl.complements or any(pp.text in ASKING_PREPOSITIONS for pp in cl.pps):
        return None
    _, visitors = hosting_tables()
    for pp in cl.pps:
        if pp.text in ("ON", "UPON") and pp.obj is not None:
            head = pp.obj.head
            person = view.tags[head].startswith("NNP") and any(len(c) > 3 for c in meaning(pp.obj))
            if person or any(f in visitors for f in singular_forms(view.words[head])):
                return VISIT, f"addition: {cl.form} ON {view.words[head]} with nothing asked, a visit (042)"
    return None
