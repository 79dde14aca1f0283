"""The classifier's one step in the pipeline: read coded documents' candidate sentences, weigh the `acled`
field of their events (choice.py), add the violent and police events the coder missed (recall.py), and
record how each sentence read was classified (`Document.sentence_classes`).

Called by the pipeline (through pieces.py) for a piece of a batch of articles at once where the setting
`classifier` is not "off": the sentences of every article in the piece are encoded in one call, sorted by
length, so that the encoder pads little and runs on full chunks. Loads torch on first use. The call can be split
in two (`start_reading`, `finish_reading`) so that the encoder runs in a worker thread (overlap.py) meanwhile.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..acled import deciding_rule
from ..coder.adapter import UNADDRESSED
from ..coder.background_acts import over_background
from ..nlp import doc_sentences, doc_text
from ..records import EventMention, SentenceClass
from .candidates import SentenceSpan, sentences_to_read
from .choice import VETO_CONFIDENCE_DROP, choose
from .arbiter import arbitrate
from .overlap import EncoderWorker
from . import learned_events
from .recall import RecallContext, blocks_recall, make_event, recall_class
from .scoring import SentenceScores, load_classifier
from .sentence_class import class_probabilities


def classify_documents(items: list[tuple[list[EventMention], RecallContext]], mode: str
                       ) -> list[tuple[list[EventMention], list[SentenceClass]]]:
    """For each (events, context) of a batch: its events with the classifier's word on their ACLED type plus
    the events it recalls, and the classes of the sentences it read. One encoder call for the whole batch."""
    return finish_reading(start_reading(items, mode))


@dataclass
class BatchReading:
    """A batch's sentences chosen for reading, and their one encoder call: under way in a worker's thread (a
    handle), or done in line (the vectors); None where no sentence is read."""
    items: list[tuple[list[EventMention], RecallContext]]
    reading: list[list[SentenceSpan]]
    texts: list[str]
    encoded: object
    worker: EncoderWorker | None


def choose_sentences(events: list[EventMention], context: RecallContext, mode: str) -> list[SentenceSpan]:
    """The sentences of one coded document that the classifier reads (candidates.sentences_to_read), and with the
    switch `learned_classes` those it can act on (learned_events.can_act_on)."""
    sentences = _sentences(context)
    chosen = sentences_to_read(sentences, events, mode)
    if context.learned:  # hook: learned_events
        chosen = learned_events.also_read(sentences, chosen, events, context)
    return chosen


def start_reading(items: list[tuple[list[EventMention], RecallContext]], mode: str,
                  worker: EncoderWorker | None = None, chosen: list[list[SentenceSpan]] | None = None
                  ) -> BatchReading:
    """The first half of `classify_documents`: choose the sentences to read (here, where the Docs are; or take
    `chosen`, one list per item, where they were chosen already) and start their encoder call, in `worker`'s
    thread where one is given (classify/overlap.py), else in line."""
    reading = chosen if chosen is not None else [choose_sentences(events, context, mode) for events, context in items]
    texts = [s.text for to_read in reading for s in to_read]
    encoded = None
    if texts:
        encoder = load_classifier(items[0][1].encoder).encoder
        encoded = worker.submit(encoder, texts) if worker is not None else encoder.encode(texts)
    return BatchReading(items, reading, texts, encoded, worker)


def finish_reading(batch: BatchReading) -> list[tuple[list[EventMention], list[SentenceClass]]]:
    """The second half of `classify_documents`: wait for the vectors, then the heads, the arbitration and
    recall, document by document in order. Raises what the encoder call raised."""
    scores, classes = iter([]), None
    if batch.texts:
        vectors = batch.worker.result(batch.encoded) if batch.worker is not None else batch.encoded
        encoder = batch.items[0][1].encoder  # one run, one encoder: every context names the same
        scores = iter(load_classifier(encoder).scores_of(batch.texts, vectors))
        classes = iter(class_probabilities(vectors, encoder)) if any(c.learned or c.arbiter for _, c in batch.items) else None
    out = []
    for (events, context), to_read in zip(batch.items, batch.reading):
        scored = {s.index: next(scores) for s in to_read}
        events, read = _apply(events, context, to_read, scored)
        learned = {s.index: next(classes) for s in to_read} if classes is not None else {}
        if context.arbiter and learned:  # hook: arbiter (sentences with events; learned_events' have none)
            events = arbitrate(events, context, to_read, learned)
        if context.learned and learned:  # hook: learned_events
            events = learned_events.with_learned_events(events, context, to_read, learned)
        out.append((events, read))
    return out


def classify_document(events: list[EventMention], context: RecallContext, mode: str) -> list[EventMention]:
    """One document's events with the classifier's word on them (see classify_documents)."""
    return classify_documents([(events, context)], mode)[0][0]


def _apply(events: list[EventMention], context: RecallContext, to_read: list[SentenceSpan],
           scored: dict[int, SentenceScores]) -> tuple[list[EventMention], list[SentenceClass]]:
    classes = [SentenceClass(s.index, scored[s.index].best_acled.label, scored[s.index].best_acled.score)
               for s in to_read]
    for event in events:
        scores = scored.get(event.sentence)
        if scores is not None:
            _weigh(event, scores)
        elif event.acled is not None:  # its sentence was not read: the rules settled it (candidates.needs_scoring)
            event.acled = {**event.acled, "by": "rules"}
    if not to_read or not context.recall:  # (the petrarch2 profile adds no event the dictionaries did not code)
        return events, classes
    with_events = {e.sentence for e in events if blocks_recall(e)}
    # "..., a police spokesman said" (an act kept by `kind_subjects` gives way too, but names no speaker)
    statements = {e.sentence: e for e in events if not blocks_recall(e) and UNADDRESSED in e.steps}
    recalled = []
    for sentence in to_read:
        found = recall_class(scored[sentence.index])
        if found is None or sentence.index in with_events or sentence.index in context.disasters:
            continue  # a sentence with coded events keeps them alone (recall there too cost PLOVER triples),
            # unless its one event is a statement kept only because nothing else was coded (blocks_recall); one
            # whose harm the coder ruled no one's act (a fire, a flood, a collapse: `disaster_rulings`) gets no act
        event = make_event(sentence, found[0], found[1], context, statements.get(sentence.index))
        if event is not None:
            recalled.append(event)
    if not recalled:
        return events, classes
    acted = {e.sentence for e in recalled}  # a statement kept only as its sentence's only event goes (blocks_recall)
    kept = [e for e in events if e.sentence not in acted  # an act over the recalled one's clause stays
            or (context.background_acts and over_background(context.doc, e, recalled))]
    return sorted(kept + recalled, key=lambda e: (e.start, e.trigger_start or 0)), classes


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
