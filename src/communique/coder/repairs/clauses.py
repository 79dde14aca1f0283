"""Parse repairs of clause structure in longer wire sentences (`coder/repairs` runs them): misparses of the
small spaCy model that a constituency parser makes less often, each one general rule of English grammar,
found by the PETRARCH-2 parse census (tests/coder/censuses/petr2_parse_census.jsonl, docs/evaluation.md "The
PETRARCH-2 parse census (session 14)"):

* `finite-verb-read-as-participle` - a past form labelled `acl` (a reduced relative clause) that has a
  direct object of its own: a passive participle takes none, so the form is the finite verb of its clause
  and the noun it hung on is its subject. Where that noun was the subject of a later verb with a comma
  between ("Kenyan police arrested 15 men in Mombasa, a police officer said"), the clause is that verb's
  fronted complement and the noun phrase right before the verb is its subject; where the sentence's root
  was a noun ("Police wielding batons arrested scores of protesters ..."), the form is the root. Under a noun
  root the form needs no object where the tagger read it as a finite past (VBD) and the noun phrase opens with an
  article or a possessive ("The foreign minister called on Tuesday for a ceasefire"): body text has a finite verb,
  while headlinese, which drops articles and BE, keeps its passive ("Opposition leader charged with treason").
* `report-read-as-relative` - a reporting verb (a form of CAMEO.2.0's EXPLAIN_VERBAL block) in the past,
  labelled `acl` of a noun phrase that follows a comma and ends the sentence ("China criticized Japan ...,
  the Xinhua news agency reported on Wednesday"): the noun phrase is the verb's subject, the verb the
  sentence's root, and the clause before it the fronted complement it reports.
* `gerund-coordinated-with-finite-verb` - an -ing form labelled `conj` of a finite verb, after a gerund
  that is a preposition's object ("accused Yland of training and arming rebels"): English coordinates
  like with like, so the -ing form is the gerund's conjunct, not a second finite clause (and a first -ing
  word tagged as a noun is a gerund too: the preposition's object is a clause, spec §3.6).
* `conjunct-read-at-the-head` - a proper name labelled `conj` of a common noun whose `of` phrase ends in a
  proper name right before the coordinator ("the foreign ministers of Brazil and India"): the names are
  coordinated, inside the `of` phrase.
* `participle-complement-read-as-sibling` - a past participle labelled `acl` right after another `acl`
  participle of the same noun ("a missile believed fired by Yland troops", "a ship reported sunk by Xland", "a
  man thought killed in the raid"): English does not stack two reduced relative clauses without a coordinator
  or a comma, so the second is the first's complement (`xcomp`), as a constituency parser nests it (session 43,
  the PETRARCH-2 fidelity census's fifth batch). The inner verb is then no participle of the noun, so not
  passive (§4.4): its `by` phrase is its object PP, and the noun takes the theme of the outer participle (§3.4).

Each repair checks the opening condition cheaply, keeps the tree a tree (`attempt`) and leaves a parse
that is right alone: the conditions name what a correct parse cannot have.
"""
from __future__ import annotations

from functools import lru_cache

from .tree import FINITE_TAGS, NOUN_TAGS, SUBJECT_DEPS, Tree, take_place, attempt, children_of, subtree_of

PAST_TAGS = frozenset({"VBD", "VBN"})
OBJECT_TAGS = NOUN_TAGS | {"PRP", "CD"}
AUX_DEPS = frozenset({"aux", "auxpass"})
REPORT_BLOCK = "EXPLAIN_VERBAL"  # CAMEO.2.0's block of verbs of saying (SAY, REPORT, TELL, STATE, ...)
TAIL_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct", "agent"})  # what a reporting tail's verb may have


@lru_cache(maxsize=1)
def reporting_forms() -> frozenset[str]:
    """The past forms of CAMEO.2.0.txt's verbs of saying (block EXPLAIN_VERBAL): SAID, REPORTED, TOLD ..."""
    from ..additions import communique_verb_dictionary

    verbs = communique_verb_dictionary()  # the same verbs of saying as CAMEO.2.0.txt's alone
    return frozenset(form for form, entries in verbs.forms.items()
                     if any(e.meaning == REPORT_BLOCK for e in entries.values()) and form.endswith(("D", "TOLD")))


def repair_clauses(tree: Tree) -> None:
    """Make every repair of this module that applies to the sentence's tree."""
    for i in range(tree.start, tree.end):
        dep, tag = tree.deps[i], tree.tags[i]
        if dep == "acl" and tag in PAST_TAGS:
            if _stacked_participle(tree, i):
                continue
            if not _finite_participle(tree, i):
                _report_relative(tree, i)
        elif dep == "conj":
            if tag == "VBG":
                _gerund_conjunct(tree, i)
            elif tag in ("NNP", "NNPS"):
                _conjunct_at_head(tree, i)


def _kids(tree: Tree, i: int, deps) -> list[int]:
    return [c for c in children_of(tree, i) if tree.deps[c] in deps]


# ---- participle-complement-read-as-sibling -------------------------------------------------------
def _stacked_participle(tree: Tree, v: int) -> bool:
    p, n = v - 1, tree.heads[v]
    if p <= tree.start or tree.heads[p] != n or tree.deps[p] != "acl" or tree.tags[p] not in PAST_TAGS \
            or tree.tags[n] not in NOUN_TAGS or n >= p or tree.tags[v] != "VBN":
        return False
    if any(tree.deps[c] in AUX_DEPS or tree.deps[c] in SUBJECT_DEPS for c in children_of(tree, v)) \
            or children_of(tree, p):
        return False

    def change(t: Tree) -> None:
        t.heads[v], t.deps[v] = p, "xcomp"

    return attempt(tree, "participle-complement-read-as-sibling", change)


# ---- finite-verb-read-as-participle ---------------------------------------------------------------
def _finite_participle(tree: Tree, v: int) -> bool:
    n = tree.heads[v]
    if n >= v or tree.tags[n] not in NOUN_TAGS or v - 1 not in subtree_of(tree, n):
        return False
    kids = children_of(tree, v)
    if any(tree.deps[c] in AUX_DEPS or tree.deps[c] in SUBJECT_DEPS for c in kids):
        return False
    root = tree.root
    tagged_finite = tree.tags[v] == "VBD" and n == root and _determined(tree, n, v)
    if not tagged_finite and not any(tree.deps[c] == "dobj" and c > v and tree.tags[c] in OBJECT_TAGS for c in kids):
        return False  # a passive participle takes no object: "members detained" is a relative clause
    if tree.heads[n] == n or (tree.tags[root] in NOUN_TAGS and n in subtree_of(tree, root)):
        return _participle_of_root(tree, v, root)
    r = tree.heads[n]
    if tree.deps[n] == "nsubj" and r > v and tree.pos[r] == "VERB":
        return _participle_before_verb(tree, v, n, r)
    return False


def _determined(tree: Tree, n: int, v: int) -> bool:
    """Whether noun n's phrase before v opens with an article, a possessive pronoun or holds a possessive 's: body
    text, whose sentences have a finite verb. A headline drops its articles and its BE ("Man charged with fraud"),
    so there a past form after a bare noun is the passive participle the parser read."""
    phrase = [k for k in subtree_of(tree, n) if k < v]
    return tree.tags[min(phrase)] in ("DT", "PRP$") or any(tree.tags[k] == "POS" for k in phrase)


def _participle_of_root(tree: Tree, v: int, root: int) -> bool:
    """"Police wielding batons arrested scores ...": the noun root is the subject of the form."""
    if tree.tags[root] not in NOUN_TAGS or root > v or any(k not in subtree_of(tree, root)
                                                            for k in range(tree.start, v)):
        return False

    def change(t: Tree) -> None:
        after = [c for c in children_of(t, root) if c > v]
        take_place(t, v, root)
        t.heads[root], t.deps[root] = v, "nsubj"
        for c in after:  # the final punctuation, a trailing clause: they hung on the root
            t.heads[c] = v
        t.tags[v], t.pos[v] = "VBD", "VERB"

    return attempt(tree, "finite-verb-read-as-participle", change)


def _participle_before_verb(tree: Tree, v: int, n: int, r: int) -> bool:
    """"Kenyan police arrested 15 men in Mombasa, a police officer said": the clause is r's fronted
    complement, the noun phrase right before r (after the last comma) r's subject. Where the parser already hung
    that phrase on r as a second subject ("Some 7,000 fighters handed over their weapons ..., the U.N. mission
    said": two subjects of one verb), the same holds (session 25)."""
    comma = max((k for k in range(v + 1, r) if tree.words[k] == ","), default=None)
    if comma is None:
        return False
    s = _phrase_before(tree, comma, r)
    if any(tree.deps[c] in SUBJECT_DEPS for c in children_of(tree, r) if c not in (n, s)):
        return False

    def change(t: Tree) -> None:
        t.heads[v], t.deps[v] = r, "ccomp"
        t.heads[n], t.deps[n] = v, "nsubj"
        t.tags[v], t.pos[v] = "VBD", "VERB"
        if s is not None:
            t.heads[s], t.deps[s] = r, "nsubj"

    return attempt(tree, "finite-verb-read-as-participle", change)


def _phrase_before(tree: Tree, comma: int, r: int) -> int | None:
    """The head of the noun phrase that fills the stretch between a comma and verb r, where there is one."""
    heads = [k for k in range(comma + 1, r) if tree.heads[k] < comma + 1 or tree.heads[k] >= r]
    if len(heads) != 1:
        return None
    (s,) = heads
    if tree.tags[s] not in NOUN_TAGS | {"PRP"} or set(subtree_of(tree, s)) & set(range(r, tree.end)):
        return None
    return s


# ---- report-read-as-relative -----------------------------------------------------------------------
def _report_relative(tree: Tree, r: int) -> bool:
    n, words = tree.heads[r], tree.words
    if words[r] not in reporting_forms() or n >= r or tree.tags[n] not in NOUN_TAGS | {"PRP"}:
        return False
    if any(tree.deps[c] not in TAIL_DEPS for c in children_of(tree, r)):
        return False  # "the agency reported a loss": an object, no reporting tail
    first = min(subtree_of(tree, n))
    if first == tree.start or words[first - 1] != ",":
        return False
    if any(tree.tags[k] not in (".", ",", "''", "``") for k in range(max(subtree_of(tree, n)) + 1, tree.end)):
        return False  # the tail ends the sentence
    root = tree.root
    if root >= first or tree.pos[root] not in ("VERB", "AUX") or n not in subtree_of(tree, root) or n == root:
        return False

    def change(t: Tree) -> None:
        after = [c for c in children_of(t, root) if c > max(subtree_of(t, n))]
        take_place(t, r, root)
        t.heads[root], t.deps[root] = r, "ccomp"
        t.heads[n], t.deps[n] = r, "nsubj"
        t.heads[first - 1] = r
        for c in after:
            t.heads[c] = r
        t.tags[r], t.pos[r] = "VBD", "VERB"

    return attempt(tree, "report-read-as-relative", change)


# ---- gerund-coordinated-with-finite-verb ----------------------------------------------------------
def _gerund_conjunct(tree: Tree, g: int) -> bool:
    h = tree.heads[g]
    if h >= g or tree.tags[h] not in FINITE_TAGS:
        return False
    kids = children_of(tree, g)
    if any(tree.deps[c] in SUBJECT_DEPS or tree.deps[c] in AUX_DEPS for c in kids):
        return False
    cc = next((k for k in range(g - 1, h, -1) if tree.deps[k] == "cc" and tree.heads[k] in (h, g)), None)
    if cc is None or cc != g - 1:
        return False
    first = cc - 1
    if not (tree.words[first].endswith("ING") and tree.tags[first] in ("VBG", "NN")
            and tree.deps[first] in ("pobj", "pcomp") and tree.deps[tree.heads[first]] == "prep"):
        return False

    def change(t: Tree) -> None:
        t.heads[g], t.deps[g] = first, "conj"
        t.heads[cc] = first
        if t.tags[first] == "NN":  # its conjunct shows it a gerund: the preposition's object is a clause
            t.tags[first], t.pos[first], t.deps[first] = "VBG", "VERB", "pcomp"

    return attempt(tree, "gerund-coordinated-with-finite-verb", change)


# ---- conjunct-read-at-the-head --------------------------------------------------------------------
def _conjunct_at_head(tree: Tree, c: int) -> bool:
    n = tree.heads[c]
    if n >= c or tree.tags[n] not in ("NN", "NNS"):
        return False
    of = next((p for p in children_of(tree, n) if tree.deps[p] == "prep" and tree.words[p] == "OF" and p < c), None)
    if of is None:
        return False
    objects = _kids(tree, of, ("pobj",))
    if len(objects) != 1 or tree.tags[objects[0]] not in ("NNP", "NNPS"):
        return False
    (o,) = objects
    last = max(subtree_of(tree, of))
    if any(tree.deps[k] not in ("cc", "punct") for k in range(last + 1, c)) or last + 1 == c:
        return False
    if any(tree.deps[k] == "det" for k in children_of(tree, c)):
        return False  # "the ministers of Xland and the Yland envoy": a phrase of its own

    def change(t: Tree) -> None:
        t.heads[c] = o
        for k in range(last + 1, c):
            if t.heads[k] == n:
                t.heads[k] = o

    return attempt(tree, "conjunct-read-at-the-head", change)
