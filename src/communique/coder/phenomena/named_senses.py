"""Verbs whose act a CAMEO code's name names, filed by PETRARCH-2's dictionary under another code (profile
`communique`, switch `named_senses`; session 12, the wire census's "the dictionary's sense, not the analyst's").

CAMEO.2.0.txt files a verb under a block, and a verb no pattern of that block matches takes the block's code.
For some verbs that code is not the act the CAMEO codebook names by the verb or its plain synonym: VETO sits
in BAN's block (172 "Impose administrative sanctions"), though 129 is "Veto"; CONSIDER and WEIGH in a block
of consultation (040), though 014 is "Consider policy option"; CONVICT under BLAME with 173 "Arrest, detain,
or charge", SENTENCE a block of its own with 172, though to convict or to sentence is to find guilty in law
(116 "Find guilty or liable (legally)"); SUE in a block of 173, though 115 is "Bring lawsuit against". Denying
or dismissing an allegation falls to REFUSE's 120 ("Reject") or DISMISS's 110 ("Disapprove"), though 016
"Deny responsibility" is the act. data/coder_named_senses.tsv holds such verbs, with the object that gives the
sense where the verb alone does not ("studied the proposal": 014; "dismissed the allegations": 016), each
row with the code's name; an object shifted after the AS phrase of its predicate, which the parser takes for
that phrase's object ("dismissed as false a newspaper report that ..."), is read as the object too.
`sense_tables.SenseTableSteps._object_sense` asks it for a clause no pattern of the
dictionary matched, after the silent verbs (a pattern always wins: VETO's `- * &SOLUTION [129]`, DENY's
`- * ACCUSATIONS [016]`); `petrarch2` keeps the block's code.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path
from .silent_verbs import verb_object_table

SENSES_FILE = "coder_named_senses.tsv"


@lru_cache(maxsize=1)
def named_senses() -> dict[tuple[str, str], int]:
    """(VERB FORM, OBJECT HEAD or "") -> internal code, from data/coder_named_senses.tsv, read as the silent verbs'
    table is (silent_verbs.verb_object_table)."""
    return verb_object_table(data_path(SENSES_FILE), "the coder's named verb senses")


def named_sense_code(form: str, obj: str) -> int | None:
    """The internal code of verb `form` (upper case) with object head `obj` ("" for the row for any object)
    where the codebook names that act; None elsewhere."""
    return named_senses().get((form, obj))
