"""Lists of actors broken by an inserted phrase or joined by a quasi-coordinator (profile switch `broken_lists`).

PETRARCH-2 reads a coordinated noun phrase as one flat list of words, every member an actor (spec §3.1, §3.5).
Two kinds of English list reach the coder as something else:

* A list joined by a quasi-coordinator, "along with" or "together with", which adds a member to a noun
  phrase as "and" does ("as well as", the commonest, the parser already reads as a coordinator). The parser
  makes it a PP of the first member, and a PP's actors count only where the phrase has none of its own (spec
  §3.4), so "Xland and Yland, along with Zland, condemned the attack" lost Zland.
* A list broken by a parenthetical phrase between the coordinator and its last member ("accused Xland,
  Yland and, in a separate statement, Zland of ...", "attacked Xland and, two days later, Yland", "sanctions
  on Xland, Yland, and with some conditions, Zland"): the parser leaves the coordinator without a conjunct
  and hangs the last member on the verb (`npadvmod`) or inside the inserted phrase (an apposition, a second
  object of its preposition), where it names no participant, so it was no target. A subject so broken is
  read already: the parser makes the last member a second subject.

`quasi_coordinated` gives the members a quasi-coordinator adds to a noun phrase, `stranded_members` the member
an inserted phrase cut off from its list; noun_phrases.py reads both as the phrase's conjuncts, wherever the
list stands (subject, object, a PP's object), and leaves a stranded member's words (`stranded_words`) out of
the phrase the parser hung it on.
"""
from __future__ import annotations

from ..phrases import NounPhrase, PrepPhrase, SentenceView

QUASI_COORDINATORS = frozenset({"ALONG", "TOGETHER"})  # "along with", "together with"
COORDINATORS = frozenset({"AND", "OR"})
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # an inserted phrase has no finite verb ("with strings attached")
INSERTED_WORDS = 10  # the longest inserted phrase looked through ("and, in a separate statement issued later, ...")


def quasi_pp(view: SentenceView, pp: PrepPhrase) -> NounPhrase | None:
    """The object of a quasi-coordinating PP of a noun phrase, else None: "together with Yland" (WITH with
    the adverb TOGETHER or ALONG) or "along with Yland" (ALONG over WITH)."""
    obj = _quasi_object(view, pp.prep)
    return view.noun_phrase(obj) if obj is not None else None


def quasi_coordinated(view: SentenceView, np: NounPhrase) -> list[NounPhrase]:
    """The noun phrases quasi-coordinators add to np's list ("Xland, along with Yland and Zland": the phrase
    of Yland, which holds its own conjuncts): its own PPs, and for a subject the verb's PPs set between it and
    the verb ("Xland, along with Yland, sent troops", where the parser hangs the PP on the verb)."""
    found = [obj for pp in np.pps if (obj := quasi_pp(view, pp)) is not None]
    verb = view.heads[np.head]
    if view.deps[np.head] in SUBJECT_LABELS and verb > np.head:
        for c in view.children[verb]:
            if np.head < c < verb and view.deps[c] == "prep" and (obj := _quasi_object(view, c)) is not None:
                found.append(view.noun_phrase(obj))
    return found


def _quasi_object(view: SentenceView, p: int) -> int | None:
    """The object of preposition p where p is a quasi-coordinator ("together with", "along with"), else None."""
    words, deps, children = view.words, view.deps, view.children
    if words[p] == "WITH" and any(deps[c] == "advmod" and words[c] in QUASI_COORDINATORS for c in children[p]):
        return next((o for o in children[p] if deps[o] == "pobj"), None)
    if words[p] in QUASI_COORDINATORS:
        for c in children[p]:
            if deps[c] == "prep" and words[c] == "WITH":
                return next((o for o in children[c] if deps[o] == "pobj"), None)
    return None


def stranded_members(view: SentenceView, np: NounPhrase) -> list[NounPhrase]:
    """The last member of np's list, cut off from it by a phrase set off with a comma after its coordinator:
    "accused Xland, Yland and, in a separate statement, Zland of ..." (Zland, which the parser hangs on the
    verb), "sanctions on Xland, Yland, and with some conditions, Zland" (Zland, an apposition of
    "conditions"). np is the list's first member (it holds the chain, phrase_builder.py)."""
    deps = view.deps
    chain = [np.head] + [n.head for n in np.nested if deps[n.head] == "conj"]
    j = _rightmost(view, max(chain)) + 1
    if j < view.end and view.words[j] == ",":
        j += 1
    member = _member_after(view, j)
    return [] if member is None else [view.noun_phrase(member)]


def stranded_words(view: SentenceView) -> frozenset[int]:
    """The words of every member an inserted phrase cut off from its list in the sentence: they are that
    list's, not words of the phrase the parser hung them on ("with conditions attached, Zland")."""
    words, tags, found = view.words, view.tags, set()
    for j in range(view.start + 1, view.end):
        p = j - 2 if words[j - 1] == "," else j - 1
        if words[j] in COORDINATORS and p >= view.start and tags[p].startswith("NN"):
            member = _member_after(view, j)
            if member is not None:
                found.update(_subtree(view, member))
    return frozenset(found)


def _member_after(view: SentenceView, j: int) -> int | None:
    """The head of the list member after coordinator j that an inserted phrase cut off, else None: the
    coordinator has no conjunct of its own, a noun or any word past the inserted phrase (the parser often takes
    the inserted phrase's first word for it: "and with conditions" coordinated with "to Xland"); the member is the noun
    phrase right after the comma that closes the inserted phrase, and not a subject (read as one already)."""
    words, deps, heads, children, tags = view.words, view.deps, view.heads, view.children, view.tags
    if j >= view.end or words[j] not in COORDINATORS or deps[j] != "cc":
        return None
    k = j + 2  # the inserted phrase: at least one word, then the comma that closes it
    while k < min(view.end, j + INSERTED_WORDS) and words[k] != "," and tags[k] not in FINITE_TAGS:
        k += 1
    if k >= view.end - 1 or words[k] != ",":
        return None
    if any(deps[c] == "conj" and (c > k or tags[c].startswith("NN")) for c in children[heads[j]]):
        return None  # the coordinator has its conjunct (a noun, or past the inserted phrase): nothing is stranded
    start = member = k + 1
    while heads[member] != member and tags[heads[member]].startswith("NN") and _leftmost(view, heads[member]) == start:
        member = heads[member]  # up to the head of the noun phrase that starts there
    if not tags[member].startswith("NN") or deps[member] in SUBJECT_LABELS:
        return None
    return member


def _subtree(view: SentenceView, i: int) -> list[int]:
    found = [i]
    for k in found:
        found.extend(view.children[k])
    return found


def _leftmost(view: SentenceView, i: int) -> int:
    """The first token of i's subtree."""
    low, stack = i, [i]
    while stack:
        for c in view.children[stack.pop()]:
            low = min(low, c)
            stack.append(c)
    return low


def _rightmost(view: SentenceView, i: int) -> int:
    """The last word of i's own phrase: its subtree without its own conjuncts (a phrase inside it keeps its
    conjuncts: "a truce between Xland and Yland"), and without coordinators and punctuation, which end no phrase."""
    high, stack = i, [c for c in view.children[i] if view.deps[c] != "conj"]
    while stack:
        c = stack.pop()
        if view.deps[c] not in ("cc", "punct"):
            high = max(high, c)
            stack.extend(view.children[c])
    return high
