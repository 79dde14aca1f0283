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
group not named by its protest ("students", "a crowd") is left as the dictionary codes it, unless (session 32) what
it throws is a riot's missile: a record of force whose verb's direct object is one of the missiles of
data/coder_riot_missiles.tsv ("youths threw stones at police", "supporters of the party hurled petrol bombs at the
parliament") and none of whose sources has an armed actor's role (the table's kind armed: soldiers or rebels
throwing firebombs attack) is the riot, 145.
A boycott by a population (session 35, branch p10read35): a record of 163 "Impose embargo, boycott, or sanctions"
whose every source phrase is headed by a noun of data/coder_boycotting_populations.tsv ("consumers", "shoppers",
"residents") is the codebook's 143 "Conduct strike or boycott" (PLOVER PROTEST, mode boycott): "Chinese consumers
boycotted Japanese cars" is a protest, not a state's embargo; a state or a party boycotting keeps 163.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words, upper_words
from ..cameo_roots import FORCE_ROOTS
from ..phrases import SentenceView

NOUNS_FILE = "coder_protester_nouns.tsv"
MISSILES_FILE = "coder_riot_missiles.tsv"
POPULATIONS_FILE = "coder_boycotting_populations.tsv"
EMBARGO, BOYCOTT = "163", "143"  # a state's embargo or boycott; a population's boycott, a protest
RIOT, OBSTRUCT = "145", "140"
STEP = "addition: force by protesters is the protest (145 riot, 144 obstruct)"
BOYCOTT_STEP = "addition: a population's boycott is a protest (143), not a state's embargo (163)"
OBSTRUCTIONS = ("191", "192", "170")  # 170: BLOCK's EXCLUDE block default ("protesters blocked the square")
FORCE = FORCE_ROOTS + ("171",)  # the use of force, and 171 (seize or damage property): a riot's destruction


@lru_cache(maxsize=1)
def protester_nouns() -> frozenset[str]:
    return upper_words(NOUNS_FILE, "the coder's protester nouns", columns=2, expected="'NOUN<TAB>what it names'")


@lru_cache(maxsize=1)
def _missiles_table() -> dict[str, frozenset]:
    """kind -> its rows: `missile` the missiles' words as tuples, `armed` the armed actors' role codes."""
    return kinded_words(data_path(MISSILES_FILE), "the coder's riot missiles", ("missile", "armed"),
                        rows={"missile": lambda words: [tuple(words)]})


def protester_acts(records: Sequence, view: SentenceView) -> list:
    """The records with force by protesters recoded as the protest (see the module docstring)."""
    out = []
    for record in records:
        code = _protest_code(record.code)
        if code and (_protesters(view, record.source_tokens) or (code == RIOT and _thrown_missiles(view, record))):
            record = replace(record, code=code, steps=tuple(record.steps) + (STEP,))
        elif record.code == EMBARGO and _headed_by(view, record.source_tokens, boycotting_populations()):
            record = replace(record, code=BOYCOTT, steps=tuple(record.steps) + (BOYCOTT_STEP,))
        out.append(record)
    return out


def _protest_code(code: str) -> str | None:
    if code.startswith(OBSTRUCTIONS):
        return OBSTRUCT
    return RIOT if code.startswith(FORCE) else None


@lru_cache(maxsize=1)
def boycotting_populations() -> frozenset[str]:
    return upper_words(POPULATIONS_FILE, "the coder's boycotting populations", columns=2,
                       expected="'NOUN<TAB>what it names'")


def _protesters(view: SentenceView, tokens: tuple[int, ...]) -> bool:
    """Whether the source phrase's head words (the tokens whose head lies outside it) are all nouns of protesters."""
    return _headed_by(view, tokens, protester_nouns())


def _headed_by(view: SentenceView, tokens: tuple[int, ...], nouns: frozenset[str]) -> bool:
    """Whether the source phrase's head words (the tokens whose head lies outside it) are all of `nouns`."""
    heads = view.phrase_heads(tokens)
    return bool(heads) and all(view.words[h] in nouns for h in heads)


def _thrown_missiles(view: SentenceView, record) -> bool:
    """Whether the record's verb has a riot's missile as its direct object ("threw stones", "hurled petrol bombs")
    and none of its sources an armed actor's role (data/coder_riot_missiles.tsv); a source the text names by no
    actor ("youths") has none."""
    table = _missiles_table()
    sources = [code for code in record.source.split(",") if code] if isinstance(record.source, str) \
        else list(record.source)
    if any(code[:3] in table["armed"] or
                          any(code[k:k + 3] in table["armed"] for k in range(3, len(code), 3)) for code in sources):
        return False
    for k in view.children[record.verb]:
        if view.deps[k] == "dobj":
            words = tuple(view.words[i] for i in view.children[k] if view.deps[i] == "compound" and i < k) \
                + (view.words[k],)
            if any(words[-len(m):] == m for m in table["missile"]):
                return True
    return False
