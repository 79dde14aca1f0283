"""A thing faced is no meeting (profile `communique`, switch `faced_things`; session 35, branch c22read35).

CAMEO.2.0.txt files FACE, CONFRONT, ENCOUNTER and BRAVE in its block MEET_PEOPLE, whose code is 040 "Consult, not
specified below": a meeting of people ("the president faced the opposition leader in a televised debate"). Its
patterns read the things faced that are another's act done to the subject (FACE * CHARGE [:112], PRESSURE [:100],
CRITICISM [:111], THREAT [:130]; the additions' ACCUSATION, CONDEMNATION, CONSEQUENCES, REVENGE) or a state of
affairs (PROBLEM, COUP [012]); any other thing faced kept the block's meeting, so "Kenya faces a severe drought",
"the government faces a difficult choice" and "the party faced an uphill battle" were consultations, with no one
consulted. Where no pattern matched, the verb is one of facing (data/coder_faced_things.tsv), the clause is active
and none of its objects names an actor, the clause has no code (0, PETRARCH-2's "no event", spec §4.7): the
statement of whoever reports it stays. Not changed: an object that names an actor ("faced the opposition leader"),
a pattern's reading, the block's other verbs (meet, contact: their people are often named by a noun no dictionary
reads), a passive ("was confronted by protesters"), the content clause of a verb other than one of saying (data/coder_stance_words.tsv's
`reporting` verbs: "said", "told"): "warned that Yland would face sanctions" is a warning addressed to Yland by the
report's reading (`reported_targets`), which needs the content's record.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import upper_words
from .silent_verbs import verb_forms
from .stance_complements import stance_words

NAME = "coder_faced_things.tsv"
CONTENT = "ccomp"  # a content: of a verb of saying, read; of another ("warned that Yland would face sanctions"), left
STEP = "addition: a verb of facing whose object names no actor, no meeting (faced_things)"


@lru_cache(maxsize=1)
def facing_forms() -> frozenset[str]:
    """Every form of the verbs of facing (data/coder_faced_things.tsv)."""
    lemmas = upper_words(NAME, "the verbs of facing")
    return frozenset(f for lemma in lemmas for f in (lemma, *verb_forms(lemma)))


def faced_thing(view, cl, meaning) -> bool:
    """Whether the active clause `cl`, its verb one of facing and no content of a verb other than one of saying
    (module docstring), has objects and none names an actor (`meaning(np)`,
    the noun reader's codes of a noun phrase, is empty for each; module docstring)."""
    return cl.form in facing_forms() and not cl.passive and bool(cl.objects) \
        and (cl.dep != CONTENT or cl.governor is None or view.words[cl.governor] in stance_words()["reporting"]) \
        and not any(meaning(np) for np in cl.objects)
