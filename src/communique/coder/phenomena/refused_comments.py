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
* a negated verb of answering whose object (direct, or of TO) is a request naming the comment ("did not return calls
  seeking comment") or a journalist's question ("did not respond to questions about ..."), or which has no object
  and is "immediately" so ("did not immediately respond"; wire copy's formula for a request for comment the story
  made).

A response to an act ("did not respond to the rocket fire"), to an offer ("has not responded to Seoul's offer of
talks"), to a request for something else ("to India's request for the extradition of ...") or a bare "has not
responded" is left: no request for comment is named. The source is the clause's subject,
the target the engine's (the ON phrase's actor: "had no comment on the arrest of opposition lawmakers"); a record
with no target is kept by `targetless_statements` on its terms. The step begins "negate:": the code already says the
clause's negation, so the event is asserted (the refusal is made), not negated.

An answer refused is the same act told by a verb of refusing (decline, refuse) with a complement verb of telling
(say, elaborate, answer, name, confirm, ...): "declined to elaborate", "refused to say whether London would expel
more Russian diplomats", "declined to answer questions about ...". PETRARCH-2 codes DECLINE's own 120 (a
rejection) or, where the clause told inside has a code, that act ("declined to say why the activists had been
detained": an arrest). With the switch on (`with_refused_answers`, on the adapter's candidates), the refusal and
what the withheld answer tells make one 011 at the verb of refusing, as the dictionary codes "refused to comment"
(REFUSE's `- * COMMENT [011]`). "declined to discuss the proposal" (a refusal to negotiate, 125), "declined to
provide weapons" (121) and "refused to hand over the suspects" (1243) are left: no verb of telling.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from spacy.tokens import Span, Token

from ...data_files import data_path, lower_word_rows
from ...nlp import doc_tokens
from ..alleged import framing_word
from ..codes import to_internal
from ..drops import dropped_candidate

WORDS_FILE = "coder_refused_comments.tsv"
KINDS = ("comment", "response", "request", "question", "refusing", "telling")
REFUSED = "011"
STEP = "negate: a comment not given is a refusal to comment, 011 (refused_comments)"
AUXILIARIES = frozenset({"aux", "auxpass"})


@lru_cache(maxsize=1)
def refusal_words() -> dict[str, frozenset[str]]:
    """The lemmas of a refusal to comment, by kind (the file's header says how)."""
    words: dict[str, set[str]] = {kind: set() for kind in KINDS}
    rows = lower_word_rows(data_path(WORDS_FILE), "the coder's words of a refusal to comment", KINDS.__contains__,
                           "'lemma<TAB>kind' with kind comment, response, request, question, refusing or telling")
    for lemma, kind in rows:
        words[kind].add(lemma)
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
        return any(o.lemma_.lower() in words["question"] or (o.lemma_.lower() in words["request"] and any(
            t.lemma_.lower() in words["comment"] for t in o.subtree)) for o in objects)
    return not any(k.dep_ == "prep" for k in kids) and any(k.dep_ == "advmod" and k.lower_ == "immediately"
                                                           for k in kids)


def _for_comment(head: Token, comments: frozenset[str]) -> bool:
    """Whether `head` has a FOR phrase of a noun of comment, itself or on its object ("requests for comment")."""
    for k in head.children:
        if k.dep_ == "prep" and k.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in comments
                                                            for o in k.children):
            return True
    return False


# --- an answer refused ("declined to elaborate", "refused to say whether ...") --------------------------------

TOLD_STEP = "addition: an answer refused is a refusal to comment, 011 (refused_comments)"
TOLD_DROP = "drop: what a refused answer is about (refused_comments)"


def refusal_frames(sentence: Span) -> dict[int, int]:
    """The verbs of refusing in `sentence` whose complement is a verb of telling (refusing verb's index -> the
    telling verb's): "declined to elaborate", "refused to say whether ...", "declined to name the suspects"."""
    words = refusal_words()
    found = {}
    doc, lemmas = sentence.doc, doc_tokens(sentence.doc).lemma  # a Token only for a verb of refusing's lemma
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in words["refusing"]:
            continue
        token = doc[i]
        if not token.tag_.startswith("VB"):
            continue
        told = next((k for k in token.children if k.dep_ == "xcomp" and k.lemma_.lower() in words["telling"]), None)
        if told is not None:
            found[token.i] = told.i
    return found


def with_refused_answers(doc, sentence: Span, candidates: list, refs_at: Callable[[Sequence[int]], list],
                         dropped: list | None) -> list:
    """The candidates (adapter.EventCandidate) with each refused answer coded 011 at its verb of refusing: the
    refusal's own candidate (DECLINE's 120, REFUSE's over the telling verb) and those the withheld answer tells
    ("refused to say whether London would expel more Russian diplomats": the expulsion) make one, by the
    refusal's subject, addressed as the refusal's own candidate was, else to the answer's targets."""
    frames = refusal_frames(sentence)
    if not frames:
        return candidates
    kept, told = [], {}
    for c in candidates:
        frame = c.trigger if c.trigger in frames else framing_word(doc[c.trigger], frames)
        if frame is None:
            kept.append(c)
            continue
        told.setdefault(frame, []).append(c)
        if c.trigger != frame and dropped is not None:
            dropped.append(dropped_candidate(c, TOLD_DROP))
    for frame, found in told.items():
        own = next((c for c in found if c.trigger == frame), None)
        base = own or found[0]
        if own is not None:
            source, target = own.source, own.target
        else:
            subject = [t.i for k in doc[frame].children if k.dep_ == "nsubj" for t in k.subtree]
            source = [r for r in refs_at(subject) if r.country] if subject else []
            target = []
            for r in (r for c in found for r in c.target):
                if r not in target:
                    target.append(r)
        kept.append(replace(base, trigger=frame, code=REFUSED, source=source or base.source, target=target,
                            pattern="", asserted=True, steps=base.steps + (TOLD_STEP,)))
    return kept
