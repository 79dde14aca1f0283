"""Events of the learned sentence class (switch `learned_classes`): where the coder's dictionaries are silent on a
sentence that names an actor, the sentence-class head (sentence_class.py) says what kind of event it tells.

Two cases, each decided on leave-one-census-out figures (docs/evaluation.md, "learned40"):
(a) a sentence with an actor and no event at all (coder's or recall's) yields an event of the head's class where
    the head is confident of one (`NEW_EVENT`), but for statement/appeal (left to the coder: a statement to no one
    read by the head alone made events of figures and business news; left-out censuses: -1.1 points) and verbal
    cooperation (a sentence set at a summit or a meeting reads as one by its topic though it tells no act: it cost
    a no-event record of the PETR2 dev set's pin; left-out censuses: -0.6 points);
(b) a sentence whose only event is a statement addressed to no one, kept because nothing else was coded
    (recall.blocks_recall: "..., the ministry said"), would have it replaced where the head is confident the
    sentence tells an act of another class (`REPLACE`): taken back (REPLACE above 1), since it replaced a report of
    figures whose act stood in a background clause; left-out censuses had it at +0.4 points.
The event is `origin: "classifier"` at a confidence below recall's (and so below every coder event); its CAMEO
code is its class's default (data/classify_class_defaults.tsv), a root code no more specific than the head can
tell, and it has no PLOVER type (each class spans several: the head tells none of them; the PLOVER head of
scoring.py agreeing with the class was tried and cost PLOVER triples on left-out censuses); its trigger the sentence's main verb (under a statement's verb, the verb of what was said); its actors those
recall.py reads in the sentence, those before the trigger its source and those after it its target. In a verbal
class (statement, verbal cooperation or conflict) the speaker of the replaced statement is its source, since what
one says is one's own act; in a material class the speaker is only who reported it and is no side.
A negated or hypothetical main verb makes no event, nor a copula or a verb over a complement ("is unlikely to
meet", "is set to sign"), whose modality the coder reads. Violent and police acts are recall.py's, which reads them more
closely (both heads, the act word): a sentence holding one of its trigger words gets no material-conflict event here
("a suicide bomber was spotted near the parliament, police said" tells no act; left-out censuses: -0.2 points).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

from ..codes import cameo_for, event_code
from ..coder.adapter import UNADDRESSED
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from ..modality import modality_of
from ..nlp import doc_tokens
from ..places.locate import location_for_event
from ..records import EventMention
from ..size import size_of
from ..time.dates import date_for_event
from .candidates import SentenceSpan, has_trigger_word
from .recall import RecallContext, blocks_recall, sentence_actors
from .sentence_class import NONE

DEFAULTS_FILE = "classify_class_defaults.tsv"
NEW_EVENT = 0.4  # (a): the head's best class needs at least this probability (chosen by cross-validation)
REPLACE = 1.01  # (b) taken back: the head never replaces a bare statement (see the module docstring)
CONFIDENCE = 0.3  # at most: below recall's events (0.35 * ...) and every coder event (0.45 and up)
STATEMENT = "statement/appeal"
MATERIAL_CONFLICT = "material conflict"
UNMADE = {NONE, STATEMENT, "verbal cooperation"}  # classes the head makes no event of (module docstring)
VERBAL = {"statement/appeal", "verbal cooperation", "verbal conflict"}
NOT_TAKEN = {"negated", "hypothetical"}
SAYING_DEPS = {"ccomp", "parataxis"}
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


def decide(probabilities: dict[str, float], replacing: bool) -> tuple[str, float] | None:
    """The class the head reads, and its probability, where it is confident enough to act: a new event (a) or
    in place of a bare statement (`replacing`, b). None for NONE, or below the threshold."""
    best = max(probabilities, key=probabilities.get)
    if best in UNMADE:  # a statement to no one is the coder's call (targetless_statements): the head's reading is
        return None  # the weakest, and made events of figures and business news; verbal cooperation it reads by topic
    if probabilities[best] < (REPLACE if replacing else NEW_EVENT):
        return None
    return best, probabilities[best]


def bare_statement(events: list[EventMention]) -> EventMention | None:
    """The sentence's only event where it is a statement to no one kept because nothing else was coded."""
    if len(events) == 1 and not blocks_recall(events[0]) and UNADDRESSED in events[0].steps:
        return events[0]
    return None


def can_act_on(sentence: SentenceSpan, events: list[EventMention], context: RecallContext) -> bool:
    """Whether the switch may make an event in the sentence (so whether it is worth encoding): it has no event, or
    only a bare statement, and the document's actor finder found an actor in it."""
    if events and bare_statement(events) is None:
        return False
    return any(sentence.token_start <= m.start < sentence.token_end for m in context.actors.mentions)


def also_read(sentences: list[SentenceSpan], chosen: list[SentenceSpan], events: list[EventMention],
              context: RecallContext) -> list[SentenceSpan]:
    """`chosen` (the sentences the classifier reads anyway) and those the switch can act on, in text order."""
    by_sentence: dict[int, list[EventMention]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    taken = {s.index for s in chosen}
    return [s for s in sentences if s.index in taken or can_act_on(s, by_sentence.get(s.index, []), context)]


def with_learned_events(events: list[EventMention], context: RecallContext, read: list[SentenceSpan],
                        probabilities: dict[int, dict[str, float]]) -> list[EventMention]:
    """The document's events with the learned class's events added, each replacing a bare statement (b)."""
    by_sentence: dict[int, list[EventMention]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    made, replaced = [], set()
    for sentence in read:
        if sentence.index not in probabilities:
            continue
        own = by_sentence.get(sentence.index, [])
        statement = bare_statement(own)
        if own and statement is None:
            continue
        found = decide(probabilities[sentence.index], statement is not None)
        if found is None or (found[0] == MATERIAL_CONFLICT and has_trigger_word(sentence.text)):
            continue  # a sentence with a violence or police word is recall.py's: where it made nothing, nothing
        event = learned_event(sentence, found[0], found[1], context, statement)
        if event is not None:
            made.append(event)
            if statement is not None:
                replaced.add(id(statement))
    if not made:
        return events
    kept = [e for e in events if id(e) not in replaced]
    return sorted(kept + made, key=lambda e: (e.start, e.trigger_start or 0))


def learned_event(sentence: SentenceSpan, cls: str, score: float, context: RecallContext,
                  statement: EventMention | None = None) -> EventMention | None:
    """The event of class `cls` the head reads in the sentence (module docstring), None where none is made."""
    doc = context.doc
    trigger = _trigger(sentence, context, statement)
    if trigger is None:
        return None
    date = date_for_event(doc, trigger, context.dates, context.published)
    modality = modality_of(doc, trigger, date.get("value") if date.get("text") else None, context.published)
    if modality in NOT_TAKEN or any(c.dep_ in ("xcomp", "acomp") for c in doc[trigger].children):
        return None  # "is unlikely to meet", "was set to sign": the act's modality is its complement's, the coder's
    speaking = _speaker_tokens(sentence, context, statement)
    found = [(at, ref) for at, ref in sentence_actors(sentence, context) if at not in speaking]
    source = [ref for at, ref in found if at < trigger]
    target = [ref for at, ref in found if at > trigger]
    if statement is not None and cls in VERBAL and statement.source:
        source = list(statement.source)
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
        trigger_start=tokens.idx[trigger], origin="classifier", steps=(STEP,),
        speaker=statement.source[0] if statement is not None and cls not in VERBAL and statement.source else None)


def _trigger(sentence: SentenceSpan, context: RecallContext, statement: EventMention | None) -> int | None:
    """The sentence's main verb; under the replaced statement's verb, the verb of what was said."""
    doc = context.doc
    roots = [i for i in range(sentence.token_start, sentence.token_end) if doc[i].dep_ == "ROOT"]
    if not roots:
        return None
    root = doc[roots[0]]
    if statement is not None and statement.trigger_start is not None:
        said = next((doc[i] for i in range(sentence.token_start, sentence.token_end)
                     if doc[i].idx == statement.trigger_start), None)
        if said is not None:
            if said.i != root.i:
                return root.i if root.pos_ in ("VERB", "AUX") else None  # "X attacked Y, a spokesman said"
            content = [c for c in said.children if c.dep_ in SAYING_DEPS and c.pos_ in ("VERB", "AUX")]
            return content[0].i if content else None
    return root.i if root.pos_ == "VERB" else None  # a copula's sentence ("X is due to ...") is the coder's


def _speaker_tokens(sentence: SentenceSpan, context: RecallContext, statement: EventMention | None) -> set[int]:
    """The tokens of the replaced statement's speaker (the subject of its verb)."""
    if statement is None or statement.trigger_start is None:
        return set()
    doc = context.doc
    for i in range(sentence.token_start, sentence.token_end):
        if doc[i].idx == statement.trigger_start:
            return {t.i for child in doc[i].children if child.dep_ in ("nsubj", "nsubjpass") for t in child.subtree}
    return set()
