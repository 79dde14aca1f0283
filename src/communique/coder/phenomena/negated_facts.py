"""A meeting or a visit negated in the past or the perfect is an act not done, not refused (profile
`communique`, switch `negated_facts`; session 14, the wire census's "a statement and its content mixed up").

PETRARCH-2 folds "not" after the first auxiliary into the code (spec §4.5: the code minus 0xFFFF) and drops the
event where that has no CAMEO code: "did not surrender" is a refusal (124), a negated meeting or visit (04x) no
event. `uncombined_acts` keeps such an act as the mood table's refusal (data/coder_additions_mood.tsv: a negated
meeting is 125 "Reject proposal to meet"), which fits a modal of will ("will not meet Yland's envoy", "would not
visit"). A negation of the past or the perfect ("did not visit Yland", "had not discussed sanctions", "has not
met") tells a meeting that did not take place; no proposal was turned down, so `negated_facts` keeps PETRARCH-2's
reading there: no event (a speaker's "said ... had not discussed" keeps the speaker's statement, 010 with no target, by the
switch `stated_contents`, phenomena/stated_contents.py). The auxiliaries and the roots are data
(data/coder_negated_facts.tsv)."""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ...errors import DataFileError

NEGATED_FACTS_FILE = "coder_negated_facts.tsv"
KINDS = ("auxiliary", "root")


@lru_cache(maxsize=1)
def negated_facts_table() -> tuple[frozenset[str], frozenset[str]]:
    """(auxiliaries, CAMEO roots) of data/coder_negated_facts.tsv."""
    path = data_path(NEGATED_FACTS_FILE)
    found = kinded_words(path, "the coder's negated facts", KINDS, numbers=("root",))
    if not all(len(root) == 2 for root in found["root"]):
        raise DataFileError(f"{path}: expected each root of two digits.")
    return found["auxiliary"], found["root"]


def reports_no_act(auxiliary: str | None, code: str | None) -> bool:
    """Whether "not" after `auxiliary` (its upper-case form) over an event of CAMEO `code` tells an act not
    done rather than refused: a meeting or a visit negated in the past or the perfect."""
    auxiliaries, roots = negated_facts_table()
    return auxiliary is not None and code is not None and auxiliary.upper() in auxiliaries and code[:2] in roots
