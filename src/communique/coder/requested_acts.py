"""The candidates of a sentence less the acts a request asks for: appeals, intents, demands and threats (CAMEO 02,
03, 10, 13) tell what they ask for, intend or threaten as their content, not an event that happened ("Ukraine
demanded that Russia withdraw its troops": no withdrawal). The adapter (`adapter.sentence_candidates`) runs both
steps on the candidates it built:

1. `without_request_complements` (always): a candidate in the complement (ccomp, xcomp) of another candidate coded
   as a request is its content; the profile communique codes complements with their own subject as clauses of
   their own (`main_clause_only` off), so that content comes out as an event of its own otherwise;
2. `without_requested` (switch `request_contents`): a candidate in the irrealis content of a word of requesting
   that need not be coded itself (a participle, a noun of request), as coder/contents.py finds it.
"""
from __future__ import annotations

from typing import Sequence, TypeVar

from spacy.tokens import Doc, Span

from .cameo_roots import FUTURE_ACT_ROOTS
from .contents import request_words, requested
from .drops import dropped_candidate

REQUESTED_DROP = "drop: what a request asks for (contents.py)"
CONTENT_LINKS = frozenset({"ccomp", "xcomp"})

C = TypeVar("C")  # adapter.EventCandidate: trigger, code, source, target, steps


def without_request_complements(doc: Doc, candidates: Sequence[C]) -> list[C]:
    """The candidates whose trigger is not in the complement of another one's appeal, intent, demand or
    threat (the profile communique codes complements with their own subject as clauses of their own)."""
    framing = {c.trigger for c in candidates if c.code[:2] in FUTURE_ACT_ROOTS}
    if not framing:
        return list(candidates)
    kept = []
    for c in candidates:
        token = doc[c.trigger]
        while token.dep_ in CONTENT_LINKS and token.head.i != token.i and token.head.i not in framing:
            token = token.head
        if not (token.dep_ in CONTENT_LINKS and token.head.i in framing and token.head.i != c.trigger):
            kept.append(c)
    return kept


def without_requested(doc: Doc, sentence: Span, candidates: Sequence[C], verbs, dropped: list | None) -> list[C]:
    """The candidates whose trigger is not what a word of requesting (a coded candidate's or one the
    dictionary or the request nouns name) asks for (switch `request_contents`, coder/contents.py). A candidate
    coded as an appeal, intent, demand or threat is the request itself ("decided to approve": 030), and one
    the engine composed through the request's own verb is PETRARCH's reading of it ("want to inspect": 090,
    by the transformation rules), kept. A dropped candidate is appended to `dropped` (drops.py)."""
    framing = request_words(sentence, verbs) | {c.trigger for c in candidates if c.code[:2] in FUTURE_ACT_ROOTS}
    kept = []
    for c in candidates:
        asker = requested(doc[c.trigger], framing - {c.trigger}) if c.code[:2] not in FUTURE_ACT_ROOTS else None
        if asker is not None and not any(step.startswith(f"verb: {doc[asker].text.upper()} ") for step in c.steps):
            if dropped is not None:
                dropped.append(dropped_candidate(c, REQUESTED_DROP))
            continue
        kept.append(c)
    return kept
