"""The default 030 of CAMEO.2.0.txt's blocks of intending and seeking over an act no one else takes part in (profile
`communique`, switch `intent_defaults`; session 35, branch psweep35).

INTEND's block (intend, mean, plan) and SEEK are coded 030 "Express intent to cooperate, not specified below" by
the dictionary where no pattern of theirs matched, and the project's VOW row (data/coder_additions_blocks.tsv) gives
VOW the same; combine() keeps that code where what is intended, sought or vowed has no code of its own. The default
is the blocks' reading of what these verbs most often govern in news, a plan with another party. But "Iran intends to
enrich uranium to 60 percent", "the minister said Ankara planned to hold a referendum", "the ruling party sought a
court order", "vowing that Ukraine would win the war" commit their subject to nothing done with or for anyone: the
CAMEO codebook's 030 and the PLOVER manual's AGREE are a willingness or commitment to cooperate. So a record of such
a default (code 030, no pattern, its verb one of data/coder_intent_defaults.tsv) stands only where its target names a
party other than the source's own country ("plans to share satellite data with Indonesia": AUS>IDN), or a partner of
any country, the object of WITH ("intends to work with the rebels"); else it is dropped. An actor with no country
that is what the act is done to ("intends to dissolve the electoral commission": ---GOV) is no partner. A content with a code of its own ("intends to invest in Pakistan's ports": 0311, "plans to visit": 036) and
the blocks' patterns are untouched, and so are the other verbs of commitment (OFFER, PLEDGE, PROMISE: a promise is
made to someone). `petrarch2` keeps the default.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words
from ..phrases import SentenceView

DEFAULTS_FILE = "coder_intent_defaults.tsv"
BLOCK_DEFAULT = "030"
NO_ACTOR = ("", "---")
UNKNOWN_COUNTRY = "---"  # an actor code with no country: "---GOV", "---REB"
PARTNER_PREPOSITION = "WITH"


@lru_cache(maxsize=1)
def intent_verbs() -> frozenset[str]:
    """The forms of the verbs of intending and seeking of data/coder_intent_defaults.tsv."""
    return kinded_words(data_path(DEFAULTS_FILE), "the coder's verbs of intent", ("verb",))["verb"]


def intent_defaults(records: Sequence, view: SentenceView) -> list:
    """The records without the intent blocks' default over an act with no other party (module docstring)."""
    verbs = intent_verbs()
    return [r for r in records if not (r.code == BLOCK_DEFAULT and r.pattern is None
                                       and view.words[r.verb] in verbs and not _other_party(r, view))]


def _other_party(record, view: SentenceView) -> bool:
    """Whether the record's target is the object of WITH (a partner), or names an actor of a known country other
    than its source's."""
    if record.target in NO_ACTOR:
        return False
    if any(view.words[view.heads[t]] == PARTNER_PREPOSITION for t in record.target_tokens):
        return True  # "intends to work with the rebels": a partner, of whatever country
    country = record.target[:3]
    return country != UNKNOWN_COUNTRY and country != record.source[:3]
