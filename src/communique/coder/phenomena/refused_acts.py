"""An act a verb of refusing governs is refused: a rejection (profile `communique`, switch `refused_acts`; session 33).

"Germany refused to send battle tanks to Ukraine", "the court declined to issue an arrest warrant", "soldiers refused
to fire on the protesters": PETRARCH-2 codes REFUSE and DECLINE -0xFFFF and combines that with the act of the
to-infinitive below them; combine (spec §4.6) returns the inner act itself wherever its code is positive, so the
refusal is lost and the act is coded as done (154, 173, 190). The pipeline's mood table turns a refused cooperation
into its rejection ("refused to help Yland": 121, data/coder_additions_mood.tsv); an act of any other root was left
with its own code under the mood "negated" (so not scored, and the refusal itself, PLOVER's REJECT, "All rejections
and refusals", was missed).

With the switch on, an event whose trigger is the to-infinitive (spaCy `xcomp`) of a verb of refusing, or a verb
coordinated with it ("refused to send troops or impose sanctions"), not itself negated ("did not refuse to"), is the
CAMEO codebook's rejection, 120 "Reject, not specified below", by the code prefixes of data/coder_refused_acts.tsv
(conflict and demands: 02, 09-11, 13-20); its source and target stay the act's. Left: comments (01: "declined to
comment" is refused_comments'), a rejection refused (12), a refusal told by "not", "never" or "failed to" ("did not
attack" reports no act, it refuses nothing), and "ruled out" or "balked at" (no infinitive).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...data_files import table_rows
from ..additions import longest_prefix_code

TABLE = "coder_refused_acts.tsv"
REFUSED_STEP = "addition: a refused act is a rejection (refused_acts)"


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, str]]:
    verbs, acts = set(), {}
    for kind, key, code in table_rows(TABLE, 3):
        if kind == "verb":
            verbs.add(key)
        elif kind == "act":
            acts[key] = code
    return frozenset(verbs), acts


def refused_code(doc, trigger: int, code: str) -> str | None:
    """The rejection an event of CAMEO `code` triggered at doc[trigger] is, where a verb of refusing governs its
    act; None where none does or the code's root has no row."""
    found = longest_prefix_code(_table()[1], code)
    return found if found is not None and refusing_head(doc[trigger]) is not None else None


def refusing_head(token: Token) -> Token | None:
    """The verb of refusing whose to-infinitive the act of `token` is ("refused to send": refused), through the
    verbs coordinated with it and, for a noun trigger, the verb whose object or subject it is."""
    verbs = _table()[0]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass", "nsubj"):
        token = token.head
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
    head = token.head
    if token.dep_ != "xcomp" or head.lemma_.lower() not in verbs:
        return None
    return None if any(c.dep_ == "neg" for c in head.children) else head
