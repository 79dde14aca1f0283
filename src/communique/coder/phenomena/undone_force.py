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
"""
from __future__ import annotations

from spacy.tokens import Doc

NEGATING_PREPOSITIONS = frozenset({"without"})
NEGATIONS = frozenset({"not", "n't", "never"})


def told_as_undone(doc: Doc, verb: int) -> bool:
    """Whether the verb at token `verb` is told as not done: the gerund object of "without" ("without firing a
    shot") or a verb with its own negation ("did not fire", "never fired")."""
    token = doc[verb]
    if token.dep_ == "pcomp" and token.head.lower_ in NEGATING_PREPOSITIONS:
        return True
    return any(child.dep_ == "neg" and child.lower_ in NEGATIONS for child in token.children)
