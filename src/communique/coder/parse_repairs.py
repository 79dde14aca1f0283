"""Parse repairs: general misparses of the small spaCy model that break PETRARCH-2's constituency notions
(clause, NP, upper/lower; spec §4.1), undone on one sentence's tree before its phrase view is built.

PETRARCH-2 was written for the Stanford parser's trees; `phrases.py` rebuilds its notions from spaCy's
dependencies. Where the small model makes a kind of error that hides a clause (its verb read as a noun
modifier or an auxiliary) or invents one (a `conj` no coordination supports), the phrase view inherits it
and the clause is lost or coded wrongly. Each repair below is one named, general rule of English grammar:

* `dateline` — a wire story's opening dateline ("CITY (Agency) -") is no part of the sentence: detached
  (`datelines.py`).
* `verb-read-as-modifier` — a sentence with no finite verb for its subject (its root is a noun, or a
  `to`-infinitive has a subject of its own), where a dictionary verb form sits between a noun phrase that
  agrees with it and a following noun it was attached to as a modifier ("Rebels attack army base",
  "Ministers X and Y urge rebels to lay down arms"; in a sentence with no verb at all, also a past form
  read as a participle modifier: "Xland test-fired two missiles"): the form is the finite verb. It takes the clause's
  place, the noun phrase before it is its subject, the noun it modified its object, and a `to`-infinitive
  its complement (`xcomp`), as in "urged Yland to release" (§4.1).
* `verb-read-as-auxiliary` — a token labelled `aux` that is not of the closed class of English
  auxiliaries (be, have, do, the modals, `to`, get) is a lexical verb with a bare-infinitive complement
  ("sent a team to help identify the victims"): it becomes the clause verb, the other verb its `xcomp`.
* `subject-read-as-compound` — a finite clause verb with no subject whose noun dependent right before it
  is labelled `compound` ("Egypt army attacks militants"): a verb has no compounds; the noun phrase is
  its subject.
* `disagreeing-verb` — a plain present-tense verb that disagrees with its singular subject, right after a
  third-person dictionary form read as its noun modifier ("President X pledges support for ...", read
  "X pledges-support"): the form that agrees is the verb and the other word its object (a noun).
* `conj-without-coordinator` — a verb labelled `conj` of an earlier verb with no coordinating word and no
  punctuation between the two is no coordination (English coordinates clauses with a conjunction or, in
  lists, a comma): it is the bare-infinitive complement (`xcomp`) of the nearest verb before it
  ("detained a teacher for urging students join the protest" is not "detained ... and joined"); where a
  preposition that is also a subordinator ("after", "before", "since", "until", "as") took the clause's
  subject as its object right before the verb, the clause is that word's adverbial clause instead
  (`subordinator-read-as-preposition`: "joined talks after one of the groups raided a town").
* `descriptor-name-apposition` — a descriptor and the proper name right after it ("the militant group
  al-Shabab") split into two subjects, or into a noun root and a relative clause: one subject (`appositions.py`).
* `close-apposition-misattached` (`close_appositions.py`), `subject-read-as-apposition` and
  `trailing-phrase-read-as-root` (`wire_clause_repairs.py`): a long wire sentence's close apposition, subject
  and root put back (docs/evaluation.md, "The PETRARCH-2 long-sentence census (session 15)").

The verb forms are those of the verb dictionaries the coder reads (CAMEO.2.0.txt and the project's
additions, `data/coder_additions.txt`). A repair that would leave the tree other than a tree is not made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

MODIFIER_LABELS = frozenset({"amod", "compound", "nmod"})
NOMINAL_LABELS = frozenset({"appos", "conj", "compound", "nmod", "npadvmod", "dep", "amod"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
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
    from .additions import communique_verb_dictionary
    from .dictionary import regular_verb_forms

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


def repair(tree: Tree, forms: VerbForms) -> Tree:
    """The sentence's tree with every repair that applies made (`tree.repairs` names them in order). Each
    token is first checked against the cheap condition that opens a rule (a label, a tag, a known form):
    this runs on every sentence."""
    _datelines.dateline(tree)
    _appositions.descriptor_name(tree)
    _clauses.repair_clauses(tree)
    _close.repair_close_appositions(tree)
    _wire.repair_wire_clauses(tree)
    known, start = forms.known, tree.start
    deps, tags, pos = tree.deps, tree.tags, tree.pos
    for i in range(start, tree.end):
        dep = deps[i]
        if dep == "aux":
            if tree.words[i] not in AUXILIARIES and _verb_as_auxiliary(tree, i):
                deps, tags, pos = tree.deps, tree.tags, tree.pos  # the lists are the tree's own copies now
            continue
        if dep == "conj" and _conj_without_coordinator(tree, i):
            deps, tags, pos = tree.deps, tree.tags, tree.pos
        tag = tags[i]
        if tag in FINITE_TAGS and i > start and pos[i] == "VERB":
            before = deps[i - 1]
            if (before == "compound" or tags[i - 1] in NOUN_TAGS) and _subject_as_compound(tree, i):
                deps, tags, pos = tree.deps, tree.tags, tree.pos
            if tag == "VBP" and before in MODIFIER_LABELS and _disagreeing_verb(tree, i, forms):
                deps, tags, pos = tree.deps, tree.tags, tree.pos
    words, heads = tree.words, tree.heads
    for i in range(start, tree.end):
        if deps[i] in MODIFIER_LABELS and words[i] in known and heads[i] > i and _verb_as_modifier(tree, i, forms):
            break  # one finite verb recovered per clause-less stretch; the rest is the verb's object
    return tree


# ---- tree helpers ----------------------------------------------------------------------------------
def children_of(tree: Tree, i: int) -> list[int]:
    if tree.kids is not None and not tree.owned:
        return list(tree.kids[i])
    return [j for j in range(tree.start, tree.end) if tree.heads[j] == i and j != i]


def subtree_of(tree: Tree, i: int) -> list[int]:
    found = [i]
    for j in found:
        found.extend(children_of(tree, j))
    return sorted(found)


def _is_tree(tree: Tree) -> bool:
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
    if _is_tree(tree):
        tree.repairs.append(name)
        return True
    tree.heads[:], tree.deps[:], tree.tags[:], tree.pos[:] = saved[:4]
    tree.root = saved[4]
    return False


def _take_place(tree: Tree, new: int, old: int) -> None:
    """`new` takes `old`'s attachment (its head and label, or the root)."""
    if tree.heads[old] == old:
        tree.heads[new], tree.deps[new], tree.root = new, "ROOT", new
    else:
        tree.heads[new], tree.deps[new] = tree.heads[old], tree.deps[old]


def _has_to(tree: Tree, v: int) -> bool:
    return any(tree.deps[c] == "aux" and tree.tags[c] == "TO" for c in children_of(tree, v))


def _is_verb(tree: Tree, i: int) -> bool:
    return tree.pos[i] in ("VERB", "AUX")


# ---- verb-read-as-auxiliary ------------------------------------------------------------------------
def _verb_as_auxiliary(tree: Tree, a: int) -> bool:
    v = tree.heads[a]
    if (tree.deps[a] != "aux" or tree.words[a] in AUXILIARIES or not tree.tags[a].startswith("VB")
            or v <= a or not _is_verb(tree, v) or tree.tags[v] != "VB"):
        return False

    def change(t: Tree) -> None:
        _take_place(t, a, v)
        for c in children_of(t, v):
            if c < a and c != a:  # the subject, the outer auxiliaries ("to", "will"), fronted phrases
                t.heads[c] = a
        t.heads[v], t.deps[v] = a, "xcomp"
        t.pos[a] = "VERB"

    return attempt(tree, "verb-read-as-auxiliary", change)


# ---- subject-read-as-compound ---------------------------------------------------------------------
def _subject_as_compound(tree: Tree, v: int) -> bool:
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
def _disagreeing_verb(tree: Tree, v: int, forms: VerbForms) -> bool:
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
        _take_place(t, w, v)
        t.tags[w], t.pos[w], t.tags[v], t.pos[v] = "VBZ", "VERB", "NN", "NOUN"
        for c in children_of(t, v):
            if c < v or t.deps[c] in CLAUSE_DEPS or t.deps[c] == "punct":
                t.heads[c] = w
        t.heads[v], t.deps[v] = w, "dobj"

    return attempt(tree, "disagreeing-verb", change)


# ---- conj-without-coordinator ----------------------------------------------------------------------
def _conj_without_coordinator(tree: Tree, c: int) -> bool:
    h = tree.heads[c]
    if tree.deps[c] != "conj" or h >= c or not _is_verb(tree, c) or not _is_verb(tree, h):
        return False
    between = range(h + 1, c)
    if any(tree.deps[k] in ("cc", "preconj") or tree.tags[k] == "CC" or tree.words[k] in LIST_PUNCTUATION
           for k in between):
        return False
    if any(tree.deps[k] == "cc" for k in children_of(tree, c)):
        return False
    if _subordinate_clause(tree, c, between):
        return True
    nearest = next((k for k in reversed(between) if _is_verb(tree, k) and tree.deps[k] not in ("aux", "auxpass")
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
def _verb_as_modifier(tree: Tree, w: int, forms: VerbForms) -> bool:
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
    if own[0] == tree.start or tags[own[0] - 1] not in NOUN_TAGS:
        return False  # the subject noun phrase ends right before the verb
    h = w  # the head of the noun phrase the form was attached into: its object
    while deps[h] in MODIFIER_LABELS and heads[h] > h:
        h = heads[h]
    if not past and not plural and words[h] in forms.base and not any(deps[c] == "det" for c in children_of(tree, h)):
        return False  # "Xland talks resume": a plural noun and a plain verb read as well as a verb and its object
    anchor = _clauseless_anchor(tree, h)
    if anchor is None or (past and heads[anchor] != anchor):
        return False  # a past form only where the sentence has no verb at all
    region = [i for i in subtree_of(tree, anchor) if i not in own]
    left = [i for i in region if i < w]
    crossing = [i for i in left if heads[i] >= w or heads[i] == i]
    nominal = [i for i in crossing if tags[i] in NOUN_TAGS or tags[i] == "PRP"]
    if len(nominal) != 1:
        return False
    subject = nominal[0]
    if own[0] - 1 not in subtree_of(tree, subject):
        return False
    coordinated = any(deps[c] == "conj" and tags[c] in NOUN_TAGS for c in children_of(tree, subject))
    if not past and plural != (tags[subject] in PLURAL_TAGS or coordinated):
        return False  # the form must agree with its subject: "leaders urge", "the leader urges"
    tag = "VBD" if past else "VBP" if plural else "VBZ"

    def change(t: Tree) -> None:
        _take_place(t, w, anchor)
        t.tags[w], t.pos[w] = tag, "VERB"
        for i in crossing:
            t.heads[i] = w
        t.deps[subject] = "nsubj"
        if h != subject:
            t.heads[h], t.deps[h] = w, "dobj"
        if anchor not in (h, subject):
            t.heads[anchor], t.deps[anchor] = w, "xcomp" if _has_to(t, anchor) else "ccomp"
        for i in region:  # what hung on the left part from the right now hangs on the verb
            if i > w and heads[i] < w and i != h:
                t.heads[i] = w
                if _is_verb(t, i):
                    t.deps[i] = "xcomp" if _has_to(t, i) else "ccomp"

    return attempt(tree, "verb-read-as-modifier", change)


def _clauseless_anchor(tree: Tree, h: int) -> int | None:
    """The node whose clause has no finite verb, when noun phrase head h lies in one: the sentence root
    when it is a noun (h itself, or a noun h hangs on through nominal labels), or a `to`-infinitive of
    which h is the subject. None otherwise."""
    heads, deps = tree.heads, tree.deps
    if deps[h] == "nsubj" and _is_verb(tree, heads[h]) and _has_to(tree, heads[h]) and heads[h] > h:
        verb = heads[h]
        if not any(deps[c] == "aux" and tree.words[c] not in ("TO",) for c in children_of(tree, verb)):
            return verb
        return None
    j, steps = h, 0
    while heads[j] != j and deps[j] in NOMINAL_LABELS and steps <= tree.end - tree.start:
        j, steps = heads[j], steps + 1
    if heads[j] == j and tree.tags[j] in NOUN_TAGS and tree.pos[j] in ("NOUN", "PROPN"):
        return j
    return None


def repaired_view(view, root: int, texts: list[str] | None = None) -> int:
    """Repair the parse a SentenceView (`phrases.py`) holds, before its phrases are built: where a repair
    applies, the view's heads, labels, tags, POS and children become the repaired (copied) lists and
    `view.repairs` names the repairs. `texts`: the Doc's token texts (case kept). Returns the root."""
    tree = repair(Tree(view.words, view.tags, view.pos, view.heads, view.deps, view.start, view.end, root,
                       texts=texts or [], glued=view.glued, kids=view.children), dictionary_verb_forms())
    if not tree.repairs:
        return root
    view.tags, view.pos, view.heads, view.deps = tree.tags, tree.pos, tree.heads, tree.deps
    children = list(view.children)
    for i in range(view.start, view.end):
        children[i] = ()
    for i in range(view.start, view.end):
        h = tree.heads[i]
        if h != i:
            children[h] = children[h] + [i] if children[h] else [i]
    view.children = children
    view.repairs = tree.repairs
    return tree.root


from . import appositions as _appositions  # noqa: E402 -- at the end: these read this module's Tree
from . import datelines as _datelines  # noqa: E402
from . import clause_repairs as _clauses  # noqa: E402
from . import close_appositions as _close  # noqa: E402
from . import wire_clause_repairs as _wire  # noqa: E402
