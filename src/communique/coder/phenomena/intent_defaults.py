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

Where the intent is the speaker's own, told by a statement ("Prosecutors said they would seek an arrest warrant"),
the dictionary's rule `a (a b Q) SAY = a b Q` (resolve.py, REPORTED_ACT) made the record the intent itself, and the
statement is gone from it. Such a record is not dropped but recoded as the statement it was (the verb of saying and
its own 01 code, named in the record's steps), with no target: the speaker said something (session 36, psweep36).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words
from ..codes import to_cameo
from ..phrases import SentenceView
from ..resolve import REPORTED_ACT

DEFAULTS_FILE = "coder_intent_defaults.tsv"
BLOCK_DEFAULT = "030"
NO_ACTOR = ("", "---")
UNKNOWN_COUNTRY = "---"  # an actor code with no country: "---GOV", "---REB"
PARTNER_PREPOSITION = "WITH"
STATEMENT_ROOT = "01"
VERB_STEP = re.compile(r"verb: (\S+) ([0-9A-F]+)$")  # the coder's trace of a verb and its code: "verb: SAID 1000"
STATEMENT_STEP = "addition: the speaker's own intent with no party, kept as the statement (intent_defaults)"


@lru_cache(maxsize=1)
def intent_verbs() -> frozenset[str]:
    """The forms of the verbs of intending and seeking of data/coder_intent_defaults.tsv."""
    return kinded_words(data_path(DEFAULTS_FILE), "the coder's verbs of intent", ("verb",))["verb"]


def intent_defaults(records: Sequence, view: SentenceView) -> list:
    """The records without the intent blocks' default over an act with no other party (module docstring)."""
    verbs = intent_verbs()
    kept = []
    for r in records:
        if not (r.code == BLOCK_DEFAULT and r.pattern is None and view.words[r.verb] in verbs
                and not _other_party(r, view)):
            kept.append(r)
        elif (statement := _told_statement(r, view)) is not None:
            kept.append(statement)
    return kept


def _told_statement(record, view: SentenceView):
    """The statement a record of the speaker's own intent was told by (rule `a (a b Q) SAY`): its verb of saying
    and that verb's own 01 code, with no target; None where the record is no such report."""
    if REPORTED_ACT not in record.steps:
        return None
    steps = record.steps[:record.steps.index(REPORTED_ACT)]
    said = [m for m in map(VERB_STEP.match, steps) if m]
    if not said:
        return None
    word, code = said[-1].group(1), to_cameo(int(said[-1].group(2), 16))
    if not code or not code.startswith(STATEMENT_ROOT):
        return None
    verb = record.verb
    while view.heads[verb] != verb and view.words[verb] != word:
        verb = view.heads[verb]
    if view.words[verb] != word:
        return None
    return replace(record, code=code, verb=verb, target="", target_tokens=(), pattern=None,
                   steps=record.steps + (STATEMENT_STEP,))


def _other_party(record, view: SentenceView) -> bool:
    """Whether the record's target is the object of WITH (a partner), or names an actor of a known country other
    than its source's."""
    if record.target in NO_ACTOR:
        return False
    if any(view.words[view.heads[t]] == PARTNER_PREPOSITION for t in record.target_tokens):
        return True  # "intends to work with the rebels": a partner, of whatever country
    country = record.target[:3]
    return country != UNKNOWN_COUNTRY and country != record.source[:3]
