"""Which sentences the classifier reads: the cost of the classifier is one encoding per sentence read.

With `classifier = events`, a sentence is read when it carries a coded event (its ACLED type is weighed)
or, carrying none, holds a violence, police or protest word of data/classify_trigger_words.tsv (it may
hold an event the coder missed). With `classifier = all` every sentence is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data_files import data_path, tsv_rows

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


def sentences_to_read(sentences: list[SentenceSpan], with_events: set[int], mode: str) -> list[SentenceSpan]:
    """The sentences worth encoding under the classifier setting `mode` (events | all)."""
    if mode == "all":
        return list(sentences)
    return [s for s in sentences if s.index in with_events or has_trigger_word(s.text)]
