"""A refusal a speaker reports of itself is its rejection (profile `communique`, switch `reported_refusals`;
session 33).

Wire copy tells a refusal in the speaker's own words, its subject a pronoun or a noun its pronoun owns: "the
ministry told the commission it would not cooperate with its inquiry", "the opposition leader said his party would
not accept the results", "the rebels said they would not attend the talks". The CAMEO codebook codes the refusal
itself, 12x ("Reject", "Refuse to ..."), by the speaker. PETRARCH-2 reads the content clause inside the verb of
saying's phrase where its subject gives no actor (a pronoun no coreference resolved, "his party"): its event has no
source, so it is flattened into SAY's (spec §4.5 rule F) and the codes are combined (§4.6 combine: a negative lower
code plus the upper, -FFFF + 1000 = 011 "Decline comment"; a refusal to meet, -FFFF + 10 + 1000, has no CAMEO
code at all, and only the statement is kept). 011 is the negation of the verb of saying ("would not comment"), not a
statement of a refusal to act.

So, where a verb whose code is a statement (CAMEO 01: SAY, TELL) flattens a content whose code is a rejection
(CAMEO root 12, a negated act or a verb of refusing: the mood table's "not" over a code) and whose subject is the
speaker's own -- a personal pronoun, or a noun phrase a possessive pronoun owns ("his country", "its government",
"their party") -- the event is the content's rejection, with its own verb, target and date, its source the
speaker. Left alone: a content whose subject names another party (it has its actor and is nested: spec §4.7), or
is a noun no actor table reads and no pronoun owns ("said the talks would not resume": the statement of a fact
about others, `stated_contents`), a content with no subject, and any content that is not a rejection.
`petrarch2` keeps PETRARCH-2's arithmetic.
"""
from __future__ import annotations

from ..codes import to_cameo
from .spoken_participles import statement_code

REFUSAL_STEP = "addition: a refusal the speaker tells of itself, its rejection (reported_refusals)"
REJECTION_ROOT = "12"
SUBJECTS = ("nsubj", "nsubjpass")
CLIMBED = ("xcomp", "conj")  # "would not agree to attend": the subject is the head's
PERSONAL = frozenset({"I", "WE", "HE", "SHE", "IT", "THEY"})
POSSESSIVE = frozenset({"MY", "OUR", "HIS", "HER", "ITS", "THEIR"})


def reported_refusal(view, level_code: int, inner_code: int, inner_verb: int) -> bool:
    """Whether a content of code `inner_code` at token `inner_verb`, flattened into a level of code `level_code`,
    is a rejection by a verb of saying's speaker itself: the level is a statement (CAMEO 01), the content a
    rejection (CAMEO 12x) whose subject is a personal pronoun or a noun a possessive pronoun owns."""
    if not statement_code(level_code) or (to_cameo(inner_code) or "")[:2] != REJECTION_ROOT:
        return False
    subject = _subject(view, inner_verb)
    return subject is not None and (view.words[subject] in PERSONAL or any(
        view.deps[c] == "poss" and view.words[c] in POSSESSIVE for c in view.children[subject]))


def _subject(view, verb: int) -> int | None:
    """The subject token of `verb`'s clause, or of the clause it is an infinitive or a conjunct of; None where
    there is none."""
    k = verb
    while 0 <= k < len(view.heads):
        found = [c for c in view.children[k] if view.deps[c] in SUBJECTS]
        if found:
            return found[0]
        if view.deps[k] not in CLIMBED or view.heads[k] == k:
            return None
        k = view.heads[k]
    return None
