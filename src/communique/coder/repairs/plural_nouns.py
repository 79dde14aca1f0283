"""`verb-read-as-plural-noun`: a headline's present-tense verb read as a plural noun heading the whole sentence (a
parse repair, `coder/repairs`).

Many English verbs of conflict are nouns too, and their third person singular is their plural ("shells",
"attacks", "strikes", "fires", "protests", "marches"). In a wire headline's present tense ("Army shells rebel
positions in Donbas") the small model now and then reads the form as a plural noun that heads the sentence, the
singular noun before it as its modifier and the noun phrase after it as its object (a noun with an object), so the
sentence has no verb. A sentence needs a finite verb; where it has none (no verb, auxiliary or modal with a clause
of its own), its root is a dictionary verb's third-person form with a singular noun right before it, attached to it,
and a noun phrase right after it, the form is the finite verb (VBZ; it agrees with the singular noun), that noun
its subject and the noun phrase its object. A sentence whose form has no noun phrase right after it ("Army attacks
on the capital") is a noun phrase and is left alone.
"""
from __future__ import annotations

from .tree import CLAUSE_DEPS, NOUN_TAGS, Tree, VerbForms, attempt, children_of, is_verb, subtree_of

SINGULAR_TAGS = frozenset({"NN", "NNP"})
SUBJECT_LABELS = frozenset({"compound", "amod", "nmod", "nsubj"})
OBJECT_LABELS = frozenset({"dobj", "compound", "appos", "dep", "npadvmod", "nmod", "attr"})
PHRASE_TAGS = NOUN_TAGS | {"DT", "CD", "JJ", "PRP$", "VBP", "VB", "VBN", "VBG"}


def verb_as_plural_noun(tree: Tree, forms: VerbForms) -> bool:
    r, start, end = tree.root, tree.start, tree.end
    if not start < r < end - 1 or tree.tags[r] != "NNS" or tree.words[r] not in forms.third:
        return False
    if any(is_verb(tree, i) and tree.deps[i] in CLAUSE_DEPS | {"aux"} for i in range(start, end) if i != r):
        return False  # the sentence has a verb of its own
    kids = children_of(tree, r)
    subject = next((c for c in kids if c < r and r - 1 in subtree_of(tree, c)), None)
    if (subject is None or tree.tags[subject] not in SINGULAR_TAGS or tree.deps[subject] not in SUBJECT_LABELS
            or tree.tags[r + 1] not in PHRASE_TAGS):
        return False
    obj = next((c for c in kids if c > r and r + 1 in subtree_of(tree, c)), None)
    if obj is None or tree.tags[obj] not in NOUN_TAGS or tree.deps[obj] not in OBJECT_LABELS:
        return False
    before = [c for c in kids if c < r and c != subject]  # a determiner of the subject's: "The army shells ..."

    def change(t: Tree) -> None:
        t.tags[r], t.pos[r] = "VBZ", "VERB"
        t.heads[subject], t.deps[subject] = r, "nsubj"
        t.heads[obj], t.deps[obj] = r, "dobj"
        for c in before:
            t.heads[c] = subject
        for i in subtree_of(t, obj):
            if t.pos[i] == "VERB" and t.tags[i] in ("VBP", "VB") and t.deps[i] in ("compound", "amod"):
                t.tags[i], t.pos[i] = "NN", "NOUN"  # "rebel positions": the noun the form's object is made of

    return attempt(tree, "verb-read-as-plural-noun", change)
