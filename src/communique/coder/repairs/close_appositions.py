"""A parse repair of long wire sentences (`coder/repairs` runs it), found by the PETRARCH-2 long-sentence
census (tests/coder/censuses/petr2_long_census.jsonl, docs/evaluation.md "The PETRARCH-2 long-sentence census
(session 15)"):

* `close-apposition-misattached` - a name that follows a singular common noun with no comma between ("the
  Islamist sect Boko Haram", "the rebel movement Seleka") is a close apposition of that noun: English puts
  the name right after the noun it names. The small model often hangs the name elsewhere when the noun is
  the object of a preposition inside a subject ("gunmen from the Islamist movement Hamas fired ..."): as a
  second subject of the verb (a clause has one subject; two are coordinated, not juxtaposed) or as an
  apposition of the subject's head across the preposition. The name becomes the noun's apposition, so the
  subject is "gunmen from [the movement Hamas]", as a constituency parse reads it.

The conditions name what a correct parse cannot have: two subjects of one verb with no coordinator, or an
apposition that skips the noun right before it. A name after a comma ("the head of the agency, Yukiya Amano,")
is a loose apposition and left alone, as are days and months ("the ministry Tuesday said") and a noun without
"the" ("Accusations of preparing for war Tbilisi accuses ...": a headline run into the sentence).
"""
from __future__ import annotations

from .tree import SUBJECT_DEPS, Tree, is_tree, attempt, children_of, subtree_of

NAME_TAGS = frozenset({"NNP", "NNPS"})
DATE_WORDS = frozenset("""MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY JANUARY FEBRUARY MARCH APRIL MAY
JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER""".split())
MISATTACHED_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})
NAME = "close-apposition-misattached"


def repair_close_appositions(tree: Tree) -> None:
    """Make the repair wherever it applies in the sentence's tree (a broken one is left as it is)."""
    names = [a for a in range(tree.start, tree.end)
             if tree.deps[a] in MISATTACHED_DEPS and tree.tags[a] in NAME_TAGS and tree.words[a] not in DATE_WORDS]
    if names and is_tree(tree):
        for a in names:
            _close_apposition(tree, a)


def _close_apposition(tree: Tree, a: int) -> bool:
    span = subtree_of(tree, a)
    o = min(span) - 1
    if o < tree.start or tree.tags[o] != "NN" or tree.deps[o] != "pobj" or tree.heads[a] == o:
        return False  # the name does not follow a singular common noun that is a preposition's object
    if not any(tree.deps[d] == "det" and tree.words[d] == "THE" for d in children_of(tree, o)):
        return False  # a close apposition names a definite noun: "the sect Boko Haram", not "for war Tbilisi"
    h = tree.heads[a]
    if tree.deps[a] == "appos":
        if not (h < o and o in subtree_of(tree, h)):
            return False  # an apposition of a noun before the phrase: only one that skips the noun is wrong
    else:
        subjects = [s for s in children_of(tree, h) if tree.deps[s] in SUBJECT_DEPS and s != a]
        if not any(s < a and o in subtree_of(tree, s) for s in subjects):
            return False  # the name is the verb's only subject

    def change(t: Tree) -> None:
        t.heads[a], t.deps[a] = o, "appos"

    return attempt(tree, NAME, change)
