"""Reading a sentence's phrase view in the coder's tests: its clauses by verb form, its noun phrases' heads; and the
records of one sentence under a profile (`triples`, with the `petrarch2` fixture of conftest.py)."""
from __future__ import annotations

import datetime

from communique.coder import code_sentence
from communique.coder.phrases import phrase_view

DAY = datetime.date(2012, 6, 1)


def triples(nlp, coder, text, day=DAY):
    """The sorted (source, target, CAMEO) records of the first sentence of `text`; `coder` is (profile, knowledge)."""
    profile, knowledge = coder
    sent = next(iter(nlp(text).sents))
    return sorted((r.source, r.target, r.code) for r in code_sentence(sent, day, knowledge, profile))


def view_of(nlp, text):
    return phrase_view(next(iter(nlp(text).sents)))


def clause(view, form):
    found = [c for c in view.clauses.values() if c.form == form]
    assert found, (form, [c.form for c in view.clauses.values()])
    return found[0]


def heads(view, nps):
    return [view.words[np.head] for np in nps]
