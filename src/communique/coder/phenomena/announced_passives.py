"""A government speaker's content clause that tells an act for later in an agentless passive announces the
government's own act (profile `communique`, switch `announced_passives`).

"Prime Minister X told parliament that the curfew would be lifted", "the interior minister said the state of
emergency will be ended on Friday", "the justice minister said the decree would be withdrawn": English leaves out
the agent of a passive where it is plain, and a member of a government announcing what will be done in its own
domain announces what the government will do. The passive's event (LIFT's curfew 0813, an act noun's stop 080) has
no source, and with no target named either it was dropped, leaving the bare statement (010). With the switch its
source is the speaker, and the pipeline's future mood (data/coder_additions_mood.tsv and the intent table, as for
"will lift the curfew") makes it the announced act's intent (0351, 035, 034): the CAMEO manual's 03 "Express intent
to ...", which is what the sentence tells. Only a speaker of a government (an actor of sector GOV), only a future
("will", "would", "shall") passive with no agent, and only in the clause the verb of saying reports; an opposition
speaker's or a witness's "the curfew would be lifted" reports another's plan and is left alone.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ...nlp import doc_tokens, doc_tree
from ..recall import AGENTLESS_STEP
from ..unnamed_violence import UNNAMED_DROPS

ANNOUNCED_STEP = "addition: a future agentless passive a government speaker announces, the speaker its source"
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall"})
REPORTED_LINKS = frozenset({"ccomp", "parataxis"})
GOVERNMENT_SECTOR = "GOV"
STATEMENT_ROOT = "01"


def rescued_announcements(sentence: Span, coded: list, trace: list) -> tuple[list, list]:
    """(the records with each announced passive of the trace added, the speaker its source; the trace without
    them). A record is rescued where it is an agentless passive dropped for naming no actor, its verb a future
    passive in the clause a verb of saying reports, and that verb's statement record's source a government's. An
    agentless passive the coder kept, with a target and no source, takes that speaker as its source too."""
    doc = sentence.doc
    kept = []
    for event in coded:
        speaker = _speaker(doc, event, coded) if AGENTLESS_STEP in event.steps and not event.source else None
        kept.append(event if speaker is None else replace(
            event, source=speaker.source, source_tokens=speaker.source_tokens, steps=event.steps + (ANNOUNCED_STEP,)))
    coded = kept
    rescued, left = [], []
    for event in trace:
        speaker = _speaker(doc, event, coded) if AGENTLESS_STEP in event.steps and event.steps \
            and event.steps[-1] in UNNAMED_DROPS and not event.source else None
        if speaker is None:
            left.append(event)
            continue
        target = "" if event.target == "passive" else event.target
        rescued.append(replace(event, source=speaker.source, source_tokens=speaker.source_tokens, target=target,
                               steps=event.steps[:-1] + (ANNOUNCED_STEP,)))
    return coded + rescued, left


def _speaker(doc, event, coded: list):
    """The statement record whose government speaker announces the future passive of `event`, or None."""
    tree, words = doc_tree(doc), doc_tokens(doc)
    verb = event.verb
    children = tree.children[verb]
    if not any(tree.dep[k] == "auxpass" for k in children) or any(tree.dep[k] == "agent" for k in children):
        return None
    if not any(tree.dep[k] == "aux" and words.lower[k] in FUTURE_AUXILIARIES for k in children):
        return None
    if tree.dep[verb] not in REPORTED_LINKS:
        return None
    head = tree.heads[verb]
    return next((r for r in coded if r.verb == head and r.code[:2] == STATEMENT_ROOT
                 and GOVERNMENT_SECTOR in r.source), None)
