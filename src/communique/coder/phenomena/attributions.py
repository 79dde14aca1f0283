"""A statement attributed by "according to" is its source's statement (profile `communique`, switch
`attributed_statements`; session 25, branch left25).

Wire copy attributes a fact to its source by a preposition instead of a verb of saying: "the economy grew by 2
percent, according to the statistics agency", "turnout was around 40 percent, according to the election
commission". Said with a verb ("the agency said the economy grew ..."), the CAMEO codebook codes it 010 "Make
statement, not specified below" by the speaker, and the coder does (`stated_contents` keeps such a statement when
its content is no event). "According to" has no verb to code, so the sentence had no event. The actor the object
of "according to" names makes a 010 record with no target, which the adapter's `targetless_statements` keeps on its
terms: only where the sentence keeps no other event, below its certainty (a statement never outranks an act). Where the
content is an event ("troops arrested 12 men, according to the news agency"), that event stands and nothing is
added: the attribution is its quote's speaker (quotes.py reads "according to" as a cue of reported speech).
"""
from __future__ import annotations

from ..codes import to_internal
from ..resolve import Event, phrase_tokens, tagged

ATTRIBUTING_WORD = "ACCORDING"  # "according to X": the preposition's participle, the TO phrase its object
STATEMENT = "010"
STEP = "addition: according to an actor, a statement by that actor with no event in its content (010)"


def attribution_statement(view, reader) -> Event | None:
    """The 010 by the actor of the sentence's "according to X", where X names one; None elsewhere."""
    for i in range(view.start, view.end):
        if view.words[i] != ATTRIBUTING_WORD:
            continue
        for to in view.children[i]:
            if view.words[to] != "TO" or view.deps[to] != "prep":
                continue
            for obj in view.children[to]:
                if view.deps[obj] != "pobj":
                    continue
                np = view.noun_phrase(obj)
                codes = [c for c in (reader.meaning(np) or []) if c]
                if codes:
                    tokens = phrase_tokens([np])
                    return Event(tuple(tagged(codes, tokens)), "", to_internal(STATEMENT), i, None, (STEP,), tokens, ())
    return None
