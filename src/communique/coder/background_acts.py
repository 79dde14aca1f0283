"""An act told only in a clause subordinate to the main clause does not keep the main clause's act out (profile
`communique`, switch `background_acts`).

`kind_subjects` keeps an act whose subject names its actor only by a pronoun or its kind ("he appealed to ...",
"the bloc condemned ...") with an unidentified source where the sentence keeps no other act: an act someone the
dictionaries did name did is then the sentence's news, and the unnamed one a guess. But wire copy tells the
background of its main event in a clause below it: a relative clause ("the crackdown, in which security forces
killed 40 protesters", "the city, large parts of which were destroyed during the battle"), an adverbial clause
("after Israeli aircraft struck targets in Gaza"), a participle. An act told there is background to the main
clause's act, not a rival to it (coder/prominence.py already ranks it below), and where it alone was kept, the
sentence's only event was its background. So another act keeps the main clause's out only where it is not told in
a clause subordinate to that act's verb: under it through a link that opens a subordinate clause (prominence.py's
`SUBORDINATE_LINKS`: relcl, advcl, acl, ccomp, csubj, pcomp). A coordinated act ("he criticised the plan and
Turkey recalled its envoy") and an act of another sentence part still keep it out. So too for the learned
classifier's recall (classify/apply.py): an act kept for a kind subject gives way to a violent act the classifier
reads in its sentence, unless the classifier's trigger is told in a clause subordinate to the act's verb ("the bloc
condemned the crackdown, in which security forces killed 40 protesters"): then both are kept, the act first.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from spacy.tokens import Doc

from ..nlp import doc_tree
from .phenomena.kind_subjects import KIND_SUBJECT_STEP
from .prominence import SUBORDINATE_LINKS


def background_to(doc: Doc, i: int, verbs: Iterable[int]) -> bool:
    """Whether token i is told in a clause subordinate to one of `verbs`: under it, with a subordinate link on
    the way up."""
    tree = doc_tree(doc)
    targets = set(verbs)
    below, seen = False, set()
    while tree.heads[i] != i and i not in seen:
        seen.add(i)
        below = below or tree.dep[i] in SUBORDINATE_LINKS
        i = tree.heads[i]
        if i in targets:
            return below
    return False


def over_background(doc: Doc, event, recalled: Sequence) -> bool:
    """Whether the coded `event` (an EventMention), an act kept for a kind subject, stays beside the classifier's
    `recalled` events of its sentence: each of them has its trigger in a clause subordinate to the event's verb."""
    if event.origin != "coder" or KIND_SUBJECT_STEP not in event.steps:
        return False
    verb = _token_at(doc, event.trigger_start)
    rivals = [r for r in recalled if r.sentence == event.sentence]
    return verb is not None and bool(rivals) and all(
        (k := _token_at(doc, r.trigger_start)) is not None and background_to(doc, k, [verb]) for r in rivals)


def _token_at(doc: Doc, char: int | None) -> int | None:
    if char is None:
        return None
    return next((t.i for t in doc if t.idx == char), None)
