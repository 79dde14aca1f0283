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
Turkey recalled its envoy") and an act of another sentence part still keep it out.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from ..nlp import doc_tree
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
