"""An act of force told as not done, with no actor named, is no event (profile `communique`, switch `undone_force`).

`agentless_material_conflict` keeps an act of force whose doer the sentence does not name ("a roadside bomb killed
three soldiers"): the act is the news. An act told as NOT done is no news of force: "the reform would be carried
out without harming food security", "police dispersed the crowd without firing a single shot", "the town was
retaken without killing any civilians", "the protesters did not damage any property". The dictionary codes the
verb (HARM 180, FIRE 190, KILL ...), and with no actor read the record was kept with an unidentified source, so a
negated act could become the sentence's main event, over the statement that told it. A record of force whose verb
is the object of "without" (the gerund of a PP), or has a negation of its own ("not", "never"), is not given an
unidentified source: it is dropped for want of one, as PETRARCH-2 drops it. An act of force with a named doer
keeps PETRARCH-2's own negation arithmetic (coder/transform.py); this module reads only the agentless records.

Session 37 (branch psweep37): the same for the gerund of a verb of avoiding or stopping short
(data/coder_averting_phrases.tsv): "the rebels refrained from attacking the town", "Washington stopped short of
imposing sanctions", "the bloc held off on imposing a ban". The gerund's act was not done; with no actor read for
it, it was kept as an act of force by someone unnamed.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...data_files import data_path, tsv_rows

NEGATING_PREPOSITIONS = frozenset({"without"})
NEGATIONS = frozenset({"not", "n't", "never"})
AVERTING_FILE = "coder_averting_phrases.tsv"
NO_WORD = "-"
VERB_LINKS = frozenset({"prt", "advmod", "acomp", "dobj"})  # "held off", "stopped short", "steered clear"
VERB_TAGS = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def averting_phrases() -> frozenset[tuple[str, str, str]]:
    """(verb lemma, particle or adverb or "-", preposition) of each row of data/coder_averting_phrases.tsv."""
    rows = tsv_rows(data_path(AVERTING_FILE), "the averting phrases", 3, header=True)
    return frozenset(tuple(field.strip().lower() for field in fields) for _, fields in rows)


def averted_gerund(doc: Doc, verb: int) -> bool:
    """Whether the verb at token `verb` is the gerund of a preposition whose verb, with the particle or adverb the
    table names, avoids or stops short of the act: "refrained from attacking", "stopped short of imposing"."""
    token = doc[verb]
    preposition = token.head
    if token.dep_ != "pcomp" or preposition.dep_ != "prep":
        return False
    anchor = preposition.head  # the verb ("refrained from"), or its adverb ("stopped short of")
    if anchor.pos_ in VERB_TAGS:
        head, words = anchor, {c.lower_ for c in anchor.children if c.dep_ in VERB_LINKS} | {NO_WORD}
    elif anchor.dep_ in VERB_LINKS and anchor.head.pos_ in VERB_TAGS:
        head, words = anchor.head, {anchor.lower_}
    else:
        return False
    return any((head.lemma_.lower(), word, preposition.lower_) in averting_phrases() for word in words)


def told_as_undone(doc: Doc, verb: int) -> bool:
    """Whether the verb at token `verb` is told as not done: the gerund object of "without" ("without firing a
    shot") or of a verb of avoiding ("refrained from firing"), or a verb with its own negation ("did not fire",
    "never fired")."""
    token = doc[verb]
    if token.dep_ == "pcomp" and (token.head.lower_ in NEGATING_PREPOSITIONS or averted_gerund(doc, verb)):
        return True
    return any(child.dep_ == "neg" and child.lower_ in NEGATIONS for child in token.children)
