"""Coordinated verbs of one subject share the recipient one of them names (profile switch `conjunct_targets`).

"Xland killed three Yland soldiers and wounded four others", "Xland recognised and established relations
with Yland": the conjuncts share their subject (spec §4.1, a coordinated VP: a bare conjunct inherits v1's
subject), and a conjunct that leaves its object to the context (none of its own, a pronoun, an elliptic
"four others", "three more") acts on the recipient its sibling names; one with an object of its own that
names no actor ("kidnapped sixteen advisers") keeps its own reading. PETRARCH-2 codes each conjunct with its own lower set
only (spec E12) and, needing both actors, drops the conjunct with none; communique keeps an event with no
target, so the same act is written twice, once without its recipient. Here such a record takes the target
of a conjoined record with the same source and the same PLOVER type (the same kind of act: a killing and a
wounding are one assault; "attacked Yland and withdrew" keeps the withdrawal as it is), and a record that
then repeats another is dropped.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..codes import UnknownCameoCode, plover_for
from ..errors import DataFileError
from .phrases import SentenceView

STEP = "addition: a conjoined verb's target"
# the English quantifiers that stand for a noun phrase left out ("four others", "three more", "several")
ELLIPTIC_WORDS = frozenset({"OTHERS", "OTHER", "MORE", "SEVERAL", "MANY", "SOME", "FEW", "DOZENS", "SCORES",
                            "HUNDREDS", "THOUSANDS", "BOTH", "ALL", "REST"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def shared_targets(records: Sequence, view: SentenceView) -> list:
    """The records with each target-less one given its conjoined sibling's target (see the module docstring)."""
    if all(r.target for r in records):
        return list(records)
    out: list = []
    for record in records:
        if not record.target and _bare(view, record.verb) and _elliptic(view, record.target_tokens):
            chain = _chain(view, record.verb)
            kind = _kind(record.code)
            sibling = next((o for o in records if o.target and o.source == record.source and o.verb != record.verb
                            and _bare(view, o.verb) and _chain(view, o.verb) == chain and _kind(o.code) == kind),
                           None)
            if sibling is not None:
                record = replace(record, target=sibling.target, target_tokens=sibling.target_tokens,
                                 steps=tuple(record.steps) + (STEP,))
        if not any((o.source, o.target, o.code) == (record.source, record.target, record.code) for o in out):
            out.append(record)
    return out


def _elliptic(view: SentenceView, tokens: tuple[int, ...]) -> bool:
    """Whether a record's target phrase leaves its referent to the context: none at all (an object shared
    with the sibling, "ties with and an embassy in Yland"), a pronoun, a bare number or an elliptic
    quantifier ("wounded four others", "three more", "held them"); a phrase of its own that names no
    actor ("kidnapped sixteen advisers") keeps its own reading."""
    heads = view.phrase_heads(tokens)
    if not heads:
        return True
    return all(view.tags[h] in ("PRP", "CD") or view.words[h] in ELLIPTIC_WORDS for h in heads)


def _bare(view: SentenceView, verb: int) -> bool:
    """Whether `verb` shares its coordination's subject: the first verb, or a conjunct with no subject of
    its own (a conjunct with one is a coordinated clause, spec §4.1, and names its own actors)."""
    if view.deps[verb] != "conj":
        return True
    return not any(view.deps[c] in SUBJECT_DEPS for c in view.children[verb])


def _chain(view: SentenceView, verb: int) -> int:
    """The first verb of the coordination `verb` is a conjunct of (itself where it is none)."""
    heads, deps = view.heads, view.deps
    seen = 0
    while deps[verb] == "conj" and heads[verb] != verb and seen < 50:
        verb, seen = heads[verb], seen + 1
    return verb


def _kind(code: str) -> str | None:
    try:
        return str(plover_for(code)["type"])
    except (UnknownCameoCode, DataFileError):  # a code with no PLOVER row: no kind, shares nothing
        return None
