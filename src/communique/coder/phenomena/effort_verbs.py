"""A verb of fighting over a to-infinitive tells an effort, not a fight (profile `communique`, switch `effort_verbs`;
session 35, branch c22read35).

"Hospitals struggled to cope with the wounded", "the president is struggling to form a government", "police
struggled to disperse the crowd": CAMEO.2.0.txt files STRUGGLE with FIGHT and CLASH (190, "Use conventional military
force"), its sense a fight with an opponent ("the army struggled against the rebels"), and with a to-infinitive
PETRARCH-2 keeps that code over an uncoded complement ("struggling to form a government" was the president fighting
his own government, 190) or loses the complement's act under it. English uses the verb there as a verb of effort
(as TRY, which has no code, so its complement is the event: "tried to contain the outbreak"). Where no pattern of
the verb matched and it governs a to-infinitive with no subject of its own (`xcomp`), the verb has no code (0): its
complement is coded as TRY's is, and an uncoded complement leaves no event. The verbs: data/coder_effort_verbs.tsv.
Not changed: the verb with an object or a PP of its own that a pattern reads ("struggled against the rebels"), with
no infinitive, verbs whose infinitive may be the fight itself (BATTLE, FIGHT: "troops battled to retake the town").
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import upper_words
from .silent_verbs import verb_forms

NAME = "coder_effort_verbs.tsv"
STEP = "addition: a verb of fighting over a to-infinitive, an effort: no code of its own (effort_verbs)"


@lru_cache(maxsize=1)
def effort_forms() -> frozenset[str]:
    """Every form of the verbs of effort (data/coder_effort_verbs.tsv)."""
    lemmas = upper_words(NAME, "the verbs of fighting used as verbs of effort")
    return frozenset(f for lemma in lemmas for f in (lemma, *verb_forms(lemma)))


def effort_infinitive(view, cl) -> bool:
    """Whether the clause `cl`'s verb is one of effort and governs a to-infinitive with no subject of its own."""
    if cl.form not in effort_forms():
        return False
    return any(view.deps[c] == "xcomp" and view.tags[c] == "VB"
               and any(view.deps[a] == "aux" and view.words[a] == "TO" for a in view.children[c])
               and not any(view.deps[s] in ("nsubj", "nsubjpass") for s in view.children[c])
               for c in view.children[cl.verb])
