"""A subject PETRARCH reads no actor from, over an auxiliary or an uncoded verb (switch `unread_subjects`).

PETRARCH-2 passes the record below an auxiliary up unchanged where the subject gave no actor code
(`Resolver._resolve`, "if not up and code == 0"): "Trump will meet Putin", "Macron will visit China". Its 2014
dictionaries lack many names the document's actor lexicon knows, so the record reaches the adapter with no
source and no tokens to read one from, and is dropped. With the switch, the subject's tokens go down to the
record, as a subject PETRARCH reads gives its actors (rule F), and the adapter reads the source from them.

Two kinds of subject are left as PETRARCH leaves them, because their tokens name no one the lexicon knows:

- a pronoun, or a noun phrase a possessive pronoun determines ("their forces had completed their withdrawal",
  "its troops will stay"): who they stand for is a coreference guess, which PETRARCH does not make; the
  document's nearest country is often the wrong one ("Kurdish leaders said their forces had left the Syrian
  town" is no Syrian withdrawal);
- a subject the document reads as an actor with neither a country nor a sector ("Ethnic minorities will ...":
  the actor code "---"): it names no actor (`named_refs`, read by the adapter).
"""
from __future__ import annotations

from typing import Sequence

UNREAD_SUBJECT_STEP = "addition: the subject over an auxiliary or an uncoded verb, its tokens the source's"
# Penn tags of a personal pronoun and a possessive pronoun ("they", "their")
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})


def unread_subject(view, heads: Sequence[int]) -> bool:
    """Whether the subject tokens `heads` name someone by their own words: not a pronoun, and no token of
    theirs (or child of one) a possessive pronoun."""
    if not heads:
        return False
    for i in heads:
        if view.tags[i] in PRONOUN_TAGS:
            return False
        if any(view.tags[c] == "PRP$" for c in view.children[i]):
            return False
    return True


def named_refs(refs: list) -> list:
    """The actors the document read from an unread subject, none where every one of them has neither a
    country nor a sector (the code "---": no one named)."""
    return refs if any(r.country or r.sector for r in refs) else []
