"""The repairs of a verb the small model read as something else, or a clause it invented (`coder/repairs`, whose
docstring names each rule): `verb-read-as-auxiliary`, `subject-read-as-compound`, `disagreeing-verb`,
`conj-without-coordinator` with `subordinator-read-as-preposition`, and `verb-read-as-modifier`."""
from __future__ import annotations

from .tree import (AUXILIARIES, CLAUSE_DEPS, FINITE_TAGS, LIST_PUNCTUATION, MODIFIER_LABELS, NOMINAL_LABELS, NOUN_TAGS,
                   PLURAL_NOUNS, PLURAL_TAGS, SUBJECT_DEPS, SUBORDINATORS, VERBLIKE_TAGS, Tree, VerbForms, attempt,
                   children_of, has_to, is_verb, subtree_of, take_place)


# the label of a subject's possessor the parser attached past the verb to its object ("Xland 's military seized
# power": `poss` of POWER, the head MILITARY its `amod`); a flat compound subject is not read so ("riot police
# baton-charged students": RIOT and POLICE compounds of STUDENTS, where the parser's reading is kept)
SUBJECT_PARTS = frozenset({"poss"})


# ---- verb-read-as-auxiliary ------------------------------------------------------------------------
def verb_as_auxiliary(tree: Tree, a: int) -> bool:
    v = tree.heads[a]
    if (tree.deps[a] != "aux" or tree.words[a] in AUXILIARIES or not tree.tags[a].startswith("VB")
            or v <= a or not is_verb(tree, v) or tree.tags[v] != "VB"):
        return False

    def change(t: Tree) -> None:
        take_place(t, a, v)
        for c in children_of(t, v):
            if c < a and c != a:  # the subject, the outer auxiliaries ("to", "will"), fronted phrases
                t.heads[c] = a
        t.heads[v], t.deps[v] = a, "xcomp"
        t.pos[a] = "VERB"

    return attempt(tree, "verb-read-as-auxiliary", change)


# ---- subject-read-as-compound ---------------------------------------------------------------------
def subject_as_compound(tree: Tree, v: int) -> bool:
    if (tree.pos[v] != "VERB" or tree.tags[v] not in FINITE_TAGS or tree.deps[v] not in CLAUSE_DEPS
            or v == tree.start):
        return False
    kids = children_of(tree, v)
    if any(tree.deps[c] in SUBJECT_DEPS for c in kids):
        return False
    n = next((c for c in kids if c < v and tree.deps[c] == "compound" and tree.tags[c] in NOUN_TAGS), None)
    if n is None or max(subtree_of(tree, n)) != v - 1 or tree.words[v - 1] == "-" or tree.words[v] == "-":
        return False

    def change(t: Tree) -> None:
        t.deps[n] = "nsubj"

    return attempt(tree, "subject-read-as-compound", change)


# ---- disagreeing-verb ------------------------------------------------------------------------------
def disagreeing_verb(tree: Tree, v: int, forms: VerbForms) -> bool:
    w = v - 1
    if (tree.pos[v] != "VERB" or tree.tags[v] != "VBP" or tree.deps[v] not in CLAUSE_DEPS or w <= tree.start
            or tree.heads[w] != v or tree.deps[w] not in MODIFIER_LABELS or tree.words[w] not in forms.third):
        return False
    subjects = [c for c in children_of(tree, v) if tree.deps[c] in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0] >= w or w - 1 not in subtree_of(tree, subjects[0]):
        return False
    (subject,) = subjects
    if tree.tags[subject] not in ("NN", "NNP") or any(tree.deps[c] == "conj" for c in children_of(tree, subject)):
        return False

    def change(t: Tree) -> None:
        take_place(t, w, v)
        t.tags[w], t.pos[w], t.tags[v], t.pos[v] = "VBZ", "VERB", "NN", "NOUN"
        for c in children_of(t, v):
            if c < v or t.deps[c] in CLAUSE_DEPS or t.deps[c] == "punct":
                t.heads[c] = w
        t.heads[v], t.deps[v] = w, "dobj"

    return attempt(tree, "disagreeing-verb", change)


# ---- conj-without-coordinator ----------------------------------------------------------------------
def conj_without_coordinator(tree: Tree, c: int) -> bool:
    h = tree.heads[c]
    if tree.deps[c] != "conj" or h >= c or not is_verb(tree, c) or not is_verb(tree, h):
        return False
    between = range(h + 1, c)
    if any(tree.deps[k] in ("cc", "preconj") or tree.tags[k] == "CC" or tree.words[k] in LIST_PUNCTUATION
           for k in between):
        return False
    if any(tree.deps[k] == "cc" for k in children_of(tree, c)):
        return False
    if _subordinate_clause(tree, c, between):
        return True
    nearest = next((k for k in reversed(between) if is_verb(tree, k) and tree.deps[k] not in ("aux", "auxpass")
                    and tree.tags[k].startswith("VB")), None)
    if nearest is None:
        return False

    def change(t: Tree) -> None:
        t.heads[c], t.deps[c] = nearest, "xcomp"

    return attempt(tree, "conj-without-coordinator", change)


def _subordinate_clause(tree: Tree, c: int, between: range) -> bool:
    """`subordinator-read-as-preposition`: "joined talks after one of the groups raided a town", parsed
    as a PP "after one of the groups" and a conjunct "raided": the word is the clause's subordinator
    (`mark`), its object the clause's subject, and the clause an adverbial one (`advcl`) of what the PP
    hung on."""
    subject_end = c - 1
    while subject_end > between.start and tree.deps[subject_end] == "advmod":
        subject_end -= 1
    prep = next((k for k in reversed(between) if tree.deps[k] == "prep" and tree.words[k] in SUBORDINATORS),
                None)
    if prep is None or subject_end not in subtree_of(tree, prep):
        return False
    objects = [k for k in children_of(tree, prep) if tree.deps[k] == "pobj"]
    if len(objects) != 1 or any(tree.deps[k] in SUBJECT_DEPS for k in children_of(tree, c)):
        return False
    (subject,) = objects

    def change(t: Tree) -> None:
        t.heads[c], t.deps[c] = t.heads[prep], "advcl"
        t.heads[prep], t.deps[prep] = c, "mark"
        t.heads[subject], t.deps[subject] = c, "nsubj"

    return attempt(tree, "subordinator-read-as-preposition", change)


# ---- verb-read-as-modifier -------------------------------------------------------------------------
def verb_as_modifier(tree: Tree, w: int, forms: VerbForms) -> bool:
    words, tags, heads, deps = tree.words, tree.tags, tree.heads, tree.deps
    if deps[w] not in MODIFIER_LABELS or heads[w] <= w or w == tree.start:
        return False
    past = tags[w] in ("VBD", "VBN") and deps[w] == "amod" and words[w] in forms.known
    plural = words[w] in forms.base
    if not past and (tags[w] not in VERBLIKE_TAGS or (not plural and words[w] not in forms.third)):
        return False
    own = [w]  # the verb's own word: "test - fired"
    while own[0] - 2 >= tree.start and tags[own[0] - 1] == "HYPH":
        own[:0] = [own[0] - 2, own[0] - 1]
    if own[0] == tree.start:
        return False
    # an adjective right after a possessive is the head of its phrase ("Xland 's military", "the country 's poor")
    adjective_head = own[0] - 1 if tags[own[0] - 1] == "JJ" and tags[own[0] - 2] == "POS" else None
    if tags[own[0] - 1] not in NOUN_TAGS and adjective_head is None:
        return False  # the subject noun phrase ends right before the verb
    h = w  # the head of the noun phrase the form was attached into: its object
    while deps[h] in MODIFIER_LABELS and heads[h] > h:
        h = heads[h]
    if not past and not plural and words[h] in forms.base and not any(deps[c] == "det" for c in children_of(tree, h)):
        return False  # "Xland talks resume": a plural noun and a plain verb read as well as a verb and its object
    anchor = _clauseless_anchor(tree, h)
    if anchor is None or (past and heads[anchor] != anchor and deps[anchor] != "ccomp"):
        return False  # a past form only where the sentence, or a reported clause, has no verb at all
    region = [i for i in subtree_of(tree, anchor) if i not in own]
    left = [i for i in region if i < w]
    crossing = [i for i in left if heads[i] >= w or heads[i] == i]
    nominal = [i for i in crossing if tags[i] in NOUN_TAGS or tags[i] == "PRP" or i == adjective_head]
    if not nominal:
        return False
    subject = nominal[-1]
    if own[0] - 1 not in subtree_of(tree, subject):
        return False
    broken = _broken_subject(tree, nominal, crossing)  # "Xland 's military": the possessor read apart
    if broken is None:
        return False
    coordinated = any(deps[c] == "conj" and tags[c] in NOUN_TAGS for c in children_of(tree, subject))
    if not past and plural != (tags[subject] in PLURAL_TAGS or words[subject] in PLURAL_NOUNS or coordinated):
        return False  # the form must agree with its subject: "leaders urge", "the leader urges"
    tag = "VBD" if past else "VBP" if plural else "VBZ"

    def change(t: Tree) -> None:
        take_place(t, w, anchor)
        t.tags[w], t.pos[w] = tag, "VERB"
        for i in crossing:
            t.heads[i] = w
        for i in broken:
            t.heads[i] = subject
        if subject == adjective_head:
            t.tags[subject], t.pos[subject] = "NN", "NOUN"
        t.deps[subject] = "nsubj"
        if h != subject:
            t.heads[h], t.deps[h] = w, "dobj"
            for c in children_of(t, h):  # a verb coordinated with the verb, read as the object's conjunct
                if c > h and t.deps[c] == "conj" and is_verb(t, c):
                    t.heads[c] = w
        if anchor not in (h, subject):
            t.heads[anchor], t.deps[anchor] = w, "xcomp" if has_to(t, anchor) else "ccomp"
        for i in region:  # what hung on the left part from the right now hangs on the verb
            if i > w and heads[i] < w and i != h:
                t.heads[i] = w
                if is_verb(t, i):
                    t.deps[i] = "xcomp" if has_to(t, i) else "ccomp"

    return attempt(tree, "verb-read-as-modifier", change)


def _broken_subject(tree: Tree, nominal: list[int], crossing: list[int]) -> list[int] | None:
    """The words of the subject noun phrase that were attached past the verb apart from its head (the last of
    `nominal`): none where one nominal crossed; where several did, the others must be its possessor ("Xland 's
    military seized ...": `poss` of the object), one contiguous phrase ending at the head, and no other word may
    cross. None where the crossing words are not such a phrase."""
    *rest, subject = nominal
    if not rest:
        return []
    if len(crossing) != len(nominal) or any(tree.deps[i] not in SUBJECT_PARTS for i in rest):
        return None
    phrase = {j for i in nominal for j in subtree_of(tree, i)}
    if set(range(min(phrase), subject + 1)) - phrase:
        return None
    return rest


def _clauseless_anchor(tree: Tree, h: int) -> int | None:
    """The node whose clause has no finite verb, when noun phrase head h lies in one: the sentence root, or a
    complement clause (`ccomp`: "Xland test-fired two missiles, Yland's army said"), when it is a noun (h itself,
    or a noun h hangs on through nominal labels), or a `to`-infinitive of which h is the subject. None
    otherwise."""
    heads, deps = tree.heads, tree.deps
    if deps[h] == "nsubj" and is_verb(tree, heads[h]) and has_to(tree, heads[h]) and heads[h] > h:
        verb = heads[h]
        if not any(deps[c] == "aux" and tree.words[c] not in ("TO",) for c in children_of(tree, verb)):
            return verb
        return None
    j, steps = h, 0
    while heads[j] != j and deps[j] in NOMINAL_LABELS and steps <= tree.end - tree.start:
        j, steps = heads[j], steps + 1
    if (heads[j] == j or deps[j] == "ccomp") and tree.tags[j] in NOUN_TAGS and tree.pos[j] in ("NOUN", "PROPN"):
        return j  # the root, or a complement clause ("..., the ministry said") headed by a noun: no verb
    return None
