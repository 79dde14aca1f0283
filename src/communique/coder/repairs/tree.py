"""The tree a parse repair works on (`coder/repairs`): one sentence's part of a document's parse as index lists,
the dictionaries' verb forms, and the helpers every repair shares; `attempt` makes a change and undoes it unless the
result is still one tree."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

MODIFIER_LABELS = frozenset({"amod", "compound", "nmod"})
NOMINAL_LABELS = frozenset({"appos", "conj", "compound", "nmod", "npadvmod", "dep", "amod"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLURAL_NOUNS = frozenset({"POLICE", "PEOPLE", "PERSONNEL", "CLERGY", "CATTLE"})  # plural without an -s: "police fire"
VERBLIKE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VB", "VBP", "VBZ"})
# The closed class of English auxiliaries (with the contracted and the "n't" stems spaCy splits off).
AUXILIARIES = frozenset("""AM IS ARE WAS WERE BE BEEN BEING 'M 'S 'RE HAVE HAS HAD HAVING 'VE 'D DO DOES DID
WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST OUGHT 'LL CA WO SHA TO GET GETS GOT GOTTEN GETTING NEED
DARE USED""".split())
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "parataxis"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
SUBORDINATORS = frozenset({"AFTER", "BEFORE", "SINCE", "UNTIL", "TILL", "AS"})  # prepositions that also subordinate
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
LIST_PUNCTUATION = frozenset({",", ";", ":", "-", "--", "\u2013", "\u2014"})


@dataclass
class Tree:
    """One document's parse as index lists (doc-wide), of which a repair changes one sentence's part."""
    words: list[str]   # upper-cased texts
    tags: list[str]    # Penn tags
    pos: list[str]     # universal POS
    heads: list[int]
    deps: list[str]
    start: int
    end: int
    root: int
    repairs: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # the tokens' own texts (their case), where known
    glued: list[bool] = field(default_factory=list)  # as SentenceView.glued: parts of a hyphenated word
    kids: list | None = None  # the document's children lists, valid until the first change
    owned: bool = False  # the lists are this tree's own copies (made before the first change)


@dataclass(frozen=True)
class VerbForms:
    """The verb forms of the dictionaries: base forms (URGE) and third persons singular (URGES)."""
    base: frozenset[str]
    third: frozenset[str]
    known: frozenset[str] = frozenset()  # every form, the past and irregular ones included


@lru_cache(maxsize=1)
def dictionary_verb_forms() -> VerbForms:
    """The forms of every verb of CAMEO.2.0.txt and of the additions file, read once per process."""
    from ..additions import communique_verb_dictionary
    from ..dictionary import regular_verb_forms

    verbs = communique_verb_dictionary()
    base, third = set(), set()
    for form, entries in verbs.forms.items():
        for (after, before), entry in entries.items():
            stem = next((p.lstrip("+") for p in entry.verb.split("_") if p.startswith("+")),
                        entry.verb.split("_")[0]) if entry.verb else ""
            if form == stem:
                base.add(form)
            elif stem and form == regular_verb_forms(stem)[0]:
                third.add(form)
    known = {form for form, entries in verbs.forms.items() if ((), ()) in entries} | base | third
    return VerbForms(frozenset(base), frozenset(third), frozenset(known))


def children_of(tree: Tree, i: int) -> list[int]:
    if tree.kids is not None and not tree.owned:
        return list(tree.kids[i])
    return [j for j in range(tree.start, tree.end) if tree.heads[j] == i and j != i]


def subtree_of(tree: Tree, i: int) -> list[int]:
    found = [i]
    for j in found:
        found.extend(children_of(tree, j))
    return sorted(found)


def is_tree(tree: Tree) -> bool:
    span = tree.end - tree.start
    for i in range(tree.start, tree.end):
        j, steps = i, 0
        while tree.heads[j] != j:
            j = tree.heads[j]
            steps += 1
            if steps > span or not tree.start <= j < tree.end:
                return False
    return sum(1 for i in range(tree.start, tree.end) if tree.heads[i] == i) == 1


def attempt(tree: Tree, name: str, change) -> bool:
    """Make `change(tree)`; undo it unless the result is still one tree. The lists are copied before the
    first change: the document's own lists are shared with every other reader."""
    if not tree.owned:
        tree.heads, tree.deps, tree.tags, tree.pos = (list(tree.heads), list(tree.deps), list(tree.tags),
                                                      list(tree.pos))
        tree.owned = True
    saved = (list(tree.heads), list(tree.deps), list(tree.tags), list(tree.pos), tree.root)
    change(tree)
    if is_tree(tree):
        tree.repairs.append(name)
        return True
    tree.heads[:], tree.deps[:], tree.tags[:], tree.pos[:] = saved[:4]
    tree.root = saved[4]
    return False


def take_place(tree: Tree, new: int, old: int) -> None:
    """`new` takes `old`'s attachment (its head and label, or the root)."""
    if tree.heads[old] == old:
        tree.heads[new], tree.deps[new], tree.root = new, "ROOT", new
    else:
        tree.heads[new], tree.deps[new] = tree.heads[old], tree.deps[old]


def has_to(tree: Tree, v: int) -> bool:
    return any(tree.deps[c] == "aux" and tree.tags[c] == "TO" for c in children_of(tree, v))


def is_verb(tree: Tree, i: int) -> bool:
    return tree.pos[i] in ("VERB", "AUX")
