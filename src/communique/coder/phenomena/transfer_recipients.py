"""The TO phrase of a verb of transfer is its recipient, the object what is handed over (profile `communique`,
switch `transfer_recipients`; data/coder_transfer_verbs.tsv; session 18).

PETRARCH-2 reads a clause's target from its objects where they name an actor, and from its PPs only where they name
none (spec §4.5). For a verb of giving or sending the object is the theme, the person or thing transferred, and the
TO phrase the one it goes to: "Colombia extradited a former FARC commander to the United States" is judicial
cooperation with the United States (CAMEO 063), not with the commander; "Rwanda handed over 20 suspected rebels to
Burundian authorities" is directed at those authorities (BDIGOV), where PETRARCH-2's reading mixes the rebels'
agent into them (BDIGOVREB). Where the clause's verb is one of data/coder_transfer_verbs.tsv and a TO phrase names
an actor, that phrase gives the target; where none does ("sent troops", "handed over the weapons"), the objects
are read as before. The clause's lower set is read so in lower_sets.py (`LowerSets._lower_codes`).
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import upper_words

VERBS_FILE = "coder_transfer_verbs.tsv"
RECIPIENT_PREPOSITIONS = frozenset({"TO"})


@lru_cache(maxsize=1)
def transfer_verbs() -> frozenset[str]:
    """The verbs of transfer (their dictionary lines' verbs, upper case, compounds with `_`)."""
    return upper_words(VERBS_FILE, "the verbs of transfer", columns=2, expected="'VERB<TAB>why'", compounds=True)


def transfers(verbs, form: str, particles: tuple[str, ...]) -> bool:
    """Whether the verb form (with its particles) is a verb of transfer, by its dictionary line's verb."""
    entry = verbs.lookup(form, particles)
    return entry is not None and entry.verb.lstrip("+") in transfer_verbs()
