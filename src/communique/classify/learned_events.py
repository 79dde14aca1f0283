"""Events of the learned sentence class (switch `learned_classes`): where the coder's dictionaries are silent on a
sentence that names an actor, the sentence-class head (sentence_class.py) says what kind of event it tells.

It makes an event only in a sentence with an actor and no event at all (the coder's or recall's), where the head
is confident of a class (`NEW_EVENT`, chosen by leave-one-census-out figures: docs/evaluation.md, "learned40"), but
for statement/appeal (left to the coder: a statement to no one read by the head alone made events of figures and
business news; left-out censuses: -1.1 points) and verbal cooperation (a sentence set at a summit or a meeting
reads as one by its topic though it tells no act: it cost a no-event record of the PETR2 dev set's pin; left-out
censuses: -0.6 points). Replacing a statement addressed to no one, kept because nothing else was coded ("...,
the ministry said"), by the head's act was tried and taken back (+0.4 points on left-out censuses, but it
replaced a report of figures whose act stood in a background clause).
The event is `origin: "classifier"` at a confidence below recall's (and so below every coder event); its CAMEO
code is its class's default (data/classify_class_defaults.tsv), a root code no more specific than the head can
tell, and it has no PLOVER type (each class spans several: the head tells none of them; the PLOVER head of
scoring.py agreeing with the class was tried and cost PLOVER triples on left-out censuses); its trigger the
sentence's main verb; its actors those recall.py reads in the sentence, those before the trigger its source and
those after it its target.
A negated or hypothetical main verb makes no event, nor a copula or a verb over a complement ("is unlikely to
meet", "is set to sign"), whose modality the coder reads. Violent and police acts are recall.py's, which reads them more
closely (both heads, the act word): a sentence holding one of its trigger words gets no material-conflict event here
("a suicide bomber was spotted near the parliament, police said" tells no act; left-out censuses: -0.2 points).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

from ..codes import cameo_for, event_code
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from ..modality import modality_of
from ..nlp import doc_tokens
from ..places.locate import location_for_event
from ..records import EventMention
from ..size import size_of
from ..time.dates import date_for_event
from .candidates import SentenceSpan, has_trigger_word
from .recall import RecallContext, sentence_actors
from .sentence_class import NONE

DEFAULTS_FILE = "classify_class_defaults.tsv"
NEW_EVENT = 0.4  # (a): the head's best class needs at least this probability (chosen by cross-validation)
CONFIDENCE = 0.3  # at most: below recall's events (0.35 * ...) and every coder event (0.45 and up)
STATEMENT = "statement/appeal"
MATERIAL_CONFLICT = "material conflict"
UNMADE = {NONE, STATEMENT, "verbal cooperation"}  # classes the head makes no event of (module docstring)
NOT_TAKEN = {"negated", "hypothetical"}
NO_PLOVER_TYPE = {"type": None, "mode": None, "context": []}  # a class spans several PLOVER types: it names none
STEP = "learned class: the sentence-class head where the coder had nothing better (learned_classes)"


@lru_cache(maxsize=1)
def class_defaults() -> dict[str, str]:
    """Each class's CAMEO code for an event the head alone reads (the file's header says why each)."""
    out = {}
    for number, fields in tsv_rows(data_path(DEFAULTS_FILE), "the learned classes' default codes", header=True):
        if len(fields) < 2:
            raise DataFileError(f"{DEFAULTS_FILE} line {number}: expected a class and a CAMEO code.")
        out[fields[0].strip()] = fields[1].strip()
    return out


def decide(probabilities: dict[str, float], threshold: float = NEW_EVENT) -> tuple[str, float] | None:
    """The class the head reads, and its probability, where it is confident enough (`threshold`) to make an event;
    None for NONE, for a class it makes no event of, or below the threshold."""
    best = max(probabilities, key=probabilities.get)
    if best in UNMADE:  # a statement to no one is the coder's call (targetless_statements): the head's reading is
        return None  # the weakest, and made events of figures and business news; verbal cooperation it reads by topic
    if probabilities[best] < threshold:
        return None
    return best, probabilities[best]


def can_act_on(sentence: SentenceSpan, coded: set[int], context: RecallContext) -> bool:
    """Whether the switch may make an event in the sentence (so whether it is worth encoding): it has no event (its
    index is not among the `coded` sentences'), and the document's actor finder found an actor in it."""
    if sentence.index in coded:
        return False
    return any(sentence.token_start <= m.start < sentence.token_end for m in context.actors.mentions)


def also_read(sentences: list[SentenceSpan], chosen: list[SentenceSpan], events: list[EventMention],
              context: RecallContext) -> list[SentenceSpan]:
    """`chosen` (the sentences the classifier reads anyway) and those the switch can act on, in text order."""
    coded = {event.sentence for event in events}
    taken = {s.index for s in chosen}
    return [s for s in sentences if s.index in taken or can_act_on(s, coded, context)]


def with_learned_events(events: list[EventMention], context: RecallContext, read: list[SentenceSpan],
                        probabilities: dict[int, dict[str, float]]) -> list[EventMention]:
    """The document's events with the learned class's events added."""
    coded = {event.sentence for event in events}
    made = []
    for sentence in read:
        if sentence.index not in probabilities or sentence.index in coded:
            continue
        found = decide(probabilities[sentence.index])
        if found is None or (found[0] == MATERIAL_CONFLICT and has_trigger_word(sentence.text)):
            continue  # a sentence with a violence or police word is recall.py's: where it made nothing, nothing
        event = learned_event(sentence, found[0], found[1], context)
        if event is not None:
            made.append(event)
    if not made:
        return events
    return sorted(events + made, key=lambda e: (e.start, e.trigger_start or 0))


def learned_event(sentence: SentenceSpan, cls: str, score: float, context: RecallContext) -> EventMention | None:
    """The event of class `cls` the head reads in the sentence (module docstring), None where none is made."""
    doc = context.doc
    trigger = _main_verb(sentence, context)
    if trigger is None:
        return None
    date = date_for_event(doc, trigger, context.dates, context.published)
    modality = modality_of(doc, trigger, date.get("value") if date.get("text") else None, context.published)
    if modality in NOT_TAKEN or any(c.dep_ in ("xcomp", "acomp") for c in doc[trigger].children):
        return None  # "is unlikely to meet", "was set to sign": the act's modality is its complement's, the coder's
    found = sentence_actors(sentence, context)
    source = [ref for at, ref in found if at < trigger]
    target = [ref for at, ref in found if at > trigger]
    if not source and not target:
        return None
    if not source:
        source, target = target[:1], target[1:]
    cameo = class_defaults()[cls]
    code = event_code(cameo)
    tokens = doc_tokens(doc)
    return EventMention(
        id=hashlib.sha1(f"{context.doc_id}:{tokens.idx[trigger]}:{cameo}:learned".encode()).hexdigest()[:16],
        sentence=sentence.index, start=sentence.start, end=sentence.end, evidence=sentence.text,
        source=source, target=target, cameo=cameo_for(cameo), plover=dict(NO_PLOVER_TYPE),
        quad_class=code.quad_class, goldstein=code.goldstein, date=date,
        location=location_for_event(doc, trigger, context.places), modality=modality, size=size_of(doc, trigger),
        acled=None, confidence=round(CONFIDENCE * (0.5 + score / 2), 3), trigger=tokens.text[trigger],
        trigger_start=tokens.idx[trigger], origin="classifier", steps=(STEP,))


def _main_verb(sentence: SentenceSpan, context: RecallContext) -> int | None:
    """The sentence's main verb; None where its root is no verb ("X is due to ...": a copula's sentence is the
    coder's)."""
    doc = context.doc
    root = next((i for i in range(sentence.token_start, sentence.token_end) if doc[i].dep_ == "ROOT"), None)
    return root if root is not None and doc[root].pos_ == "VERB" else None
