"""Whether the codes of two event mentions can describe one event (`story_match.py`'s first hard rule): the
same code, one the parent of the other within a root, or both in one group declared in data/story_rules.tsv;
a parent or group code is a doubt."""
from __future__ import annotations

from .story_rules import StoryRules


def code_relation(a: str, b: str, rules: StoryRules, groups_a: frozenset[str] | None = None,
                  groups_b: frozenset[str] | None = None) -> tuple[str, int] | None:
    """(description, doubts) where the codes can describe one event, else None. `groups_a` and
    `groups_b` are `code_groups` of the codes, where the caller has them already."""
    doubts = code_doubts(a, b, rules, groups_a, groups_b)
    if doubts is None:
        return None
    if doubts == 0:
        return f"codes {a}={b}", 0
    ga, gb = _general(a), _general(b)
    if ga[:2] == gb[:2] and (ga.startswith(gb) or gb.startswith(ga)):
        return f"codes {a}~{b}", 1
    groups_a = code_groups(a, rules) if groups_a is None else groups_a
    groups_b = code_groups(b, rules) if groups_b is None else groups_b
    shared = sorted(groups_a & groups_b)
    return f"codes {a}~{b} ({shared[0]})", 1


def code_doubts(a: str, b: str, rules: StoryRules, groups_a: frozenset[str] | None = None,
                groups_b: frozenset[str] | None = None) -> int | None:
    """The doubts `code_relation` counts (0 for the same code, 1 for a parent or group), or None."""
    if not a or not b:
        return None
    if a == b:
        return 0
    ga, gb = _general(a), _general(b)
    if ga[:2] == gb[:2] and (ga.startswith(gb) or gb.startswith(ga)):
        return 1
    if groups_a is None:
        groups_a = code_groups(a, rules)
    if groups_b is None:
        groups_b = code_groups(b, rules)
    return 1 if not groups_a.isdisjoint(groups_b) else None


def code_groups(code: str, rules: StoryRules) -> frozenset[str]:
    """The declared groups a code belongs to (a member's children belong too)."""
    return frozenset(name for name, codes in rules.groups.items() if _in(code, codes))


def is_symmetric(code: str, rules: StoryRules) -> bool:
    return any(code.startswith(prefix) for prefix in rules.symmetric)


def _general(code: str) -> str:
    """A code with its 'not specified below' digit dropped: "020" -> "02", "0256" stays."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def _in(code: str, codes: frozenset[str]) -> bool:
    return any(code.startswith(member) for member in codes)
