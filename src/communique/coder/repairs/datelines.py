"""The `dateline` parse repair (`coder/repairs`): a wire story's first sentence often opens with a
dateline, the place it was filed from in capitals with the agency and the date, cut off by a dash or a
colon ("BEIJING (Agency) - Xland accused ...", "LYON: Xland said ..."). It is no part of the sentence's
grammar, but the small parser hangs it on the sentence: as a fronted noun phrase (which PETRARCH-2 reads
as the upper, spec §4.1, so the place and the agency become sources) or as a compound of the subject. The
repair detaches it: its phrase hangs on the root as `dep` (which no phrase reads), and what the parser hung
on it hangs on the root.
"""
from __future__ import annotations

from .tree import Tree, attempt, children_of

SEPARATORS = frozenset({"-", "--", "\u2013", "\u2014", ":"})
STAND_INS = frozenset({"appos", "compound", "dep", "npadvmod"})  # a noun hung on the dateline in its stead
MAX_DATELINE = 12  # tokens: "NEW YORK, Jan. 5 (Agency) -" and the like


def dateline(tree: Tree) -> bool:
    """Detach the sentence's opening dateline, where it has one."""
    start, words, tags = tree.start, tree.words, tree.tags
    if tags[start] != "NNP" or not _capitals(tree, start):
        return False
    end = next((k for k in range(start + 1, min(tree.end - 2, start + MAX_DATELINE))
                if words[k] in SEPARATORS), None)
    if end is None or tree.root <= end or (tree.glued and (tree.glued[end] or tree.glued[end + 1])):
        return False  # "US-Xland talks": a hyphenated word, not a dateline
    texts = [tree.words[k] for k in range(start, end)]
    if any(_lower(tree, k) for k in range(start, end)) or texts.count("(") != texts.count(")"):
        return False  # a dateline holds names, numbers, a month and a parenthesised agency only
    inside = range(start, end + 1)

    def change(t: Tree) -> None:
        old_heads, old_deps = list(t.heads), list(t.deps)
        for k in inside:
            if t.heads[k] not in inside or t.heads[k] == k:
                t.heads[k] = t.root
                t.deps[k] = "punct" if k == end else "dep"
            for c in children_of(t, k):
                if c not in inside:
                    t.heads[c] = t.root
                    if old_heads[k] == t.root and old_deps[c] in STAND_INS:
                        t.deps[c] = old_deps[k]  # "ISTANBUL - Turkey ... urged": Turkey was hung on the
                        # dateline as its apposition, the dateline read as the subject; Turkey takes its role

    return attempt(tree, "dateline", change)


def _capitals(tree: Tree, k: int) -> bool:
    text = tree.texts[k] if tree.texts else ""
    return len(text) >= 3 and text.isalpha() and text.isupper()


def _lower(tree: Tree, k: int) -> bool:
    return bool(tree.texts) and tree.texts[k][:1].islower()
