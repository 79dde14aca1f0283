"""A comment not given is a refusal to comment (profile `communique`, switch `refused_comments`; session 23).

Wire copy closes a story on the other side's silence: "The Iranian foreign ministry did not respond to a request
for comment", "A Taliban spokesman could not be reached for comment", "The White House had no immediate comment",
"Russia's defence ministry did not immediately reply". The CAMEO codebook codes it 011 "Decline comment"
("Explicitly decline or refuse to comment on a situation"), as PETRARCH-2's dictionary does where a verb of
refusing tells it ("declined to comment": REFUSE's `- * COMMENT [011]`; "maintained silence": MAINTAIN's
`- * SILENCE [011]`). Told by other words the dictionary has no code: HAVE, REACH and the copula have no entry, and
REACT's block (answer, react, reply, respond) is [---]; the engine's record of the clause has code 0 and is dropped.

With the switch on, an event of code 0 whose clause is one of these constructions is given 011 before its records
are made (data/coder_refused_comments.tsv lists the words):

* HAVE with an object noun of comment under "no": "had no comment", "had no immediate comment";
* a negated predicate with a FOR phrase of a noun of comment, on the verb or its adjective: "could not be reached
  for comment", "was not available for comment", "did not respond to requests for comment";
* a negated verb of answering whose object (direct, or of TO) is a request ("did not respond to questions about
  ...", "did not return calls seeking comment"), or which has no object and is "immediately" so ("did not
  immediately respond"; wire copy's formula for a request for comment the story made).

A response to an act ("did not respond to the rocket fire"), to an offer ("has not responded to Seoul's offer of
talks") or a bare "has not responded" is left: no request for comment is named. The source is the clause's subject,
the target the engine's (the ON phrase's actor: "had no comment on the arrest of opposition lawmakers"); a record
with no target is kept by `targetless_statements` on its terms. The step begins "negate:": the code already says the
clause's negation, so the event is asserted (the refusal is made), not negated.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..codes import to_internal

WORDS_FILE = "coder_refused_comments.tsv"
KINDS = ("comment", "response", "request")
REFUSED = "011"
STEP = "negate: a comment not given is a refusal to comment, 011 (refused_comments)"
AUXILIARIES = frozenset({"aux", "auxpass"})


@lru_cache(maxsize=1)
def refusal_words() -> dict[str, frozenset[str]]:
    """The lemmas of a refusal to comment, by kind (the file's header says how)."""
    words: dict[str, set[str]] = {kind: set() for kind in KINDS}
    path = data_path(WORDS_FILE)
    for number, parts in tsv_rows(path, "the coder's words of a refusal to comment"):
        if len(parts) != 2 or parts[1] not in KINDS or not (parts[0].isalpha() and parts[0].islower()):
            raise DataFileError(f"{path} line {number}: expected 'lemma<TAB>kind' with kind comment, response "
                                "or request.")
        words[parts[1]].add(parts[0])
    return {kind: frozenset(found) for kind, found in words.items()}


def refused_comments(events: list, sent: Span) -> list:
    """The engine's events with those of code 0 at a refusal to comment coded 011 (see the module docstring);
    a reported event's content is read too ("said he had no comment")."""
    return [_refused(event, sent) for event in events]


def _refused(event, sent: Span):
    if not hasattr(event, "code"):
        return event
    target = event.target
    if not isinstance(target, str) and hasattr(target, "code"):
        inner = _refused(target, sent)
        if inner is not target:
            event = replace(event, target=inner)
    if event.code != 0 or not (sent.start <= event.verb < sent.end) or not refusal(sent.doc[event.verb]):
        return event
    return replace(event, code=to_internal(REFUSED), steps=tuple(event.steps) + (STEP,))


def refusal(verb: Token) -> bool:
    """Whether the clause of `verb` (or of the verb an auxiliary `verb` serves) says a comment is not given."""
    if verb.dep_ in AUXILIARIES:
        verb = verb.head
    words = refusal_words()
    kids = list(verb.children)
    if verb.lemma_.lower() == "have":
        return any(k.dep_ == "dobj" and k.lemma_.lower() in words["comment"]
                   and any(d.dep_ == "det" and d.lower_ == "no" for d in k.children) for k in kids)
    if not any(k.dep_ == "neg" for k in kids):
        return False
    predicates = [verb] + [k for k in kids if k.dep_ in ("acomp", "attr")]
    if any(_for_comment(p, words["comment"]) for p in predicates):
        return True
    if verb.lemma_.lower() not in words["response"]:
        return False
    objects = [k for k in kids if k.dep_ == "dobj"] + [o for k in kids if k.dep_ == "prep" and k.lower_ == "to"
                                                       for o in k.children if o.dep_ == "pobj"]
    if objects:
        return any(o.lemma_.lower() in words["request"] for o in objects)
    return not any(k.dep_ == "prep" for k in kids) and any(k.dep_ == "advmod" and k.lower_ == "immediately"
                                                           for k in kids)


def _for_comment(head: Token, comments: frozenset[str]) -> bool:
    """Whether `head` has a FOR phrase of a noun of comment, itself or on its object ("requests for comment")."""
    for k in head.children:
        if k.dep_ == "prep" and k.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in comments
                                                            for o in k.children):
            return True
    return False
