"""The records the coder found and did not output, kept for reports (`records.Document.dropped`): (source code,
target code, CAMEO code, steps), the last step the reason ("drop: no target", "drop: what a request asks for").
"""
from __future__ import annotations

Dropped = tuple[str, str, str, tuple[str, ...]]  # (source, target, CAMEO code, steps)


def dropped_candidate(candidate, reason: str) -> Dropped:
    """A candidate (adapter.EventCandidate) dropped for `reason`: the codes of its first source and first target
    ("" where it has none), its CAMEO code and its steps, the reason last."""
    return (candidate.source[0].code if candidate.source else "", candidate.target[0].code if candidate.target else "",
            candidate.code, candidate.steps + (reason,))
