"""A party taken off a list of constraint has an administrative sanction eased (profile `communique`, switch
`delisted_parties`; session 41, branch relief41; data/coder_delisted_parties.tsv).

"Ethiopia's parliament removed three opposition groups from its list of terrorist organisations", "the United States
removed Cuba from its list of state sponsors of terrorism": CAMEO.2.0.txt's REMOVE has no pattern for what a party
is removed from, and its block's code reads every removal as 174 "Expel or deport individuals", material conflict.
A listing as a terrorist group, a sponsor of terrorism or an extremist is an administrative sanction (172), and the
CAMEO codebook's 081 "Ease administrative sanctions" names its undoing. So, at the candidates of a document, one whose
verb is one of taking off (kind `verb`: remove, delete, strike, take, drop) with a code of material conflict (15-20)
and whose FROM or OFF phrase is a list (kind `list`) is 081. A person removed from office, troops removed from a
town, a party struck off nothing are left as they were.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence, TypeVar

from spacy.tokens import Doc, Token

from ...data_files import data_path, lower_word_rows
from .assisted_purposes import own_phrases

DELISTED_FILE = "coder_delisted_parties.tsv"
KINDS = ("verb", "list")
MATERIAL_CONFLICT_ROOTS = ("15", "16", "17", "18", "19", "20")
EASED_SANCTIONS = "081"  # Ease administrative sanctions
SOURCE_PREPOSITIONS = frozenset({"from", "off"})
STEP = "addition: a party taken off a list of constraint has a sanction eased, 081 (delisted_parties)"
C = TypeVar("C")  # adapter.EventCandidate: trigger, code, steps


@lru_cache(maxsize=1)
def delisting_words() -> dict[str, frozenset[str]]:
    """kind ('verb', 'list') -> its lemmas (module docstring)."""
    rows = lower_word_rows(data_path(DELISTED_FILE), "the words of a party taken off a list", KINDS.__contains__,
                           "'lemma<TAB>kind' (kind verb or list)")
    return {kind: frozenset(w for w, k in rows if k == kind) for kind in KINDS}


def with_delisted_parties(doc: Doc, candidates: Sequence[C]) -> list[C]:
    """The candidates with each party taken off a list read as an administrative sanction eased (module docstring)."""
    return [replace(c, code=EASED_SANCTIONS, steps=c.steps + (STEP,))
            if c.code[:2] in MATERIAL_CONFLICT_ROOTS and 0 <= c.trigger < len(doc) and delisted(doc[c.trigger])
            else c for c in candidates]


def delisted(verb: Token) -> bool:
    """Whether `verb` is one of taking off whose FROM or OFF phrase, in its own clause, is a list."""
    words = delisting_words()
    if verb.lemma_.lower() not in words["verb"]:
        return False
    return any(obj.dep_ == "pobj" and obj.lemma_.lower() in words["list"]
               for prep in own_phrases(verb) if prep.lower_ in SOURCE_PREPOSITIONS and prep.dep_ in ("prep", "prt")
               for obj in prep.children)
