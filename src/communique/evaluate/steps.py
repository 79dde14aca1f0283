"""Which step of the coder lost a missed gold event: pattern, role, actor or composition.

The coder works in steps (spec §4): a verb's code from the dictionary and its patterns, the roles
(source from the upper, target from the lower), each role's actor code from its noun phrase, and the
composition of nested clauses (code arithmetic, transformation rules, nesting). A missed gold triple
(source, target, code) is put down to the first step whose result differs from the gold, read from what
was output for the sentence and the steps each output record went through (`EventMention.steps`,
`Document.dropped`):

| step | the output has ... |
|---|---|
| `role` | an event with the gold's code (or type) that lacks the side the gold has, or one the engine dropped for lacking it |
| `actor` | an event with the gold's code and both sides, but another actor code on one side |
| `composition` | the gold's actors with another code, reached through a nested clause (combine, transformation, nesting), or a nested event that was dropped |
| `pattern` | the gold's actors with another code from the verb itself, or nothing the engine could code (no verb code, no pattern) |
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

STEPS = ("pattern", "role", "actor", "composition")
# the engine's steps (coder/compose.py) that compose clauses: nesting (rule N), flattening with code
# arithmetic (rule F), the transformation rules and the default rule, communique's composed codes
COMPOSITION_MARKS = ("nest:", "flatten:", "transform:", "addition: composed", "addition content")


@dataclass(frozen=True)
class Coded:
    """One output (or dropped) record as the report compares it: sides as the measure reads them."""
    source: str | None
    target: str | None
    code: str
    steps: tuple[str, ...] = ()
    dropped: bool = False


def lost_at(gold: tuple[str | None, str | None, str], coded: Sequence[Coded],
            same_code: Callable[[str, str], bool] = str.__eq__) -> str:
    """The step that lost `gold`, from the records coded for its sentence (kept and dropped)."""
    source, target, code = gold
    kept = [c for c in coded if not c.dropped]
    with_code = [c for c in kept if same_code(c.code, code)]
    if with_code:
        if any((source and not c.source) or (target and not c.target) for c in with_code):
            return "role"
        return "actor"
    same_actors = [c for c in kept if (c.source, c.target) == (source, target)]
    if same_actors:
        return "composition" if any(_composed(c) for c in same_actors) else "pattern"
    dropped = [c for c in coded if c.dropped]
    if any(same_code(c.code, code) for c in dropped if not _composed(c)):
        return "role"
    if any(_composed(c) for c in coded):
        return "composition"
    return "pattern"


def _composed(record: Coded) -> bool:
    return any(step.lower().startswith(COMPOSITION_MARKS) for step in record.steps)
