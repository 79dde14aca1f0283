"""What a detached participle of saying reports of an act is its grounds, not a second event (profile `communique`,
switch `participle_grounds`; session 30).

An act is told with its actor's reasons in a detached participle of saying: "Germany suspended arms sales to Turkey,
saying Ankara had broken its promises", "Brazil expelled two Venezuelan diplomats, saying they had threatened local
officials", "Japan imposed export controls on South Korea, saying Seoul had failed to protect sensitive materials".
The participle (spaCy `advcl`, a VBG of a verb that only reports speech: stance_grounds.grounds_participle) has no
subject of its own: it is the act's actor giving the act's grounds, and what it reports is that actor's charge
against the other side, not news of an act of its own. The coder, which codes a reported clause's act as the news
("Lebanon said Israeli drones had attacked ..."), coded the charge's content as the accused's act, a figurative one
often ("broken its promises": 190; "failed to protect": 121; "threatened the independence": 130). The PLOVER manual
codes an event for each act a sentence reports, and a claim made to justify an act is part of that act's report
(its ACCUSE 'allege' mode: an allegation reported alongside the act that rests on it is not coded on its own).
So, where the participle's governor holds an event of its own other than a bare statement, with an actor (an act
with no actor is dropped later, and the content's event may be all the sentence has), and is neither a verb of
saying nor inside one's content, the events of the participle's content are dropped; the act and any event of the participle itself stay. Left alone: a statement's
own participle ("said ..., adding that ...": the governor's event is 010, and the added content is news), a
participle whose governor has no event (stance_grounds keeps a stance there), a participle with a subject of its own
("..., officials saying ..."), a participle of another kind ("..., accusing Yland of ...": an accusation).
`petrarch2` keeps every event.
"""
from __future__ import annotations

from typing import Sequence

from ..phrases import SentenceView
from .stance_grounds import saying_participles

STATEMENT = "010"
SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _grounds_participles(view: SentenceView, governors: set[int]) -> list[int]:
    """The detached participles of saying (advcl VBG, no subject of their own) whose governor is one of `governors`.
    The view's lists are the Doc's: its children, which are its heads' (`nlp.DocTree`), name the few tokens to test
    instead of every token of the Doc for each sentence; a repaired view's children are rebuilt for its own tokens
    alone (`repairs.repaired_view`), so there every token is tested as before."""
    if not governors:
        return []
    if view.repairs:
        places = range(len(view.deps))
    else:
        places = sorted(c for g in governors if 0 <= g < len(view.children) for c in view.children[g])
    found = []
    participles = saying_participles()
    for i in places:
        if view.deps[i] != "advcl" or view.tags[i] != "VBG" or view.words[i] not in participles:
            continue
        if view.heads[i] in governors and view.heads[i] != i \
                and not any(view.deps[c] in SUBJECTS for c in view.children[i]):
            found.append(i)
    return found


def _chain(view: SentenceView, token: int) -> list[int]:
    """The token and its heads up to the root: a governor in a statement's content ("said the talks had failed,
    adding that ...") is reported, not the speaker's act."""
    chain = [token]
    while 0 <= chain[-1] < len(view.heads) and view.heads[chain[-1]] != chain[-1] and len(chain) < len(view.heads):
        chain.append(view.heads[chain[-1]])
    return chain


def _content(view: SentenceView, participle: int) -> set[int]:
    """The tokens under the participle, the participle itself left out."""
    inside, stack = set(), list(view.children[participle])
    while stack:
        k = stack.pop()
        if k not in inside:
            inside.add(k)
            stack.extend(view.children[k])
    return inside


def without_grounds_contents(records: Sequence, view: SentenceView, lemmas: Sequence[str]) -> list:
    """The records with the events of a grounds participle's content dropped (see the module docstring); `lemmas`
    are the Doc's (by token): a governor that is a verb of saying ("said ..., adding that ...") is no act's."""
    from ...quotes import reporting_verbs

    saying = reporting_verbs()
    governors = {r.verb for r in records if r.code != STATEMENT and r.source
                 and not any(lemmas[k].lower() in saying for k in _chain(view, r.verb) if 0 <= k < len(lemmas))}
    content: set[int] = set()
    for participle in _grounds_participles(view, governors):
        content |= _content(view, participle)
    if not content:
        return list(records)
    return [r for r in records if r.verb not in content]
