"""A ban aimed by one state at another is a sanction (profile `communique`, switch `foreign_bans`; session 16).

CAMEO.2.0.txt files BAN, PROHIBIT, FORBID and OUTLAW under PROHIBIT [172] "Impose administrative sanctions": a
government's restriction on its own people, as a banned party (1722) or a banned protest (1721) is. Its own
patterns already code a ban on IMPORTS 163 "Impose embargo, boycott, or sanctions" and on EXPORTS 160, the
exchanges with another state; "Turkey banned all trade with Israel", "China banned group tours to South Korea",
"Russia prohibited flights from Georgia" took the block's 172 (PLOVER COERCE), though the act is the same
curtailed exchange the PLOVER manual codes SANCTION (mode discontinue: "International (political or economic)
sanctions are coded as discontinue"). A record the dictionary coded 172 whose verb is one of prohibition
(data/coder_foreign_bans.tsv) and whose source and target are two different states (country codes, neither an
IGO, an NGO nor media) takes the table's code; a ban on one's own people or organisations keeps 172, as does a
ban whose target is unknown. `petrarch2` keeps the dictionary's code.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path
from ..codes import to_cameo
from ..phrases import SentenceView
from .silent_verbs import verb_object_table

BANS_FILE = "coder_foreign_bans.tsv"
ADMINISTRATIVE = "172"
NOT_STATES = ("IGO", "NGO", "---")
MEDIA = "MED"
STEP = "addition: a ban aimed at another state is a sanction (foreign_bans, 163)"


@lru_cache(maxsize=1)
def ban_verbs() -> dict[str, str]:
    """Verb form (upper case) -> the CAMEO code of its ban aimed at another state, from data/coder_foreign_bans.tsv."""
    table = verb_object_table(data_path(BANS_FILE), "the coder's foreign bans")
    return {form: to_cameo(code) for (form, _), code in table.items()}


def foreign_bans(records: Sequence, view: SentenceView) -> list:
    """The records with a ban aimed at another state recoded as a sanction (see the module docstring)."""
    out = []
    for record in records:
        code = ban_verbs().get(view.words[record.verb]) if record.code == ADMINISTRATIVE else None
        if code and _two_states(record.source, record.target):
            record = replace(record, code=code, steps=tuple(record.steps) + (STEP,))
        out.append(record)
    return out


def _two_states(source: str, target: str) -> bool:
    """Whether the actor codes name two different countries, the target not its media."""
    def state(code: str) -> str | None:
        country = (code or "")[:3]
        return country if len(country) == 3 and country.isalpha() and country not in NOT_STATES else None
    return bool(state(source) and state(target)) and state(source) != state(target) and MEDIA not in target[3:]
