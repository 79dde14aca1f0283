"""What two or more parties discuss is no recipient of their consultation (profile `communique`, switch
`discussed_topics`; session 31).

PETRARCH-2 reads a clause's target from its object (spec §4.5), so "Xland and Yland discussed the dispute over Zland's
dam" gives XLD -> ZLD and YLD -> ZLD (and, by the code's passive part, ZLD -> XLD, ZLD -> YLD): the country the
matter concerns as the one consulted. The object of a verb of discussion (DISCUSS, NEGOTIATE: data/coder_topic_verbs.tsv)
is the matter talked about; the parties are the subject, and the PLOVER manual codes a meeting of several entities
with "all of the entities ... as the actor and no recipient". So the records of one clause's consultation (CAMEO 04,
not the visit 042 nor its hosting 043) from two or more sources whose shared target is read only from the verb's
direct object become one actor list with no recipient, and the reversed records go (`venues.reciprocal_without`,
the same step as a reciprocal event's venue); a venue among the target's words ("discussed Zland's dam in Wcity") is
no party either. A counterpart named otherwise ("discussed the dispute with Zland":
a WITH, BETWEEN or AMONG phrase, of the verb or of its object), a verb whose object is the party met ("met Zland's envoy"), and a consultation of one
party keep their targets. `petrarch2` keeps PETRARCH-2's.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import upper_words
from ..phrases import SentenceView
from .venues import CONSULT_ROOT, ONE_SIDED_CONSULTS, in_venue_phrase, reciprocal_without

VERBS_FILE = "coder_topic_verbs.tsv"
STEP = "addition: the matter two or more parties discuss, no recipient (discussed_topics)"
OBJECT_DEPS = frozenset({"dobj"})
PARTNER_PREPOSITIONS = frozenset({"WITH", "BETWEEN", "AMONG"})  # a phrase naming whom the talk is with


@lru_cache(maxsize=1)
def topic_verbs() -> frozenset[str]:
    """The verbs of data/coder_topic_verbs.tsv (lemmas, upper case)."""
    return upper_words(VERBS_FILE, "the verbs of discussion", columns=2, expected="'VERB<TAB>what its object is'")


def without_discussed_topics(records: Sequence, view: SentenceView, lemmas: list[str], reciprocal_step: str) -> list:
    """The records whose shared target two or more parties discuss made one actor list with no recipient (see the
    module docstring); `lemmas` are the sentence Doc's, `reciprocal_step` the step reciprocal records carry."""
    def topic(group: list) -> bool:
        record = group[0]
        return len({r.source for r in group}) >= 2 and record.code.startswith(CONSULT_ROOT) \
            and record.code[:3] not in ONE_SIDED_CONSULTS and lemmas[record.verb].upper() in topic_verbs() \
            and any(_in_object(view, t, record.verb) for t in record.target_tokens) \
            and all(_in_object(view, t, record.verb) or in_venue_phrase(view, t) for t in record.target_tokens) \
            and not _partner_phrase(view, record.verb)
    return reciprocal_without(records, topic, reciprocal_step, STEP)


def _partner_phrase(view: SentenceView, verb: int) -> bool:
    """Whether a WITH, BETWEEN or AMONG phrase stands in the verb's clause (under it, no other verb between):
    "discussed piracy with Zland" names the counterpart, wherever the parse hangs the phrase."""
    return any(view.words[t] in PARTNER_PREPOSITIONS and view.deps[t] == "prep" and _under(view, t, verb)
               for t in range(view.start, view.end))


def _under(view: SentenceView, token: int, verb: int) -> bool:
    node = token
    for _ in range(12):
        head = view.heads[node]
        if head == verb:
            return True
        if head == node or view.tags[head].startswith("VB"):
            return False
        node = head
    return False


def _in_object(view: SentenceView, token: int, verb: int) -> bool:
    """Whether `token` lies in a direct object of `verb` (its subtree), reached without passing another verb."""
    node = token
    for _ in range(12):
        head = view.heads[node]
        if head == verb:
            return view.deps[node] in OBJECT_DEPS
        if head == node or view.tags[head].startswith("VB"):
            return False
        node = head
    return False
