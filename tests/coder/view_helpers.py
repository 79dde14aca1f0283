"""Reading a sentence's phrase view in the coder's tests: its clauses by verb form, its noun phrases' heads."""
from __future__ import annotations

from communique.coder.phrases import phrase_view


def view_of(nlp, text):
    return phrase_view(next(iter(nlp(text).sents)))


def clause(view, form):
    found = [c for c in view.clauses.values() if c.form == form]
    assert found, (form, [c.form for c in view.clauses.values()])
    return found[0]


def heads(view, nps):
    return [view.words[np.head] for np in nps]
