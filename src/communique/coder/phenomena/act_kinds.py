"""An agent premodifier of a noun of an act or of help names the act's kind, not a participant (profile
`communique`, switch `act_kinds`; the nouns in data/coder_act_kind_nouns.tsv, read by `act_kind_nouns`).

CAMEO.2.0.txt reads such phrases as one thing where a pattern braces them ({&MILITARY AID}, {&MILITARY EXERCISES});
where none matched, PETRARCH-2's lower set (spec §4.5) mixes the agent into the target: "sent military aid to
Yland" YLDMIL, "asked Yland for military aid" YLDMIL. Here the object's (or the PP object's) agents that its own
words give are dropped: the phrase gives its PPs' actors where they name one ("military aid to Yland": YLD),
no codes where nothing names an actor ("held joint military exercises", "asked Yland for military aid"); a
phrase whose own words name an actor, or give no agent, keeps its meaning ("Yland's military aid", "support
for the opposition").
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import upper_words
from ..actors.arithmetic import split_codes

ACT_KINDS_FILE = "coder_act_kind_nouns.tsv"


@lru_cache(maxsize=1)
def act_kind_nouns() -> frozenset[str]:
    """Nouns whose agent premodifiers name the act's kind ("military aid"; data/coder_act_kind_nouns.tsv):
    such an object with agents and no actor gives no codes (profile switch `act_kinds`, read by
    lower_sets.LowerSets._lower_codes)."""
    return upper_words(ACT_KINDS_FILE, "the act-kind nouns")


def kind_named(reader, np, found: list[str]) -> list[str]:
    """The meaning `found` of noun phrase `np` (headed by a noun of an act or of help) without the agents its own
    words give, which name the act's kind; `reader` is the sentence's NounReader. A phrase whose own words give an
    actor, or no agent, keeps its meaning ("Yland's military aid", "support for the opposition")."""
    actors, agents = split_codes(reader.scan([reader.view.words[i] for i in np.words]))
    if actors or not agents:
        return found
    from_pps = [code for pp in np.pps for code in reader.pp_meaning(pp)]
    if split_codes(from_pps)[0]:
        return from_pps
    return found if split_codes(found)[0] else []
