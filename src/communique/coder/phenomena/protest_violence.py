"""Force or coercion by those named as protesters is the protest (profile `communique`, switch `protester_acts`).

"Protesters set fire to the ministry", "demonstrators clashed with riot police", "rioters looted shops": the
dictionary codes the verb's act (180, 190, 1712), so the event read an assault by civilians. The CAMEO codebook
has a code for exactly this, 145 "Protest violently, riot" (PLOVER PROTEST, mode riot), and for protesters
who occupy or blockade a place, 144 "Obstruct passage, block" (PLOVER PROTEST obstruct). A record whose every
source phrase is headed by a noun of protesters (data/coder_protester_nouns.tsv: "protesters", "demonstrators",
"rioters") and whose code is of force (18, 19 but 191-192, 20; 171x damage to property) is recoded 145; an
occupation or a blockade (191, 192; and 170 "Coerce", the default of BLOCK's block, session 15: "protesters
blocked the main avenue") 144, written 140 as PETRARCH-2's code table has no 141-144 (see
data/coder_additions_objects.tsv). The target stays: the riot's object (police, the parliament). An act by a
group not named by its protest ("students", "a crowd") is left as the dictionary codes it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import upper_words
from ..cameo_roots import FORCE_ROOTS
from ..phrases import SentenceView

NOUNS_FILE = "coder_protester_nouns.tsv"
RIOT, OBSTRUCT = "145", "140"
STEP = "addition: force by protesters is the protest (145 riot, 144 obstruct)"
OBSTRUCTIONS = ("191", "192", "170")  # 170: BLOCK's EXCLUDE block default ("protesters blocked the square")
FORCE = FORCE_ROOTS + ("171",)  # the use of force, and 171 (seize or damage property): a riot's destruction


@lru_cache(maxsize=1)
def protester_nouns() -> frozenset[str]:
    return upper_words(NOUNS_FILE, "the coder's protester nouns", columns=2, expected="'NOUN<TAB>what it names'")


def protester_acts(records: Sequence, view: SentenceView) -> list:
    """The records with force by protesters recoded as the protest (see the module docstring)."""
    out = []
    for record in records:
        code = _protest_code(record.code)
        if code and _protesters(view, record.source_tokens):
            record = replace(record, code=code, steps=tuple(record.steps) + (STEP,))
        out.append(record)
    return out


def _protest_code(code: str) -> str | None:
    if code.startswith(OBSTRUCTIONS):
        return OBSTRUCT
    return RIOT if code.startswith(FORCE) else None


def _protesters(view: SentenceView, tokens: tuple[int, ...]) -> bool:
    """Whether the source phrase's head words (the tokens whose head lies outside it) are all nouns of protesters."""
    heads = view.phrase_heads(tokens)
    return bool(heads) and all(view.words[h] in protester_nouns() for h in heads)
