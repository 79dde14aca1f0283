"""Verbs the dictionary is silent on, coded by the CAMEO code whose name they make (profile `communique`,
switch `silent_verbs`; issue 10, "hand-written knowledge only where the dictionary is silent").

PETRARCH-2's CAMEO.2.0.txt covers almost every verb of the CAMEO codebook's code names, but not always with
the object the name gives it: "Impose embargo, boycott, or sanctions" (163) is IMPOSE with EMBARGO, which
no pattern of IMPOSE names, so the block's default (170) codes it; "Reduce relations" (160) gets nothing;
"Coerce" (170) has no entry at all. `data/coder_silent_verbs.tsv` holds such verb + object pairs, each a
phrase of its code's name (found by `tools/silent_verbs.py`), and `recall.RecallSteps._object_sense` asks it
for a clause no pattern matched, after the object-senses table: a pattern of the dictionary always wins.

A verb the dictionary has can still be silent in one of its written forms: PETRARCH-2 makes a verb's regular
forms without doubling a consonant or turning Y into I ("ROB" gives ROBED, "DECRY" DECRYED), and CAMEO.2.0
lists British -ISE spellings for most -IZE verbs but not all. `spelling_variants` gives the dictionary's own
spelling of such a form ("robbed" ROBED, "decried" DECRYED, "travelled" TRAVELED, "finalised" FINALIZED),
tried by `compose.Composer._verb_match` where the written form has no entry (same switch).
"""
from __future__ import annotations

from functools import lru_cache

from ..codes import is_valid_code
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from .codes import to_internal
from .dictionary import regular_verb_forms

SILENT_FILE = "coder_silent_verbs.tsv"
ANY = "*"


@lru_cache(maxsize=1)
def silent_verbs() -> dict[tuple[str, str], int]:
    """(VERB FORM, OBJECT HEAD or "") -> internal code; each lemma with its regular forms (PETRARCH's way)
    and the irregular forms its row lists."""
    path = data_path(SILENT_FILE)
    table: dict[tuple[str, str], int] = {}
    for n, parts in tsv_rows(path, "the coder's silent verbs"):
        verbs = parts[0].split() if parts else []
        if len(parts) != 4 or not verbs or not all(v.isalpha() and v.isupper() for v in verbs) \
                or not is_valid_code(parts[2]) or not (parts[1] == ANY or parts[1].isupper()):
            raise DataFileError(f"{path} line {n}: expected 'VERB [FORMS]<TAB>OBJECT or *<TAB>CAMEO code<TAB>name'.")
        obj = "" if parts[1] == ANY else parts[1]
        for form in [verbs[0], *regular_verb_forms(verbs[0]), *verbs[1:]]:
            table[(form, obj)] = to_internal(parts[2])
    return table


def silent_verb_code(form: str, obj: str) -> int | None:
    """The internal code of verb `form` (upper case) with object head `obj` ("" for the row with no object),
    where a CAMEO code's name makes that phrase; None elsewhere."""
    return silent_verbs().get((form, obj))


# English doubles a final consonant before -ED / -ING after a short stressed vowel (rob, robbed); bases that
# themselves end in these doubled letters are rare. L doubles after E or A in British spelling (travelled).
DOUBLED = frozenset("BDGMNPTR")
SUFFIXES = ("ED", "ING")
ISE_ENDINGS = (("ISE", "IZE"), ("ISES", "IZES"), ("ISED", "IZED"), ("ISING", "IZING"))


def spelling_variants(form: str) -> list[str]:
    """Other spellings of an upper-case verb form, as PETRARCH's dictionary may hold it: -IED as -YED,
    a doubled consonant before -ED / -ING single, -ISE as -IZE and the reverse."""
    out: list[str] = []
    if form.endswith("IED") and len(form) > 4:
        out.append(form[:-3] + "YED")
    for suffix in SUFFIXES:
        stem = form[: -len(suffix)]
        if form.endswith(suffix) and len(stem) > 3 and stem[-1] == stem[-2] and \
                (stem[-1] in DOUBLED or (stem[-1] == "L" and stem[-3] in "EA")):
            out.append(stem[:-1] + suffix)
    for british, american in ISE_ENDINGS:
        if form.endswith(british):
            out.append(form[: -len(british)] + american)
        elif form.endswith(american):
            out.append(form[: -len(american)] + british)
    return out
