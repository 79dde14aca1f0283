"""Coordinated verbs of one subject read that subject as a single verb does (profile `communique`, switch
`coordinated_subjects`).

A verb's record carries the tokens of its subject (`Event.source_hint`) even where PETRARCH-2's dictionaries read
no actor from them ("he", "the two leaders", a name they lack), so that the document's own actors (`document_actors`:
coreference of pronouns and surnames) or, in a sentence read alone, `kind_subjects` can name its source. Verbs
coordinated under one subject ("He accused the opposition of plotting a coup and vowed to crush ...", "They
discussed ways to ease tensions and agreed to keep in contact") are each composed without an upper (compose.py
`_coordination`), and the coordination level, which has the subject, passes their records up unchanged where it
reads no actor: the subject's tokens are lost, and each record is dropped for naming no actor on either side,
though the same verb alone keeps its subject. `unread_subjects` already hands a name the dictionaries lack down
to them; this hands down the subjects it leaves, a pronoun or a phrase a possessive pronoun owns ("he", "they",
"their leaders"), where the dictionaries read no actor from it, to a record of a verb that shares it:
the verb itself or one reached from it through verbs with no subject of their own (a conjunct, an infinitive),
never a conjunct or a complement with its own subject ("he criticised the plan and Turkey recalled its envoy").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .phrases import Clause, SentenceView
from .unread_subjects import unread_subject

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
COORDINATED_SUBJECT_STEP = "addition: a coordinated verb shares its subject's tokens (coordinated_subjects)"


def with_shared_subject(view: SentenceView, clause: Clause, events: Sequence, subject: tuple[int, ...],
                        passive: str) -> list:
    """`events` of a coordination `clause` whose subject tokens are `subject`, each record that names no source, has
    no subject tokens of its own and whose verb shares the coordination's subject given those tokens."""
    if not subject or clause.passive or unread_subject(view, subject):  # a name: unread_subjects' own
        return list(events)
    return [replace(e, source_hint=subject, steps=e.steps + (COORDINATED_SUBJECT_STEP,))
            if _unsourced(e, passive) and _shares_subject(view, e.verb, clause.verb) else e for e in events]


def _unsourced(event, passive: str) -> bool:
    return hasattr(event, "source_hint") and not event.sources and not event.source_hint and event.target != passive


def _shares_subject(view: SentenceView, verb: int, top: int) -> bool:
    """Whether the token `verb` is `top` or under it through tokens none of which has a subject of its own."""
    seen: set[int] = set()
    k = verb
    while k != top:
        if k in seen or not 0 <= k < len(view.heads) or view.heads[k] == k:
            return False
        if any(view.deps[c] in SUBJECT_DEPS for c in view.children[k]):
            return False
        seen.add(k)
        k = view.heads[k]
    return True
