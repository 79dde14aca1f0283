"""A lender's approval of a loan, a credit or aid is the loan extended, 071 (profile `communique`, switch
`approved_aid`; session 25).

CAMEO.2.0.txt's APPROVE codes "- * LOAN [0311]" and "- * {&CURRENCY AID} [0331]": the approval as an intent. Wire
copy tells a development bank's or a donor's loan as its board's approval ("The World Bank approved a $300 million
loan to Kenya"), a reported act of lending: the CAMEO codebook's 071 "Provide economic aid", the PLOVER manual's AID
("Monetary aid and financial guarantees, grants, gifts and credit"). A record of 0311 or 0331 (or ALLOW's block default 080, where no pattern named a sum's loans) whose verb is a verb
of approving and whose object names lent or given money (data/coder_approved_aid.tsv; a sum, "$1.2 billion in
loans", is read past to its OF or IN object) becomes 071, or the sub-code of the kind of aid its words name
(aid_kinds.py: "approved $500 million in military aid" 072). In the passive the money is the subject ("a $200
million loan to Kenya was approved by the African Development Bank", session 43). Approvals of other things (a sale, a plan, a
transfer) keep the dictionary's code. `petrarch2` keeps the dictionary's code.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import DataFileError, data_path, tsv_rows
from ..nouns.acts import amount_words
from ..phrases import SentenceView
from .aid_kinds import aid_kind

TABLE = "coder_approved_aid.tsv"
INTENT_CODES = ("0311", "0331", "080")  # the dictionary's approvals of a loan and of money aid; ALLOW's block default
# 080, where no pattern named the sum's loans ("approved $1.2 billion in loans")
SUM_PREPOSITIONS = ("OF", "IN")  # "$300 million of credit", "$1.2 billion in loans"
STEP = "addition: an approved loan is the loan extended (approved_aid, {code})"


@lru_cache(maxsize=1)
def approval_words() -> tuple[frozenset[str], frozenset[str]]:
    """(forms of the verbs of approving, nouns of lent or given money) from data/coder_approved_aid.tsv."""
    path = data_path(TABLE)
    found: dict[str, set[str]] = {"verb": set(), "noun": set()}
    for number, parts in tsv_rows(path, "the coder's approved aid"):
        if len(parts) != 2 or parts[0] not in found or not parts[1].isupper():
            raise DataFileError(f"{path}, line {number}: expected 'verb<TAB>FORMS' or 'noun<TAB>NOUNS'.")
        found[parts[0]].update(parts[1].split())
    return frozenset(found["verb"]), frozenset(found["noun"])


def approved_aid(records: Sequence, view: SentenceView) -> list:
    """The records of an approval of lent or given money coded as the aid provided (see the module docstring)."""
    out = []
    for record in records:
        if record.code in INTENT_CODES and _approves_money(view, record.verb):
            kind = aid_kind(view, record.verb)
            code = "07" + kind if kind else "071"
            record = replace(record, code=code, steps=tuple(record.steps) + (STEP.format(code=code),))
        out.append(record)
    return out


def _approves_money(view: SentenceView, verb: int) -> bool:
    verbs, nouns = approval_words()
    clause = view.clauses.get(verb)
    if clause is None or view.words[verb] not in verbs:
        return False
    sums = amount_words()
    for np in (clause.upper if clause.passive else clause.objects):  # passive: "a loan was approved by the bank"
        heads = [np.head]
        if view.words[np.head] in sums or view.words[np.head] == "$":
            heads += [pp.obj.head for pp in np.pps if pp.text in SUM_PREPOSITIONS and pp.obj is not None]
        if any(view.words[h] in nouns for h in heads):
            return True
    return False
