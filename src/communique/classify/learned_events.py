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
With the switch `learned_statements`, a statement is made after all where the head reads one surely and gives
"none" little weight (STATEMENTS, chosen by nested leave-one-census-out figures: docs/evaluation.md, "learnfix45"):
a report of figures, a vote's result or a standing fact told by a source is a statement (010) in the codebook's sense,
and markets, sport and company news, which the head reads near statements too, are where its "none" stands high; its
source is the first actor read, it has no target (addressed to no one), and a source of the business sector makes none.
A negated or hypothetical main verb makes no event, nor a copula or a verb over a complement ("is unlikely to
meet", "is set to sign"), whose modality the coder reads. Violent and police acts are recall.py's, which reads them more
closely (both heads, the act word): a sentence holding one of its trigger words gets no material-conflict event here
("a suicide bomber was spotted near the parliament, police said" tells no act; left-out censuses: -0.2 points),
nor does a sentence whose harm the coder ruled no one's act (switch `disaster_rulings`: `barred`).
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
STATEMENT_NEW = 0.3  # (switch `learned_statements`) a statement needs at least this probability of the head's ...
STATEMENT_NONE_BELOW = 1.01  # ... and its "none" below this (both chosen by nested leave-one-census-out figures)
CONFIDENCE = 0.3  # at most: below recall's events (0.35 * ...) and every coder event (0.45 and up)
STATEMENT = "statement/appeal"
MATERIAL_CONFLICT = "material conflict"
UNMADE = {NONE, STATEMENT, "verbal cooperation"}  # classes the head makes no event of (module docstring)
STATEMENTS = (STATEMENT_NEW, STATEMENT_NONE_BELOW)  # decide's `statements` under the switch `learned_statements`
NOT_TAKEN = {"negated", "hypothetical"}
MARKET_SECTORS = {"BUS"}  # CAMEO's business sector: a statement it alone makes is market news (learned_statements)
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


def decide(probabilities: dict[str, float], threshold: float = NEW_EVENT,
           statements: tuple[float, float] | None = None) -> tuple[str, float] | None:
    """The class the head reads, and its probability, where it is confident enough (`threshold`) to make an event;
    None for NONE, for a class it makes no event of, or below the threshold. With `statements` (its least
    probability, and the most of "none" beside it: switch `learned_statements`), a statement where the head reads
    one surely and gives no event ("none") little weight: a report of figures, a vote's result or a standing fact
    told by a source is a statement (010), but the head reads markets, sport and company news near statements too,
    and there its "none" stands high."""
    best = max(probabilities, key=probabilities.get)
    if best == STATEMENT and statements is not None:
        least, none_below = statements
        if probabilities[best] >= least and probabilities.get(NONE, 0.0) < none_below:
            return best, probabilities[best]
        return None
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
        found = decide(probabilities[sentence.index], statements=STATEMENTS if context.statements else None)
        if found is None or barred(found[0], sentence, context):
            continue
        event = learned_event(sentence, found[0], found[1], context)
        if event is not None:
            made.append(event)
    if not made:
        return events
    return sorted(events + made, key=lambda e: (e.start, e.trigger_start or 0))


def barred(cls: str, sentence: SentenceSpan, context: RecallContext) -> bool:
    """Whether a learned event of class `cls` may not be added in the sentence: material conflict where it holds a
    violence or police word (recall.py's domain: where recall made nothing, nothing), or where the coder ruled its
    harm no one's act of force (switch `disaster_rulings`: "were killed when a fire swept through a market";
    coder/corrections.py DISASTER_DROPS, passed in `context.disasters`)."""
    return cls == MATERIAL_CONFLICT and (has_trigger_word(sentence.text) or sentence.index in context.disasters)


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
    if cls == STATEMENT:  # a statement told as a fact or a result is addressed to no one: its source speaks
        source, target = source[:1], []
        if source[0].sector in MARKET_SECTORS:
            return None  # "exporters led the Nikkei higher", "Toyota said its profit rose": markets, no politics
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
