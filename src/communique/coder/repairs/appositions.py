"""The `descriptor-name-apposition` parse repair (`coder/repairs`): a common-noun descriptor followed at
once by a proper name ("the militant group al-Shabab", "the Lebanese group Hezbollah") is one noun phrase
in English, a close apposition, and one NP in the Stanford parses PETRARCH-2 was written for. The small
spaCy model sometimes splits it:

* into two subjects of one verb ("the militant group al-Shabab attacked ...": `group` and `Shabab` both
  `nsubj`), so the clause has two sources, the descriptor's and the name's; or
* into a noun root with a relative clause ("The Lebanese group Hezbollah accused Israel": `group` the root,
  `accused` a `relcl` of it with `Hezbollah` its subject), so the sentence has no clause at all (a
  contact relative clause, "the group Hezbollah backs", modifies a noun of a sentence with a verb of its
  own; a sentence whose only finite verb is such a clause is a main clause misread).

The repair joins the two into one subject: the name becomes the descriptor's apposition (`appos`), the
name's words the parser hung on the descriptor ("al", "-") hang on the name, and in the second case the
verb takes the root's place with the descriptor its subject. Only a proper name right after the
descriptor's words counts (nothing but parts of the name between them: no comma, no conjunction, no
preposition), so a list ("the army, Hezbollah and ...") or a possessive is left alone.
"""
from __future__ import annotations

from .tree import FINITE_TAGS, Tree, take_place, attempt, children_of, subtree_of

DESCRIPTOR_TAGS = frozenset({"NN", "NNS"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def descriptor_name(tree: Tree) -> bool:
    """Join each descriptor and the proper name split from it into one subject; True when one was made."""
    made = False
    deps, tags = tree.deps, tree.tags
    for s in range(tree.start + 1, tree.end):
        if deps[s] in SUBJECTS and tags[s] in NAME_TAGS and _join(tree, s):
            made = True
            deps, tags = tree.deps, tree.tags  # the lists are the tree's own copies now
    return made


def _join(tree: Tree, s: int) -> bool:
    heads, deps, tags = tree.heads, tree.deps, tree.tags
    v = heads[s]
    subjects = [d for d in children_of(tree, v) if d < s and deps[d] in SUBJECTS and tags[d] in DESCRIPTOR_TAGS]
    if not subjects and deps[v] != "relcl":
        return False  # the common case, a name that is the only subject: settled without a subtree walk
    left = min(subtree_of(tree, s))
    subjects = [d for d in subjects if d < left]
    if subjects:
        d, clause_lost = subjects[-1], False
    elif (deps[v] == "relcl" and heads[v] == tree.root and tree.root < s < v and tags[v] in FINITE_TAGS
          and tags[tree.root] in DESCRIPTOR_TAGS):
        d, clause_lost = tree.root, True
    else:
        return False
    between = range(d + 1, left)
    if any(not _name_part(tree, k) or k not in subtree_of(tree, d) for k in between):
        return False
    if max(subtree_of(tree, d), default=d) >= left and not clause_lost:
        return False  # the descriptor's phrase reaches past the name: not two neighbouring phrases

    def change(t: Tree) -> None:
        if clause_lost:
            take_place(t, v, d)
            for c in children_of(t, d):
                if c > v:  # the sentence's closing punctuation and what follows the verb
                    t.heads[c] = v
            t.heads[d], t.deps[d] = v, "nsubj"
        t.heads[s], t.deps[s] = d, "appos"
        for k in between:
            if t.heads[k] == d:
                t.heads[k], t.deps[k] = s, ("punct" if t.words[k] in HYPHENS else "compound")

    return attempt(tree, "descriptor-name-apposition", change)


def _name_part(tree: Tree, k: int) -> bool:
    """A word of a proper name: a proper noun, or the hyphen inside a hyphenated one ("al-Shabab")."""
    return tree.tags[k] in NAME_TAGS or (tree.words[k] in HYPHENS and bool(tree.glued) and tree.glued[k])
