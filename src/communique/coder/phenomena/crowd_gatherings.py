"""A crowd's gathering is a demonstration (profile `communique`, switch `crowd_gatherings`).

"Protesters gathered outside the interior ministry", "Thousands of Armenians gathered outside parliament",
"Crowds converged on the electoral commission": PETRARCH's ASSEMBLE block codes every gathering its default, 040
"Consult", so a crowd in the street reads as a consultation with whoever the place names. The CAMEO codebook's
141 "Demonstrate or rally" names "a rally, march, or gathering" (PLOVER PROTEST, mode demonstrate), and the block
itself says so for two subjects (GATHER's `- DEMONSTRATORS * [141]`, `- WORKERS * [141]`). A record of the block's
default (040) whose verb is one of gathering and whose every source phrase is headed by a noun of protesters
(data/coder_protester_nouns.tsv) or of a crowd or a multitude (data/coder_crowd_gatherings.tsv: "crowds",
"thousands") is recoded a demonstration, 141 as the block's own DEMONSTRATORS pattern writes it. Left alone: a gathering a pattern coded otherwise (for a summit or talks, 040 by a pattern
but by officials; mourners at a funeral, 017), a gathering of officials or leaders (their nouns are no crowd), and
a crowd of the faithful (a religious source: pilgrims and worshippers gather to pray, not to protest). The target
stays: the place or body the crowd gathered at.

Session 34 (branch c21read34): a gathering of anyone whose verb has an infinitive of purpose or a participle that is
a verb of protest ("Several hundred teachers gathered outside parliament to protest against pay cuts", "people
gathered in the square chanting for the minister's resignation": kind `purpose`) is a demonstration too, as the
codebook's 141 names "a rally, march, or gathering" by what it is for, not by who gathers: the purpose tells the
demonstration where the subject's noun ("people", "teachers", "farmers") does not. A religious source still
stays (pilgrims gathered to pray), as does a gathering a pattern coded.

Session 31: RALLY sits in the block MOBILIZE (150, "Demonstrate military or police power"), whose own patterns make a
rally by DEMONSTRATORS or ACTIVISTS, or AGAINST something, a demonstration (`- DEMONSTRATORS * [141]`); a rally by a
crowd ("thousands of Kenyans rallied in Nairobi") is one too, the codebook's "engage in a rally": a record of that
block's default (150) whose verb is a form of RALLY (kind `rally`) is read as a gathering is. Troops rallied keep 150.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words
from ..phrases import SentenceView
from .protest_violence import protester_nouns

WORDS_FILE = "coder_crowd_gatherings.tsv"
KINDS = ("verb", "crowd", "rally", "purpose")
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
CONSULT, DEMONSTRATE, MOBILIZE = "040", "141", "150"
RELIGIOUS = "REL"
STEP = "addition: a crowd's gathering is a demonstration (141)"


@lru_cache(maxsize=1)
def gathering_words() -> dict[str, frozenset[str]]:
    """The verb forms of gathering and the nouns of a crowd, by kind (the file's header says how)."""
    return kinded_words(data_path(WORDS_FILE), "the coder's words of a crowd's gathering", KINDS)


def crowd_gatherings(records: Sequence, view: SentenceView) -> list:
    """The records with a crowd's gathering recoded as a demonstration (see the module docstring)."""
    out = []
    for record in records:
        if _crowd_gathering(record, view):
            record = replace(record, code=DEMONSTRATE, steps=tuple(record.steps) + (STEP,))
        out.append(record)
    return out


def _crowd_gathering(record, view: SentenceView) -> bool:
    words = gathering_words()
    verb = view.words[record.verb]
    if record.pattern or not ((record.code == CONSULT and verb in words["verb"])
                              or (record.code == MOBILIZE and verb in words["rally"])):
        return False
    if RELIGIOUS in record.source[3:]:
        return False
    if _protest_purpose(record.verb, view, words["purpose"]):
        return True
    heads = view.phrase_heads(record.source_tokens)
    crowds = protester_nouns() | words["crowd"]
    return bool(heads) and all(view.words[h] in crowds for h in heads)


def _protest_purpose(verb: int, view: SentenceView, purposes: frozenset[str]) -> bool:
    """Whether the verb of gathering has an infinitive of purpose or a participle that is a verb of protest
    ("gathered outside the ministry to protest against the cuts", "gathered in the square chanting slogans")."""
    return any(view.deps[k] in PURPOSE_DEPS and view.words[k] in purposes for k in view.children[verb])
