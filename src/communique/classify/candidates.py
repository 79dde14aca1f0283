"""Which sentences the classifier reads: the cost of the classifier is one encoding per sentence read.

With `classifier = events`, a sentence is read when it needs scoring (`needs_scoring`): it carries a coded
event whose ACLED type the classifier may still weigh, or, carrying none, holds a violence, police or protest
word of data/classify_trigger_words.tsv (it may hold an event the coder missed). A sentence whose every event
is settled by the rules (`settled_by_rules`: the arbitration of choice.py gives the rule's answer whatever the
scores, for a decisive rule naming political violence) is not read. With `classifier = all` every sentence is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..acled import deciding_rule
from ..data_files import data_path, tsv_rows
from ..records import EventMention

TRIGGER_WORDS_FILE = "classify_trigger_words.tsv"


@dataclass(frozen=True)
class SentenceSpan:
    index: int  # the sentence's number in the document
    start: int  # char offsets of its text, whitespace stripped
    end: int
    text: str
    token_start: int  # token offsets
    token_end: int


@lru_cache(maxsize=1)
def trigger_stems() -> tuple[str, ...]:
    rows = list(tsv_rows(data_path(TRIGGER_WORDS_FILE), "the classifier's trigger words"))[1:]
    return tuple(fields[0].strip().lower() for _, fields in rows if fields[0].strip())


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern[str]:
    """Matches a trigger stem at the start of a word, in lower-cased text."""
    stems = sorted(trigger_stems(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")")


def has_trigger_word(text: str) -> bool:
    return trigger_pattern().search(text.lower()) is not None


def settled_by_rules(event: EventMention) -> bool:
    """The coder's event whose ACLED answer the arbitration gives from the rules whatever the classifier
    scores (choice.settled_by_rule: a decisive rule naming political violence): encoding its sentence could
    change nothing of it."""
    from .choice import settled_by_rule  # (choice.py imports the scoring API; kept out of import time)

    return event.origin == "coder" and settled_by_rule(deciding_rule(event), event)


def needs_scoring(sentence: SentenceSpan, events: list[EventMention]) -> bool:
    """Whether the classifier's scores can change what is made of the sentence (setting `events`); `events`
    are the coder's events in it. One with no event needs them where a trigger word may show an event the
    coder missed; one with events, unless every event is settled by the rules."""
    if not events:
        return has_trigger_word(sentence.text)
    return not all(settled_by_rules(event) for event in events)


def sentences_to_read(sentences: list[SentenceSpan], events: list[EventMention], mode: str) -> list[SentenceSpan]:
    """The sentences worth encoding under the classifier setting `mode` (events | all); `events` are the
    document's coded events."""
    if mode == "all":
        return list(sentences)
    by_sentence: dict[int, list[EventMention]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    return [s for s in sentences if needs_scoring(s, by_sentence.get(s.index, []))]
