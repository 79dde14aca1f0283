"""Verb-level transformations (spec §4.8): the `~` rules of the verb dictionary, matched on an event whose
target is a nested event, with variable binding; and PETRARCH-2's default rule.

The rule table is `VerbDictionary.transformations`:
{outer code: {var: {inner code (-1 = Q): {var: {var: ((x, y, code), line)}}}}}, code a CAMEO string or "Q".
"""
from __future__ import annotations

from .codes import to_internal

Q = -1


def match_rule(table: dict, outer_code: int, outer_sources: tuple, inner_code: int, inner_sources: tuple,
               inner_target) -> tuple[tuple, object, int, int] | None:
    """(sources, target, code, line) of the rule that fits, or None. `target` may be a tuple of actors."""
    q = None
    node = _code_key(table, outer_code)
    if node is None and Q in table:
        node, q = table[Q], outer_code
    if node is None:
        return None
    bound: dict[str, object] = {}
    node = _bind(node, tuple(outer_sources), bound)
    if node is None:
        return None
    step = _code_key(node, inner_code)
    if step is None and Q in node:
        step, q = node[Q], inner_code
    if step is None:
        return None
    node = _bind(step, tuple(inner_sources), bound)
    if node is None:
        return None
    leaf = _bind(node, inner_target, bound)
    if leaf is None:
        return None
    (x, y, code_text), line = leaf
    code = q if code_text == "Q" else to_internal(code_text)
    if code is None:
        return None
    sources = bound.get(x, ())
    sources = tuple(sources) if isinstance(sources, tuple) else (sources,)
    return sources, bound.get(y, ""), code, line


def default_applies(outer_sources, outer_code: int, inner_sources, inner_code: int) -> bool:
    """The default rule: outer sources and code, an inner event with sources and a code in 0..0xFFF."""
    return bool(outer_sources) and outer_code != 0 and bool(inner_sources) and 0 <= inner_code <= 0xFFF


def _code_key(node: dict, code: int):
    """The child of the first key among code, and code with its last 1, 2, 3 hex digits zeroed."""
    if code in node:
        return node[code]
    if code > 0:
        for mask in (0xFFF0, 0xFF00, 0xF000):
            if code & mask in node:
                return node[code & mask]
    return None


def _bind(node: dict, value, bound: dict):
    """Follow the variable already bound to `value`; `_` for no actor; else bind the first unbound variable
    in reverse sorted order; else follow `.`. No backtracking."""
    for var, val in bound.items():
        if val == value:
            return node.get(var)
    if value in ((), "", None):
        return node.get("_")
    for var in sorted((k for k in node if isinstance(k, str) and k not in (".", "_")), reverse=True):
        if var not in bound:
            bound[var] = value
            return node[var]
    return node.get(".")
