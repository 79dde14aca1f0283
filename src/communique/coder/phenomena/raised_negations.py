"""A negated verb of opinion over a content clause is an opinion, not a rejection (profile `communique`, switch
`raised_negations`; session 34, branch c21read34).

English raises the negation of a content clause onto a verb of opinion ("neg-raising": "I don't think we need new
elections" says what "I think we don't need new elections" says; likewise BELIEVE, SUPPOSE, IMAGINE, RECKON; EXPECT
is left to `comment_acts`, which reads a negated expectation as a pessimistic comment, 012). PETRARCH-2 reads the
negation where it is written: CAMEO.2.0.txt files THINK in the block CONSIDER (040), so "we don't think sanctions
will work" is its negation through the mood table, a rejection of a meeting (125); and where the clause is read
through a verb of saying the content is coded as if asserted ("said he did not think Yland needed new elections":
WANT's `- * ELECTIONS` [0241], an appeal for elections the speaker says are not needed). By the CAMEO codebook
neither is an act toward anyone: the speaker states an opinion, 010 "Make statement", which the attribution's own
statement (kept by `targetless_statements` where nothing else is left) gives. So a record whose trigger lies in the
content clause (spaCy's `ccomp`) of a negated verb of opinion is dropped, as is one whose trigger is that verb
itself unless it is a statement or a comment already (01x): the mood table would make a negated statement a refusal
to comment (011), which an opinion is not. Left alone: the verb of opinion not negated ("thinks Yland should
leave"), a negation of the content itself ("thinks sanctions will not work"), and a verb of saying negated ("did
not say whether ...": no raising in English). The verb forms are data (data/coder_raised_negations.tsv)."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words
from ..phrases import SentenceView
from .stance_complements import subtree

WORDS_FILE = "coder_raised_negations.tsv"
KINDS = ("opinion",)
CONTENT = "ccomp"
NEGATION = "neg"
STATEMENT_ROOT = "01"


@lru_cache(maxsize=1)
def opinion_verbs() -> frozenset[str]:
    """The forms of the verbs of opinion that raise a content clause's negation (the file's header says how)."""
    return kinded_words(data_path(WORDS_FILE), "the coder's verbs of opinion that raise a negation", KINDS)["opinion"]


def raised_scope(view: SentenceView) -> tuple[frozenset[int], frozenset[int]]:
    """(the negated verbs of opinion that have a content clause, the tokens of those clauses)."""
    forms, verbs, scope = opinion_verbs(), set(), set()
    for verb in range(view.start, view.end):
        if view.words[verb] not in forms:
            continue
        kids = view.children[verb]
        contents = [k for k in kids if view.deps[k] == CONTENT]
        if contents and any(view.deps[k] == NEGATION for k in kids):
            verbs.add(verb)
            for k in contents:
                scope.update(subtree(view, k))
    return frozenset(verbs), frozenset(scope)


def without_raised_negations(records: Sequence, view: SentenceView) -> list:
    """The records, those told inside a negated verb of opinion's content clause left out, and those told by the
    verb of opinion itself unless they are a statement or a comment already (01x)."""
    verbs, scope = raised_scope(view)
    if not verbs:
        return list(records)
    return [r for r in records if r.verb not in scope
            and not (r.verb in verbs and not r.code.startswith(STATEMENT_ROOT))]
