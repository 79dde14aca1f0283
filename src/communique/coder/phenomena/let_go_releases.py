"""LET with GO is a release: "let the hostages go", "let go of 54 fishermen" (profile `communique`, switch
`let_go_releases`; session 46, branch yield46).

"Boko Haram let 82 of the kidnapped schoolgirls go", "the kidnappers let the two engineers go after a ransom was
paid", "the navy let go of 54 Indian fishermen": English tells freeing a captive with LET and the bare infinitive GO
(its subject the one freed) or with the phrasal LET GO OF (its object the one freed). CAMEO.2.0.txt has no LET block,
so PETRARCH-2 codes GO alone, whose block reads a trip or a meeting (040 "Consult"), the captor as a consulting side
and the captive as its partner. The CAMEO codebook's 0841 "Return, release person(s)" names the act (PLOVER RETREAT,
release). So a candidate whose verb is GO under LET (spaCy's ccomp or xcomp), or LET itself over such a GO, is 0841:
its source LET's subject (unidentified where it names no
actor: the freed, whom PETRARCH-2 may read as GO's subject, are no doer), its target GO's subject or the object of GO's OF phrase, which must name an actor ("let the
deadline go by" frees no one). GO under another verb ("let's go", "allowed the talks to go ahead" is no LET) and LET over another verb are left as they were.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence, TypeVar

from spacy.tokens import Doc, Token

from ...records import ActorRef
from ..event_candidates import UNIDENTIFIED

RELEASE = "0841"  # Return, release person(s)
COMPLEMENTS = frozenset({"ccomp", "xcomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
STEP = "addition: LET with GO frees its small clause's subject or GO's OF object, 0841 (let_go_releases)"
C = TypeVar("C")  # adapter.EventCandidate: trigger, code, source, target, steps


def with_let_go_releases(doc: Doc, candidates: Sequence[C], refs_at: Callable[[Token], list[ActorRef]]) -> list[C]:
    """The candidates with each act told by LET ... GO read as a release (module docstring)."""
    out = []
    for c in candidates:
        pair = let_go(doc[c.trigger]) if 0 <= c.trigger < len(doc) else None
        if pair is None:
            out.append(c)
            continue
        let, go = pair
        source = subtree_refs([t for t in let.children if t.dep_ in SUBJECTS], refs_at)
        freed = [t for t in go.children if t.dep_ in SUBJECTS] + [
            o for p in go.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        target = subtree_refs(freed, refs_at)
        if not target:
            out.append(c)  # "let the deadline go by": no one freed
            continue
        if any(o.trigger == let.i and o.code == RELEASE for o in out):
            continue  # LET's and GO's readings of one release: once
        kept = [r for r in c.source if all(r.code[:3] != t.code[:3] for t in target)]  # the freed are no doer
        out.append(replace(c, trigger=let.i, code=RELEASE, source=source or kept or [UNIDENTIFIED], target=target,
                           steps=c.steps + (STEP,)))
    return out


def let_go(verb: Token) -> tuple[Token, Token] | None:
    """(LET, GO) where `verb` is GO under LET or LET over GO; None otherwise."""
    if verb.lemma_.lower() == "go" and verb.dep_ in COMPLEMENTS and verb.head.lemma_.lower() == "let":
        return verb.head, verb
    if verb.lemma_.lower() == "let":
        go = next((c for c in verb.children if c.dep_ in COMPLEMENTS and c.lemma_.lower() == "go"), None)
        if go is not None:
            return verb, go
    return None


def subtree_refs(heads: list[Token], refs_at: Callable[[Token], list[ActorRef]]) -> list[ActorRef]:
    """The actors the phrases at `heads` name, each once (by code, in the order met; conceded_acts.py reads the
    parties yielded to with it too)."""
    found: list[ActorRef] = []
    for head in heads:
        for token in head.subtree:
            for ref in refs_at(token):
                if ref.code and all(ref.code != r.code for r in found):
                    found.append(ref)
    return found
