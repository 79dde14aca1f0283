"""The learned arbiter (switch `learned_arbiter`): in a sentence where the coder made events, which class is the
sentence's main one: one of its events', or, where they are weak, the sentence-class head's (sentence_class.py).

Each candidate of a sentence (each of its events, and the head's best class where no event has it) is scored by a
logistic model over features that say nothing of the sentence's words: the head's probability of the candidate's
class, of none and its best; the event's confidence, origin, code depth (a root code such as 010 against a specific
one), whether it is a statement addressed to no one kept as its sentence's only act (coder/adapter.py's
UNADDRESSED), whether it has a target, whether its trigger is the sentence's main verb, whether it is the sentence's
most confident event now; the candidate's class. The weights (data/classify_arbiter.tsv) are fitted by
tools/learned_arbiter_cv.py on the project's own census sentences, with each sentence's head probabilities from a
head not fitted on its census; the margin by which a candidate must outscore the sentence's present main event
was chosen by leave-one-census-out figures (docs/evaluation.md, "learned41").
Where the chosen candidate is a coded event of another class than the present main one, its confidence is raised
just above the sentence's others (re-ranking: `confidence` stays in [0, 1] and still orders a sentence's events, now
with the arbiter's word on which is main). Where it is the head's own class (no event has it), outscoring the present
main event by the learned margin, and that event is weak (its confidence below `learned_below`) in a sentence where
the coder made an event (not only recall's or the learned classes'), the learned event of
that class (learned_events.learned_event: the class's root code, `origin: "classifier"`, recall.py's actors) is added
ranked first and the coder's events stay: a sentence-level reading of what kind of thing happened, not a pattern
match ("the ministry said it would set up a joint commission": an intent, 030, over the bare statement 010). No
material-conflict event is added in a sentence holding a violence or police trigger word, which is recall.py's domain
(as for learned_classes), nor in one whose harm the coder ruled no one's act (switch `disaster_rulings`). Only a sentence with events is touched: one with none stays without.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy

from ..data_files import PROVENANCE, tsv_rows
from ..errors import DataFileError
from ..records import EventMention
from ..coder.adapter import UNADDRESSED
from .candidates import SentenceSpan
from .encoders import DEFAULT_ENCODER, encoder_choice
from .recall import RecallContext
from .sentence_class import NONE

ARBITER_FILE = "classify_arbiter.tsv"
CLASSES = ("statement/appeal", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
FEATURES = ("bias", "head_p", "head_none", "head_best", "learned", "confidence", "by_coder", "root_code",
            "unaddressed", "has_target", "main_verb", "main_now", "events") + tuple(f"class={c}" for c in CLASSES) \
    + ("head_p*learned", "head_p*unaddressed")
RAISE = 0.01  # how far above the sentence's other events the chosen one is put
STEP = "learned arbiter: ranked first by the arbiter over the sentence-class head (learned_arbiter)"
ADDED = "learned arbiter: the sentence-class head's class, added ranked first over weak events (learned_arbiter)"


@dataclass(frozen=True)
class EventFacts:
    """What the arbiter knows of a coded event (nothing of its words)."""
    cls: str
    confidence: float
    by_coder: bool
    root_code: bool
    unaddressed: bool
    has_target: bool
    main_verb: bool


def event_class(event: EventMention) -> str | None:
    from ..evaluate.main_class import event_class as class_of  # (evaluate's table of CAMEO roots to classes)
    return class_of(event)


def facts_of(event: EventMention, doc) -> EventFacts | None:
    """The event's facts, None where its class is unknown."""
    cls = event_class(event)
    if cls is None:
        return None
    code = str(event.cameo.get("code") or "")
    return EventFacts(cls, float(event.confidence), event.origin == "coder",
                      len(code) == 3 and code.endswith("0"), UNADDRESSED in event.steps, bool(event.target),
                      _is_main_verb(doc, event.trigger_start))


def _is_main_verb(doc, trigger_start: int | None) -> bool:
    if trigger_start is None:
        return False
    span = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")  # the token there, not a scan
    if span is None or not len(span) or span[0].idx != trigger_start:
        return False
    token = span[0]
    return token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT")


def candidates(facts: list[EventFacts], probabilities: dict[str, float]) -> list[tuple[str, EventFacts | None]]:
    """A sentence's candidates: each event's (class, facts), and the head's best class (facts None) where no
    event has it and it is not none."""
    out = [(f.cls, f) for f in facts]
    best = max(CLASSES, key=lambda c: probabilities.get(c, 0.0))
    if probabilities.get(NONE, 0.0) < probabilities.get(best, 0.0) and all(f.cls != best for f in facts):
        out.append((best, None))
    return out


def features(cls: str, facts: EventFacts | None, probabilities: dict[str, float], main_now: bool,
             events: int) -> numpy.ndarray:
    p = probabilities.get(cls, 0.0)
    learned = facts is None
    f = facts or EventFacts(cls, 0.0, False, True, False, False, False)
    row = [1.0, p, probabilities.get(NONE, 0.0), max(probabilities.get(c, 0.0) for c in CLASSES), float(learned),
           f.confidence, float(f.by_coder), float(f.root_code), float(f.unaddressed), float(f.has_target),
           float(f.main_verb), float(main_now), min(events, 4) / 4]
    row += [float(cls == c) for c in CLASSES]
    row += [p * learned, p * f.unaddressed]
    return numpy.asarray(row, dtype=numpy.float64)


@dataclass(frozen=True)
class Arbiter:
    weights: numpy.ndarray
    margin: float  # how much a coded event must outscore the present main event (log-odds) to be ranked first
    learned_margin: float  # the same for the head's own class (an added event)
    learned_below: float  # ... which is added only where the present main event's confidence is below this

    def scores(self, rows: list[numpy.ndarray]) -> numpy.ndarray:
        return numpy.stack(rows) @ self.weights

    def choice(self, facts: list[EventFacts], probabilities: dict[str, float]) -> int | None:
        """The index among `candidates(facts, probabilities)` of the one to rank first, None to leave the sentence
        as it is (its most confident event, the first among equals, stays main). An index past `facts` is the
        head's own class: its learned event is to be added."""
        found = candidates(facts, probabilities)
        if not facts:
            return None
        now = max(range(len(facts)), key=lambda i: (facts[i].confidence, -i))
        scores = self.scores([features(c, f, probabilities, i == now, len(facts))
                              for i, (c, f) in enumerate(found)])
        best = int(scores.argmax())
        if best == now or found[best][0] == found[now][0]:
            return None
        if found[best][1] is not None:
            return best if scores[best] - scores[now] >= self.margin else None
        if facts[now].confidence >= self.learned_below or not any(f.by_coder for f in facts):
            return None  # the coder's reading is strong, or there is none (the sentence's events are all learned)
        return best if scores[best] - scores[now] >= self.learned_margin else None


def may_add(cls: str, sentence: SentenceSpan, context: RecallContext) -> bool:
    """Whether the head's class may be added as an event in the sentence: not material conflict where the sentence
    holds a violence or police trigger word, which is recall.py's domain (as for learned_classes: "a suicide bomber
    was spotted ..., police said" tells no act), nor where the coder ruled its harm no one's act (learned_events)."""
    from .learned_events import barred

    return not barred(cls, sentence, context)


def arbitrate(events: list[EventMention], context: RecallContext, read: list[SentenceSpan],
              probabilities: dict[int, dict[str, float]]) -> list[EventMention]:
    """The document's events with the arbiter's word on each read sentence that has events (module docstring)."""
    from . import learned_events

    arbiter = load_arbiter(context.encoder)
    out = list(events)
    by_sentence: dict[int, list[int]] = {}
    for i, event in enumerate(out):
        by_sentence.setdefault(event.sentence, []).append(i)
    for sentence in read:
        if sentence.index not in probabilities:
            continue
        known = [(i, out[i], facts_of(out[i], context.doc)) for i in by_sentence.get(sentence.index, [])]
        known = [(i, e, f) for i, e, f in known if f is not None]
        if not known:
            continue
        p = probabilities[sentence.index]
        chosen = arbiter.choice([f for _, _, f in known], p)
        if chosen is None:
            continue
        top = min(1.0, max(e.confidence for _, e, _ in known) + RAISE)
        if chosen < len(known):
            i, event, _ = known[chosen]
            out[i] = replace(event, confidence=top, steps=event.steps + (STEP,))
            _lower_others(out, [j for j, _, _ in known if j != i], top)
            continue
        cls = candidates([f for _, _, f in known], p)[chosen][0]
        made = learned_events.learned_event(sentence, cls, p[cls], context) if may_add(cls, sentence, context) else None
        if made is None:
            continue
        out.append(replace(made, confidence=top, steps=made.steps + (ADDED,)))
        _lower_others(out, [j for j, _, _ in known], top)
    if out == events:
        return events
    return sorted(out, key=lambda e: (e.start, e.trigger_start or 0))


def _lower_others(events: list[EventMention], indexes: list[int], top: float) -> None:
    """Where the chosen event could not be raised above the others (they stand at 1.0), lower them below it."""
    for j in indexes:
        if events[j].confidence >= top:
            events[j] = replace(events[j], confidence=round(top - RAISE, 3))


HEADER = """# The learned arbiter (communique.classify.arbiter, switch learned_arbiter): a logistic model's weights over
# the features of a sentence's candidate main events, the margins a candidate must outscore the present main by,
# and the confidence below which the present main must be for the head's class to be added.
# Origin: fitted for communique (MIT) by tools/learned_arbiter_cv.py on the censuses its provenance line names
# (tests/fixtures/, written for communique by its helpers; read there, not copied here): each sentence's events as
# the coder makes them, the sentence-class head's probabilities of a head not fitted on its census, its labelled class.
# Do not edit by hand: rebuild with the tool. Columns (tab-separated): feature, weight; then margin rows.
"""


def write_arbiter(path: Path, arbiter: Arbiter, provenance: dict) -> None:
    lines = [HEADER.rstrip("\n"), PROVENANCE + json.dumps(provenance, sort_keys=True), "feature\tweight"]
    lines += [f"{name}\t{float(w):.5f}" for name, w in zip(FEATURES, arbiter.weights)]
    lines += [f"margin\t{arbiter.margin:.3f}", f"learned_margin\t{arbiter.learned_margin:.3f}",
              f"learned_below\t{arbiter.learned_below:.3f}"]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_arbiter(encoder: str = DEFAULT_ENCODER) -> Arbiter:
    """The arbiter fitted on the sentence-class probabilities of the encoder named (classify/encoders.py)."""
    return _loaded_arbiter(encoder)


@lru_cache(maxsize=None)
def _loaded_arbiter(encoder: str) -> Arbiter:
    path = encoder_choice(encoder).path(ARBITER_FILE)
    values = {}
    for number, fields in tsv_rows(path, "the learned arbiter", 2, header=True):
        try:
            values[fields[0].strip()] = float(fields[1])
        except ValueError as exc:
            raise DataFileError(f"{path} line {number}: expected a feature and a weight ({exc}).") from exc
    missing = [name for name in FEATURES + ("margin", "learned_margin", "learned_below") if name not in values]
    if missing:
        raise DataFileError(f"{path}: no weight for {', '.join(missing)}.")
    return Arbiter(numpy.asarray([values[n] for n in FEATURES]), values["margin"], values["learned_margin"],
                   values["learned_below"])
