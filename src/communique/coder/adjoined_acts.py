"""Which of two acts told side by side in one clause chain is the main one (coder/prominence.py's rule 4).

prominence.py ranks an act told in a subordinate clause below the clause it hangs on (rule 1), but two kinds of
clause it counts as no subordination, or as one level only, carry a second act that wire copy and the wire censuses'
label rules ("a sentence is labelled by its main clause's event") rank below the first, whatever the coder's
certainty of each:

- **A participial adjunct of speech** (switch `saying_adjuncts`): a present participle of a verb of saying or of a
  speech act (data/coder_speech_participles.tsv), set after a clause's act with no subordinator ("Ankara expelled
  two diplomats on Tuesday, [saying they had met ...]"; "recalled its ambassador, [calling the visit a
  provocation]"; "imposed a curfew, [citing fears of clashes]"), is a supplementive clause telling what the doer
  said in acting: the act is the news. Rule 1 puts the participle one level down, but where the act has no target or
  no pattern (0.55-0.65) and the participle's own event or one in what it says has both (0.9 - 0.1), the comment
  won. An event told by such a participle, or under it, ranks a gap (below) under the act of the verb it hangs on,
  where that verb's event is an act (not a residual statement nor a frame of prominence.py's rule 2: "issued a
  statement, saying troops had killed ..." is still the killing).
- **A later conjunct** (switch `first_conjuncts`): of two coordinated verbs each coding an act ("condemned the
  bombing and urged calm"; "released the governor on bail but barred him from his office"; "praised the deal and
  called on both sides to respect it"), the wire censuses label the first (their rulings: a condemnation or
  criticism joined to an appeal or a demand is the condemnation; praise joined to an appeal is the praise; a release
  on bail joined to a bar is the release; a visit joined to a promise is the visit): the first conjunct is what the
  sentence leads with, the later one what the actor did besides. An act of a verb coordinated (spaCy's `conj`, up
  the chain) to an earlier verb whose event is an act ranks a gap below that act. A residual statement or a
  frame heads no chain ("said ... and added that troops shelled ..." is the shelling, rule 2).

The gap is prominence.py's `RESIDUAL_GAP` (more than the pipeline's later 0.1 for a target read from the place, so
the order holds), and a lowered event keeps at least its `FLOOR`: prominence.py passes both in. Codes, actors and
which events are emitted never change: only confidence and order.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from ..data_files import upper_words
from ..nlp import doc_tokens, doc_tree

SPEECH_PARTICIPLE_FILE = "coder_speech_participles.tsv"
ADJUNCT_LINK = "advcl"
CONJUNCT_LINK = "conj"
PRESENT_PARTICIPLE = "VBG"
MARK = "mark"  # a subordinator ("after", "while", "by"): an adverbial clause of time or means, not a comment
# what may stand between a participial adjunct and its head: a comma (wire copy sets the comment off by one)
PUNCTUATION = frozenset({",", ";", "--"})


def lowered(doc: Doc, candidates: Sequence, frames: Sequence[bool], adjuncts: bool, conjuncts: bool, gap: float,
            floor: float) -> list:
    """The candidates (adapter.EventCandidate, their confidence already adjusted by rules 1 and 3) with each event told
    in a participial adjunct of speech (`adjuncts`) or in a later conjunct (`conjuncts`) of an act ranked `gap` below
    that act, at least `floor` (module docstring); `frames`: prominence.py's rule-2 frames, which head nothing."""
    if not (adjuncts or conjuncts) or len(candidates) < 2:
        return list(candidates)
    acts: dict[int, float] = {}
    for c, frame in zip(candidates, frames):
        if not frame:
            acts[c.trigger] = max(acts.get(c.trigger, 0.0), c.confidence)
    out = []
    for c in candidates:
        head = _main_act(doc, c.trigger, acts, adjuncts, conjuncts)
        if head is not None and head != c.trigger:
            c = replace(c, confidence=max(floor, min(c.confidence, round(acts[head] - gap, 2))))
        out.append(c)
    return out


def _main_act(doc: Doc, i: int, acts: dict[int, float], adjuncts: bool, conjuncts: bool) -> int | None:
    """The trigger of the act token i is adjoined to: the verb a participial adjunct of speech holding i hangs on, or
    the first verb of the coordination i's verb is a later conjunct of; the nearest such, None where there is none."""
    tree, speech = doc_tree(doc), speech_participles()
    seen = set()
    while tree.heads[i] != i and i not in seen:
        seen.add(i)
        link, head = tree.dep[i], tree.heads[i]
        if adjuncts and link == ADJUNCT_LINK and head in acts and i > head and _speech_adjunct(doc, i, speech):
            return head
        if conjuncts and link == CONJUNCT_LINK and i > head:
            first = _first_conjunct(tree, head)
            if first in acts:
                return first
        i = head
    return None


def _speech_adjunct(doc: Doc, i: int, speech: frozenset[str]) -> bool:
    """Whether token i heads a detached present participle of a verb of speech: a VBG of the table's lemmas, with no
    subordinator or subject of its own, set off by a comma before it."""
    tree, words = doc_tree(doc), doc_tokens(doc)
    if doc[i].tag_ != PRESENT_PARTICIPLE or words.lemma[i].upper() not in speech:
        return False
    if any(tree.dep[k] in (MARK, "nsubj", "nsubjpass", "aux") for k in tree.children[i]):
        return False
    before = doc[max(doc[i].left_edge.i - 1, 0)]
    return before.text in PUNCTUATION


def _first_conjunct(tree, i: int) -> int:
    """The first verb of the coordination token i belongs to (up the `conj` links)."""
    seen = set()
    while tree.dep[i] == CONJUNCT_LINK and tree.heads[i] != i and i not in seen:
        seen.add(i)
        i = tree.heads[i]
    return i


@lru_cache(maxsize=1)
def speech_participles() -> frozenset[str]:
    """The lemmas (upper case) of the verbs of speech whose detached participle comments on an act
    (data/coder_speech_participles.tsv)."""
    return upper_words(SPEECH_PARTICIPLE_FILE, "the coder's verbs of speech told in participial adjuncts", columns=2,
                       expected="'LEMMA<TAB>what the participle tells'")
