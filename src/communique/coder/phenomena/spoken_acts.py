"""An act done in words: a verb filed under a material act, told with a participle of saying, is that act's verbal
sibling (profile `communique`, switch `spoken_acts`; session 45, branch class45).

CAMEO.2.0.txt files DEFEND with GUARD and PROTECT under 074 "Provide military protection or peacekeeping", and
ATTACK under 190 "Use conventional military force". English uses both verbs for acts done in words as well: "the
interior minister defended the police, saying officers had acted within the law" is the CAMEO codebook's 052
"Defend verbally" (CAMEO.2.0.txt's own DEFEND DECISION, PLAN, RIGHT patterns say so for those objects), and
"Erdogan attacked the European Union, telling a rally that Brussels had failed to keep its promises" is 111
"Criticize or denounce". What shows the sense is a participle of saying hanging on the verb (spaCy `advcl` or
`xcomp`, a gerund: "saying", "telling", "arguing", "accusing them of"): it gives the words the act was done in.
Where the verb's code is its row's material code (the block's, or a pattern that restates it) and such a
participle hangs on it, the code is the row's verbal one. A row marked `armed` keeps the material code where the
subject is an armed force (an actor code with MIL, REB, INS, UAF or SEP): "Houthi rebels attacked a convoy, saying
it had entered Yemeni territory" is the attack. The verbs and the participles: data/coder_spoken_acts.tsv.
Not changed: a pattern of another code ("defended the crackdown": CAMEO.2.0.txt's 110), the verb with no
participle of saying ("troops defended the town", "defended the plan in parliament"), `petrarch2`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..codes import to_internal
from .silent_verbs import verb_forms

NAME = "coder_spoken_acts.tsv"
SAYING = "SAYING"
ARMED = "armed"
ARMED_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})  # the CAMEO agent codes of an armed force
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp"})
STEP = "addition: a material act told with a participle of saying, done in words (spoken_acts)"


class SpokenAct(NamedTuple):
    material: int  # the internal code of the block's act
    verbal: int  # the internal code of its verbal sibling
    armed_keep: bool  # an armed subject keeps the material code


@lru_cache(maxsize=1)
def spoken_tables() -> tuple[dict[str, SpokenAct], frozenset[str]]:
    """(every form of each verb -> its row, every gerund of the participles of saying) from
    data/coder_spoken_acts.tsv."""
    path = data_path(NAME)
    acts: dict[str, SpokenAct] = {}
    sayings: set[str] = set()
    for n, parts in tsv_rows(path, "the coder's acts done in words", min_width=2):
        if parts[0] == SAYING:
            sayings.update(f for f in verb_forms(parts[1].upper()) if f.endswith("ING"))
            continue
        if len(parts) != 5 or parts[3] not in (ARMED, "-"):
            raise DataFileError(f"{path}: line {n}: expected 'VERB<TAB>material code<TAB>verbal code<TAB>"
                                f"armed or -<TAB>name' or 'SAYING<TAB>verb', got {parts!r}")
        row = SpokenAct(to_internal(parts[1]), to_internal(parts[2]), parts[3] == ARMED)
        for form in (parts[0], *verb_forms(parts[0])):
            acts[form] = row
    return acts, frozenset(sayings)


def _armed(codes: list[str]) -> bool:
    """Whether an actor code names an armed force: an agent code after the country ("YEMREB") or on its own ("~REB")."""
    return any(bare[k:k + 3] in ARMED_ROLES for code in codes for bare in (code.lstrip("~"),)
               for k in range(0, len(bare), 3))


def spoken_act_code(view, cl, code: int, subject_codes: list[str]) -> tuple[int, str] | None:
    """(verbal code, step) where the clause `cl`'s verb is a material act of the table, coded by its material code,
    and a participle of saying hangs on it; None elsewhere."""
    acts, sayings = spoken_tables()
    row = acts.get(cl.form)
    if row is None or code != row.material or cl.passive:
        return None
    if not any(view.deps[c] in PARTICIPLE_DEPS and view.tags[c] == "VBG" and view.words[c] in sayings
               for c in view.children[cl.verb]):
        return None
    if row.armed_keep and _armed(subject_codes):
        return None
    return row.verbal, STEP
