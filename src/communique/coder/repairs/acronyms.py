"""`acronym-read-as-verb`: an organisation's acronym opening a sentence, read as its verb (a parse repair,
`coder/repairs`).

The small model reads an unknown all-capital word at a sentence's start as a verb now and then ("ECOWAS imposed
sanctions on Mali": ECOWAS the root, VBG, and "imposed" a modifier of "sanctions"), so the clause has no subject and
its real verb none of its own. English running text writes no verb in capitals: in a sentence with lower-case words,
an all-capital word of two letters or more at its start read as the root verb, with a past form of a dictionary verb
right after it read as a noun's modifier, is the subject (a proper noun), and that form is the finite verb, taking
the root's place and its dependents.
"""
from __future__ import annotations

from .tree import MODIFIER_LABELS, Tree, VerbForms, attempt, children_of, take_place


def acronym_as_verb(tree: Tree, forms: VerbForms) -> bool:
    i, w = tree.start, tree.start + 1
    if w >= tree.end or tree.heads[i] != i or not tree.tags[i].startswith("VB") or not tree.texts:
        return False
    text = tree.texts[i]
    if not (len(text) >= 2 and text.isalpha() and text.isupper()):
        return False
    if tree.tags[w] not in ("VBD", "VBN") or tree.deps[w] not in MODIFIER_LABELS or tree.words[w] not in forms.known:
        return False
    if not any(t.isalpha() and t.islower() for t in tree.texts[tree.start:tree.end]):
        return False  # a headline in capitals: no word's case tells
    dependents = [c for c in children_of(tree, i) if c != w]

    def change(t: Tree) -> None:
        take_place(t, w, i)
        t.tags[w], t.pos[w] = "VBD", "VERB"
        t.heads[i], t.deps[i], t.tags[i], t.pos[i] = w, "nsubj", "NNP", "PROPN"
        for c in dependents:
            t.heads[c] = w

    return attempt(tree, "acronym-read-as-verb", change)
