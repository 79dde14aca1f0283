"""`adjective-particle-read-as-modifier`: a verb's adjective particle read as its object's modifier (a parse
repair, `coder/repairs`).

English has verb-adjective phrases whose adjective comes between the verb and its object ("set FREE twenty
hostages", "cut SHORT the talks", "break OPEN the doors"; the Stanford parser's VP holds the verb, an ADJP and the
NP). The small model reads the adjective as the object's modifier (`amod`), so the verb's pattern (CAMEO's SET
`- * FREE`) and its phrasal verb are missed. An English noun phrase puts its determiner, possessive and numeral
before its adjectives ("twenty free hostages", never "free twenty hostages"): an adjective right after a verb,
labelled the modifier of the verb's direct object, with a determiner, possessive or numeral of that object after
it, is no modifier of the noun but the verb's, as the model labels it where it reads it right (`advmod`). Adjectives
that do come before a numeral ("an ADDITIONAL 500 troops", "the OTHER two", "a FURTHER 30") are left alone.
"""
from __future__ import annotations

from .tree import Tree, attempt, is_verb

DETERMINER_LABELS = frozenset({"det", "predet", "poss", "nummod"})
DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "WP$"})
# Adjectives English puts before a numeral in a noun phrase (quantity, order and "other"): not particles.
BEFORE_NUMERALS = frozenset("""ADDITIONAL EXTRA FURTHER OTHER ANOTHER MORE MOST MANY FEW SEVERAL LAST NEXT FIRST
SECOND THIRD ONLY WHOLE ENTIRE ESTIMATED TOTAL MERE SOME GOOD FULL PAST PREVIOUS RECENT REMAINING FINAL BEST
""".split())


def adjective_particle(tree: Tree, a: int) -> bool:
    """Adjective a (JJ, `amod`) right after its clause's verb, before a determiner or numeral of its head noun."""
    v, n, d = a - 1, tree.heads[a], a + 1
    if (tree.tags[a] != "JJ" or tree.deps[a] != "amod" or v < tree.start or n <= d or tree.deps[n] != "dobj"
            or tree.heads[n] != v or not is_verb(tree, v) or not tree.tags[v].startswith("VB")
            or tree.words[a] in BEFORE_NUMERALS):
        return False
    if tree.tags[d] not in DETERMINER_TAGS or tree.deps[d] not in DETERMINER_LABELS or tree.heads[d] != n:
        return False
    if not all(_within(tree, c, n) for c in range(d, n)):
        return False  # the words between are the object's noun phrase

    def change(t: Tree) -> None:
        t.heads[a], t.deps[a] = v, "advmod"

    return attempt(tree, "adjective-particle-read-as-modifier", change)


def _within(tree: Tree, i: int, n: int) -> bool:
    j, steps = i, 0
    while j != n and tree.heads[j] != j and steps <= tree.end - tree.start:
        j, steps = tree.heads[j], steps + 1
    return j == n
