"""A reduced comparative clause, "as planned", "as expected", "as agreed", tells no act (profile `communique`,
switch `comparative_clauses`).

"The vote will go ahead as planned", "the government raised fuel prices on Monday, as expected", "the troops will
leave by the end of the year as agreed, the ministry said": "as" with a past participle and no subject of its own
compares the act of the clause it hangs from with an earlier plan, expectation, agreement, announcement or report
("as [it was] planned"). It tells no new act, and names no one who planned or expected. The dictionary codes the
participle as the verb it is (PLAN, EXPECT: 030), and with the subject of the clause it hangs from read as its
own, a sentence's main event came out an intent by whoever did or reported the act. A record whose verb is such
a participle (tag VBN, an adverbial clause whose only mark is "as", no subject of its own) is no event; the act it
qualifies keeps its code. The composer leaves such a clause out of the complements of the verb it hangs from
(adjuncts/clauses.py `content_complements`), as it does a clause of a past event. Left alone: a comparative clause with a subject ("as the president had promised": a
promise told), and an "as" phrase that is no clause ("as a mediator", "such as").
"""
from __future__ import annotations

from ..phrases import SentenceView

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"})


def comparative_participle(verb: int, view: SentenceView) -> bool:
    """Whether the token `verb` is a past participle heading an adverbial clause marked by "as" alone, with no
    subject of its own ("... as planned", "As announced last week, ...")."""
    if view.tags[verb] != "VBN" or view.deps[verb] != "advcl":
        return False
    children = view.children[verb]
    marks = [view.words[c] for c in children if view.deps[c] == "mark"]
    return marks == ["AS"] and not any(view.deps[c] in SUBJECTS for c in children)
