"""Parse repairs of the clause frame of long wire sentences (`coder/repairs` runs them), found by the
PETRARCH-2 long-sentence census (tests/coder/censuses/petr2_long_census.jsonl, docs/evaluation.md "The PETRARCH-2
long-sentence census (session 15)"). Wire copy puts material before the subject (a dateline, a fronted
participle or prepositional phrase ending in a place name) and after the reporting tail (", the latest in a
series of attacks"); the small model then loses the clause's frame:

* `subject-read-as-apposition` - the subject noun phrase that follows a fronted phrase and a comma
  ("Speaking at a news conference in Nairobi, Kenya's defence minister, Yusuf Haji, said ...") is hung as
  an apposition on the fronted phrase's last noun (or, after a dateline, on a verb), and the finite verb
  right after it has no subject. A finite clause has a subject, and an apposition names the noun before it,
  not a verb; the noun phrase is the verb's subject. A fronted participle the model took for a clausal
  subject (`csubj`) is then the verb's adverbial clause.
* `trailing-phrase-read-as-root` - a noun phrase that follows the reporting tail after a comma (", the
  latest in a series of attacks", ", the third such raid this month") is made the sentence's root, with the
  reporting verb a `parataxis` or complement of it, so the sentence has no clause at all. A sentence's head
  is its finite verb: the verb before the phrase is the root, and the phrase its loose modifier (`npadvmod`),
  as a constituency parse hangs it.

Each repair checks its opening condition cheaply, keeps the tree a tree (`attempt`) and leaves a parse that is
right alone: the conditions name what a correct parse cannot have.
"""
from __future__ import annotations

from .tree import (FINITE_TAGS, NOUN_TAGS, SUBJECT_DEPS, Tree, is_tree, take_place, attempt,
                            children_of, subtree_of)

ADVERBIAL_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct"})  # what may stand between subject and verb
FRONT_PUNCTUATION = frozenset({",", "-", "--", "\u2013", "\u2014"})
PHRASE_TAGS = NOUN_TAGS | {"JJ", "JJS", "JJR"}
AUX_DEPS = frozenset({"aux", "auxpass"})
FRONT_DEPS = frozenset({"advcl", "prep", "npadvmod", "csubj", "dep", "parataxis"})  # fronted phrases of a verb
TAIL_VERB_DEPS = frozenset({"parataxis", "ccomp", "dep", "advcl", "conj"})


def repair_wire_clauses(tree: Tree) -> None:
    """Make every repair of this module that applies to the sentence's tree (a broken one is left as it is)."""
    appositions = [a for a in range(tree.start, tree.end) if tree.deps[a] == "appos" and tree.tags[a] in NOUN_TAGS]
    if not (appositions or tree.tags[tree.root] in PHRASE_TAGS) or not is_tree(tree):
        return
    if tree.tags[tree.root] in PHRASE_TAGS:
        _trailing_root(tree)
    for a in appositions:
        if tree.deps[a] == "appos":
            _apposed_subject(tree, a)


# ---- subject-read-as-apposition -------------------------------------------------------------------
def _apposed_subject(tree: Tree, a: int) -> bool:
    span = subtree_of(tree, a)
    first, last = span[0], span[-1]
    if first == tree.start or tree.words[first - 1] not in FRONT_PUNCTUATION:
        return False  # not after a comma or a dash: no fronted phrase before it
    v = _verb_after(tree, last)
    if v is None:
        return False
    if not _fronted(tree, tree.heads[a], v, a):
        return False  # an apposition of the verb's own subject or object ("the minister, X, said")
    kids = children_of(tree, v)
    if any(tree.deps[c] in SUBJECT_DEPS for c in kids):
        return False  # the verb has its subject
    fronted = [c for c in kids if tree.deps[c] == "csubj" and c < first]

    def change(t: Tree) -> None:
        t.heads[a], t.deps[a] = v, "nsubj"
        for c in fronted:  # "Speaking at ..., X said": a fronted participle, no clausal subject
            t.deps[c] = "advcl"

    return attempt(tree, "subject-read-as-apposition", change)


def _fronted(tree: Tree, h: int, v: int, a: int) -> bool:
    """The apposition's head h hangs on a verb (which an apposition cannot), or lies in a phrase fronted
    before verb v (a participle, a prepositional or bare noun adverbial)."""
    if tree.pos[h] in ("VERB", "AUX"):
        return h != v
    branch = _branch_under(tree, h, v)
    return branch is not None and branch < a and tree.deps[branch] in FRONT_DEPS


def _verb_after(tree: Tree, last: int) -> int | None:
    """The finite clause verb after token `last` with nothing but punctuation and its own adverbials between (a
    finite auxiliary stands for its verb: "..., has refused")."""
    for k in range(last + 1, tree.end):
        if tree.tags[k] in FINITE_TAGS and tree.pos[k] in ("VERB", "AUX"):
            v = tree.heads[k] if tree.deps[k] in AUX_DEPS else k
            between = range(last + 1, k)
            if all(tree.words[j] in FRONT_PUNCTUATION or _adverbial_of(tree, j, v) for j in between):
                return v
            return None
    return None


def _adverbial_of(tree: Tree, k: int, v: int) -> bool:
    """Token k lies in an adverbial (a PP, an adverb, a bare time noun) that depends on verb v."""
    branch = _branch_under(tree, k, v)
    return branch is not None and tree.deps[branch] in ADVERBIAL_DEPS


def _branch_under(tree: Tree, k: int, v: int) -> int | None:
    """The child of v whose subtree holds token k (k itself where it depends on v), None where k is not under v."""
    while tree.heads[k] != v:
        if tree.heads[k] == k:
            return None
        k = tree.heads[k]
    return k


# ---- trailing-phrase-read-as-root -----------------------------------------------------------------
def _trailing_root(tree: Tree) -> bool:
    r = tree.root
    own = subtree_of(tree, r)
    verbs = [c for c in children_of(tree, r) if c < r and tree.deps[c] in TAIL_VERB_DEPS
             and tree.pos[c] in ("VERB", "AUX") and tree.tags[c] in FINITE_TAGS]
    if len(verbs) != 1:
        return False
    (v,) = verbs
    clause = set(subtree_of(tree, v))
    phrase = [k for k in own if k not in clause]
    words = [k for k in phrase if tree.tags[k] not in (",", ".", ":")]
    if not words:
        return False
    start = min(words)
    clause_end = max(k for k in clause if tree.tags[k] not in (",", ".", ":"))
    if tree.words[start - 1] != "," or clause_end > start or any(tree.tags[k] not in (",", ":")
                                                                  for k in range(clause_end + 1, start)):
        return False  # the phrase is not a tail after the whole clause and a comma

    def change(t: Tree) -> None:
        kids = [c for c in children_of(t, r) if c != v]
        take_place(t, v, r)
        t.heads[r], t.deps[r] = v, "npadvmod"
        for c in kids:  # the comma before the phrase and the closing full stop hang on the verb
            if c < start or t.tags[c] == ".":
                t.heads[c] = v

    return attempt(tree, "trailing-phrase-read-as-root", change)
