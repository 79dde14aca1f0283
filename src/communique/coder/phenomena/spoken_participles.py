"""A speaker's own act in words, told by a detached present participle after a verb of saying (profile `communique`,
switch `spoken_participles`; session 32).

Wire copy tells a speaker's rejection, accusation or praise in a participle set off after the verb that reports
the speaker's words: "'Now is not the moment,' the prime minister told reporters, rejecting Yland's proposal",
"Xland said the plan was unworkable, rejecting Yland's proposal", "the president said the border would reopen,
thanking Yland for its patience". The participle (spaCy `advcl`, a VBG with no subject or subordinator of its
own) hangs on the verb of saying, or on the plain copula of the clause it reports where the parser put it there
("said the plan was unworkable, rejecting ..."); its actor is the speaker, and its act is what the
words do: the PLOVER manual and the CAMEO codebook code the rejection (12x), the accusation (112), the thanks
(051), not a statement about them. PETRARCH-2 reads the participle inside the verb of saying's phrase: its code
combined with SAY's (§4.6 combine: SAY 1000 over REJECT -FFFF + 120's 0 gives 011 "Decline comment", over
THANK's 81 a code with no CAMEO equivalent, so the thanks is lost), dropped for want of a subject where it hangs
on the reported clause, or not read at all where the verb of saying has an object (TELL reporters: §4.5, a VP
with a coded object ignores its complement clauses). So, for a verb whose code is a statement (CAMEO 01), the
events of such a participle that have no actor of their own and whose code is an act in words other than a
statement (CAMEO roots 02, 03, 05, 10-13: an appeal, an intent, praise, a demand, disapproval, a rejection, a
threat) are the speaker's, with their own code and target. Left alone: a participle of saying itself ("...,
adding that", "..., saying": participle_grounds, stance_grounds), one with its own subject, one whose act is
material (a participle of a material act after a statement is rare and often background), and a participle
hung on a reported clause with another verb than a plain copula: a coded verb swallows it (coder/resolve.py
`adverbial_acts`: "said the talks had failed, accusing ..."), and a modal or a negation there would lend it the
content's mood ("said the border would reopen, thanking ...": read as an intent).
`petrarch2` keeps PETRARCH-2's reading.
"""
from __future__ import annotations

from ..codes import to_cameo
from .stance_complements import BE_FORMS, subtree
from .stance_grounds import saying_participles

SPOKEN_PARTICIPLE_STEP = "addition: a participle after a verb of saying, the speaker's own act in words"
STATEMENT_ROOT = "01"
SPOKEN_ROOTS = ("02", "03", "05", "10", "11", "12", "13")
OWN_WORDS = ("nsubj", "nsubjpass", "mark", "expl")
REPORTED = ("ccomp", "parataxis")


def statement_code(code: int) -> bool:
    """Whether an internal code is a statement's (CAMEO root 01): the code of a verb of saying."""
    return (to_cameo(code) or "")[:2] == STATEMENT_ROOT


def spoken_act(code: int) -> bool:
    """Whether an internal code is an act done in words other than a statement (SPOKEN_ROOTS)."""
    return (to_cameo(code) or "")[:2] in SPOKEN_ROOTS


def spoken_participle(view, governor: int, verb: int) -> bool:
    """Whether the token `verb` is, or lies in, a detached present participle (`advcl` VBG with no subject or
    subordinator of its own, not a participle of saying) of the verb of saying `governor` or of the clause it
    reports (its `ccomp` or `parataxis`), set after that clause."""
    k = verb
    while 0 <= k < len(view.heads) and view.heads[k] != k:
        head = view.heads[k]
        if view.deps[k] == "advcl" and view.tags[k] == "VBG" and (head == governor or (
                view.heads[head] == governor and view.deps[head] in REPORTED and head < k
                and _bare_copula(view, head))):
            return view.words[k] not in saying_participles() and not any(
                view.deps[c] in OWN_WORDS for c in view.children[k]) and _set_off(view, k)
        if head == governor:
            return False
        k = head
    return False


def _bare_copula(view, verb: int) -> bool:
    """Whether the reported clause's verb is a plain copula ("said the plan was unworkable"), with no auxiliary
    or negation: the participle the parser hung on it is read with its mood and polarity (a modal, "not", a
    verb of failing) by the steps after the composer, which would then lend it the content's."""
    return view.words[verb] in BE_FORMS and not any(view.deps[c] in ("aux", "auxpass", "neg")
                                                    for c in view.children[verb])


def _set_off(view, participle: int) -> bool:
    """Whether a comma stands right before the participle's phrase (its first token)."""
    first = min(subtree(view, participle))
    return first > 0 and view.words[first - 1] == ","

