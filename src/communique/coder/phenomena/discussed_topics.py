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

The matter may also be named by a phrase of topic (ABOUT, OVER, ON, REGARDING, CONCERNING) of the verb or of its
direct object, whatever the verb (session 33): "Xland's and Yland's leaders spoke by telephone about the case of a
jailed Zland journalist", "held talks on Zland's dam" (the object the pattern's own noun, "- * TALKS", its actor read
from the phrase under it) are XLD, YLD -> none, not -> ZLD (PETRARCH-2 reads the target from the PP or the object's
inner PP, §3.4, §4.5). A target read from any other word (an object that is a party, a WITH phrase) keeps it.
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
TOPIC_PREPOSITIONS = frozenset({"ABOUT", "OVER", "ON", "REGARDING", "CONCERNING"})  # a phrase naming the matter


@lru_cache(maxsize=1)
def topic_verbs() -> frozenset[str]:
    """The verbs of data/coder_topic_verbs.tsv (lemmas, upper case)."""
    return upper_words(VERBS_FILE, "the verbs of discussion", columns=2, expected="'VERB<TAB>what its object is'")


def without_discussed_topics(records: Sequence, view: SentenceView, lemmas: list[str], reciprocal_step: str) -> list:
    """The records whose shared target two or more parties discuss made one actor list with no recipient (see the
    module docstring); `lemmas` are the sentence Doc's, `reciprocal_step` the step reciprocal records carry."""
    def topic(group: list) -> bool:
        record = group[0]
        if len({r.source for r in group}) < 2 or not record.code.startswith(CONSULT_ROOT) \
                or record.code[:3] in ONE_SIDED_CONSULTS or _partner_phrase(view, record.verb):
            return False
        tokens, verb = record.target_tokens, record.verb
        if lemmas[verb].upper() in topic_verbs() and any(_in_object(view, t, verb) for t in tokens):
            return all(_in_object(view, t, verb) or in_venue_phrase(view, t) for t in tokens)
        about = [t for t in tokens if _in_topic_phrase(view, t, verb) or _act_noun_object(view, t, verb, record.pattern)]
        return bool(about) and all(t in about or in_venue_phrase(view, t) for t in tokens)
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


def _in_topic_phrase(view: SentenceView, token: int, verb: int) -> bool:
    """Whether `token` lies in the object of a phrase of topic (TOPIC_PREPOSITIONS) under `verb` or under its direct
    object ("spoke about X", "held talks over X"), reached without passing another verb."""
    node = token
    for _ in range(12):
        head = view.heads[node]
        if head == node or (head != verb and view.tags[head].startswith("VB")):
            return False
        if view.deps[node] == "prep" and view.words[node] in TOPIC_PREPOSITIONS \
                and (head == verb or (view.deps[head] in OBJECT_DEPS and view.heads[head] == verb)):
            return True
        if head == verb:
            return False
        node = head
    return False


def _act_noun_object(view: SentenceView, token: int, verb: int, pattern: str | None) -> bool:
    """Whether `token` is the verb's direct object, a noun the matched pattern names (the act itself: "held TALKS",
    "- * TALKS"), with a phrase of topic under it: its actor was read from the matter ("held talks on Zland's dam")."""
    named = set((pattern or "").split("[")[0].split())
    return view.deps[token] in OBJECT_DEPS and view.heads[token] == verb and view.words[token] in named \
        and any(view.deps[k] == "prep" and view.words[k] in TOPIC_PREPOSITIONS for k in view.children[token])


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
