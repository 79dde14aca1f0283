"""The classifier's one step in the pipeline: read a coded document's candidate sentences, weigh the `acled`
field of its events (choice.py), and add the violent and police events the coder missed (recall.py).

Called by pipeline.code_document where the setting `classifier` is not "off"; loads torch on first use.
"""
from __future__ import annotations

from ..acled import deciding_rule
from ..nlp import doc_sentences, doc_text
from ..records import EventMention
from .candidates import SentenceSpan, sentences_to_read
from .choice import VETO_CONFIDENCE_DROP, choose
from .recall import RecallContext, make_event, recall_class
from .scoring import SentenceScores, load_classifier


def classify_document(events: list[EventMention], context: RecallContext, mode: str) -> list[EventMention]:
    """The document's events with the classifier's word on their ACLED type, plus the events it recalls."""
    sentences = _sentences(context)
    with_events = {e.sentence for e in events}
    to_read = sentences_to_read(sentences, with_events, mode)
    if not to_read:
        return events
    scored = dict(zip((s.index for s in to_read), load_classifier().score([s.text for s in to_read])))
    for event in events:
        scores = scored.get(event.sentence)
        if scores is not None:
            _weigh(event, scores)
    recalled = []
    for sentence in to_read:
        scores = scored[sentence.index]
        found = recall_class(scores)
        if found is None or sentence.index in with_events:
            continue
        event = make_event(sentence, found[0], found[1], context)
        if event is not None:
            recalled.append(event)
    return sorted(events + recalled, key=lambda e: (e.start, e.trigger_start or 0)) if recalled else events


def _weigh(event: EventMention, scores: SentenceScores) -> None:
    choice = choose(event, deciding_rule(event), scores)
    if choice.acled is None and event.acled is not None and choice.by == "classifier":
        event.confidence = max(0.0, event.confidence - VETO_CONFIDENCE_DROP)  # no political event after all
    event.acled = {**choice.acled, "by": choice.by} if choice.acled is not None else None


def _sentences(context: RecallContext) -> list[SentenceSpan]:
    text = doc_text(context.doc)
    spans = []
    for n, sentence in enumerate(doc_sentences(context.doc)):
        raw = text[sentence.start_char:sentence.end_char]
        stripped = raw.strip()
        if not stripped:
            continue
        start = sentence.start_char + (len(raw) - len(raw.lstrip()))
        spans.append(SentenceSpan(n, start, start + len(stripped), stripped, sentence.start, sentence.end))
    return spans
