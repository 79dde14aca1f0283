"""Which way a time expression points: from the tense of the verb that governs it in the parse.

"said Wednesday" points back (the most recent Wednesday), "will meet on Friday" forward, "is expected
to head to Iraq tomorrow" forward; a plain present ("expires Sunday") forward too, except a reporting verb
("says Wednesday"). A verb without a tense of its own (an infinitive, a gerund, a bare verb) takes its
direction from the verb above it ("tried to kill the governor on Sunday": back), unless that verb looks
ahead ("plans to visit on Sunday": forward); a participle on its own points back ("the treaty, signed on
Sunday, will take effect"). A verbless fragment gives "nearest".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

import numpy

from spacy.attrs import LEMMA, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..nlp import DocTokens, DocTree, doc_tokens, doc_tree
from .words import time_words

CLIMB_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acl", "relcl", "prep", "dep", "ccomp"}
MAX_CLIMB = 6
TREE_KEY = "communique.time.tree"  # doc.user_data: the DepTree
# string ids of the tags and lemmas the rules test (DepTree keeps ids, not strings)
VBD, VBG, VBN, VBZ, VBP, NNS, NNPS = (get_string_id(tag) for tag in ("VBD", "VBG", "VBN", "VBZ", "VBP", "NNS", "NNPS"))
HAVE, BE = get_string_id("have"), get_string_id("be")


@dataclass(frozen=True)
class Tense:
    direction: str  # past | future | nearest
    finite_past: bool  # the nearest verb itself is a finite past form ("had risen by Tuesday")
    sets_deadline: bool = False  # the nearest verb grants time ("gave them until Friday")
    purpose: bool = False  # the nearest verb is, or is the complement of, a purpose infinitive ("raised output
    # to try to fill the bags by Thursday"): a goal, ahead of the act it is the purpose of


def governing_verb(span: Span) -> Token | None:
    """The first verb on the way up from the expression's root, outside the expression."""
    verb = governing_verb_index(span.doc, span.root.i, (span.start, span.end))
    return None if verb is None else span.doc[verb]


def governing_verb_index(doc: Doc, root: int, outside: tuple[int, int]) -> int | None:
    """`governing_verb` of the expression whose root is token `root` and whose tokens are `outside`."""
    return verb_above(dep_tree(doc), root, 40, outside)


def tense_of(span: Span) -> Tense:
    return tense_at(span.doc, span.root.i, (span.start, span.end))


def tense_at(doc: Doc, root: int, bounds: tuple[int, int]) -> Tense:
    """The tense of the expression whose root is token `root`, its tokens `bounds` (`tense_of`)."""
    tree = dep_tree(doc)
    verb = verb_above(tree, root, 40, bounds)
    if verb is None:
        return Tense("nearest", False)
    direction = _direction(tree, verb, 0, _hangs_on_verb(tree, root, verb, bounds))
    sets_deadline = tree.words.lemma[verb] in time_words().get("deadline_verb")
    return Tense(direction, direction == "past" and _is_finite_past(tree, verb), sets_deadline,
                 _in_purpose(tree, verb))


def _hangs_on_verb(tree: DepTree, root: int, verb: int, bounds: tuple[int, int]) -> bool:
    """Whether the expression modifies the verb itself, through prepositions only ("killed on Sunday"), not
    a noun the verb governs ("followed by rain on Sunday")."""
    i = tree.head[root]
    while i != verb:
        if not (bounds[0] <= i < bounds[1]) and tree.words.pos[i] != "ADP":
            return False
        if tree.head[i] == i:
            return False
        i = tree.head[i]
    return True


def _in_purpose(tree: DepTree, verb: int) -> bool:
    """Whether token `verb` is a purpose infinitive ("to try", "in order to fill") or the infinitive
    complement of one ("to try to fill")."""
    lower, dep = tree.words.lower, tree.words.dep
    for _ in range(MAX_CLIMB):
        if not any(lower[a] == "to" for a in _auxiliaries(tree, verb)):
            return False
        head = tree.head[verb]
        if dep[verb] == "advcl" or (tree.words.pos[head] == "NOUN" and _after_purpose_phrase(tree, head)):
            return True
        if dep[verb] != "xcomp" or tree.words.pos[head] not in ("VERB", "AUX"):
            return False
        verb = head
    return False


def verb_direction(verb: Token, depth: int = 0) -> str:
    return _direction(dep_tree(verb.doc), verb.i, depth)


@dataclass
class DepTree:
    """The dependency tree of one document as token indices (nlp.doc_tree's heads and children), with
    the tags and lemmas the tense rules test kept as string ids, compared with the ids of the few
    strings they look for: spaCy builds a new Token for every `.head` and child, and decodes every
    string on each access."""
    words: DocTokens
    head: list[int]  # index of each token's head (itself for a sentence root)
    tag: numpy.ndarray  # string id of token.tag_ (read only for the few verbs the rules reach)
    lemma: numpy.ndarray  # string id of token.lemma_ (not lowered)
    shared: DocTree = field(repr=False)

    def children(self, i: int) -> Sequence[int]:
        """Token i's children in text order (`Token.children`)."""
        return self.shared.children[i]

    def subtree(self, doc: Doc, i: int) -> list[int]:
        """Token i and every token under it, in text order (`Token.subtree`, sorted)."""
        return self.shared.members(doc, i)


def dep_tree(doc: Doc) -> DepTree:
    """The DepTree of `doc`, built on first use and kept in `doc.user_data`."""
    tree = doc.user_data.get(TREE_KEY)
    if tree is None:
        shared = doc_tree(doc)
        tags, lemmas = doc.to_array([TAG, LEMMA]).T
        tree = doc.user_data[TREE_KEY] = DepTree(doc_tokens(doc), shared.heads, tags, lemmas, shared)
    return tree


def _auxiliaries(tree: DepTree, verb: int) -> list[int]:
    dep = tree.words.dep
    return [c for c in tree.children(verb) if dep[c] in ("aux", "auxpass")]


def _direction(tree: DepTree, verb: int, depth: int, own: bool = True) -> str:
    """Which way an expression points whose nearest verb is token `verb`; `own`: the expression modifies
    that verb itself (`_hangs_on_verb`), as a clause below it does."""
    words = time_words()
    future_aux = _future_auxiliaries()
    lower, lemma, tag = tree.words.lower, tree.lemma, tree.tag
    auxes = _auxiliaries(tree, verb)
    if any(lemma[a] == HAVE for a in auxes):
        return "past"  # "has met", "would have met"
    if any(lower[a] in future_aux for a in auxes) or lower[verb] in future_aux:
        return "future"
    if tag[verb] == VBD or any(tag[a] == VBD for a in auxes):
        return "past"
    head = tree.head[verb]
    if any(lower[a] == "to" for a in auxes):
        return _infinitive_direction(tree, verb, depth)
    if tag[verb] == VBG and any(lemma[a] == BE for a in auxes):
        return "future"
    if tag[verb] in (VBZ, VBP) and not auxes:
        dep, lowered = tree.words.dep, tree.words.lemma[verb]
        if any(dep[c] == "xcomp" and lemma[c] != lemma[verb] for c in tree.children(verb)) and \
                lowered in words.get("future_governor"):
            return "future"
        return "nearest" if lowered in words.get("reporting_verb") else "future"
    if tag[verb] == VBN and not auxes and tree.words.dep[verb] == "ROOT" and \
            any(tree.words.dep[c] == "nsubj" for c in tree.children(verb)):
        return "past"  # a bare participle with a subject as a sentence's verb is a past the tagger misread, or a
        # headline's past ("Thousands protested on Sunday", "Five arrested in Nairobi"); not a notice with no subject
        # ("Closed through June 1"), a state that lasts
    if own and tag[verb] == VBN and not auxes and tree.words.dep[verb] in ("acl", "advcl") and \
            tree.words.lemma[verb] not in words.get("sequence_participle"):
        # a participle on its own tells a done act ("the treaty, signed on Sunday, will take effect"), unless it
        # schedules one ("the talks, scheduled for Monday")
        return "future" if tree.words.lemma[verb] in words.get("schedule_participle") else "past"
    if head != verb and depth < MAX_CLIMB and tree.words.dep[verb] in CLIMB_DEPS | {"advmod", "pobj"}:
        upper = verb_above(tree, head)
        if upper is not None:
            return _direction(tree, upper, depth + 1)
    return "nearest"


def _infinitive_direction(tree: DepTree, verb: int, depth: int) -> str:
    """A "to"-infinitive has no tense of its own. Under a verb or adjective that looks ahead it points
    forward ("urged them to leave by Sunday", "is due to resume"); under any other verb or adjective it
    happens when its governor does ("tried to kill the governor on Sunday", "was able to reach"), and under
    a noun it lies ahead ("a truce to take effect on Jan. 12"), except an attempt's or a purpose's ("foiled an
    attempt to kill him on Sunday", "advanced in order to retake the town on Sunday")."""
    head = tree.head[verb]
    if head == verb or depth >= MAX_CLIMB or _looks_ahead(tree, head):
        return "future"
    if tree.words.pos[head] in ("NOUN", "PROPN") and not _inherits(tree, head):
        return "future"
    upper = verb_above(tree, head)
    return "future" if upper is None else _direction(tree, upper, depth + 1)


def _inherits(tree: DepTree, noun: int) -> bool:
    """Whether the "to"-infinitive of token `noun` happens when the verb above does: an attempt's ("an attempt
    to", "in a bid to") or a purpose's ("in order to"), from data/time_words.tsv."""
    words = time_words()
    return tree.words.lemma[noun] in words.get("attempt_noun") or _after_purpose_phrase(tree, noun)


def _after_purpose_phrase(tree: DepTree, noun: int) -> bool:
    """Whether token `noun` ends a purpose phrase of data/time_words.tsv with the word it hangs on ("in order")."""
    lower = tree.words.lower
    return f"{lower[tree.head[noun]]} {lower[noun]}" in time_words().get("purpose_phrase")


def _looks_ahead(tree: DepTree, governor: int) -> bool:
    """Whether token `governor` is a verb or adjective whose "to"-complement lies ahead (data/time_words.tsv,
    future_governor; "progressive": only in the -ing form, "is going to" but not "went to")."""
    form = time_words().get("future_governor").get(tree.words.lemma[governor])
    if form is None or tree.words.pos[governor] in ("NOUN", "PROPN"):  # "an order to", "in order to": below
        return False
    return form != "progressive" or tree.tag[governor] == VBG


@lru_cache(maxsize=1)
def _future_auxiliaries() -> frozenset[str]:
    return frozenset(time_words().lowered("future_aux"))


def verb_above(tree: DepTree, i: int, steps: int = 8, outside: tuple[int, int] = (0, 0)) -> int | None:
    """The first verb at or above token i within `steps` arcs, not inside the tokens `outside`."""
    pos, head = tree.words.pos, tree.head
    for _ in range(steps):
        if pos[i] in ("VERB", "AUX") and not (outside[0] <= i < outside[1]):
            return i
        if head[i] == i:
            return None
        i = head[i]
    return None


def _is_finite_past(tree: DepTree, verb: int) -> bool:
    auxes = _auxiliaries(tree, verb)
    if any(tree.words.lower[a] == "to" for a in auxes):
        return False
    return tree.tag[verb] == VBD or any(tree.tag[a] == VBD for a in auxes)
