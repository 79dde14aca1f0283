"""Which sentences the classifier reads: the cost of the classifier is one encoding per sentence read.

With `classifier = events`, a sentence is read when it needs scoring (`needs_scoring`): it carries a coded
event whose ACLED type the classifier may still weigh, or, carrying none, holds a violence, police or protest
word of data/classify_trigger_words.tsv (it may hold an event the coder missed). A sentence whose every event
is settled by the rules (`settled_by_rules`: the arbitration of choice.py gives the rule's answer whatever the
scores, for a decisive rule naming political violence) is not read. With `classifier = all` every sentence is read.
Each word of the list has a kind (act, agent, weapon): every kind makes a sentence worth reading, but only a
word naming the act can carry an event the classifier recalls (`names_act`, recall.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..acled import deciding_rule
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from ..records import EventMention

TRIGGER_WORDS_FILE = "classify_trigger_words.tsv"
WORD_KINDS = frozenset({"act", "agent", "weapon"})
AGENT_SUFFIXES = frozenset({"er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "man", "men"})


@dataclass(frozen=True)
class SentenceSpan:
    index: int  # the sentence's number in the document
    start: int  # char offsets of its text, whitespace stripped
    end: int
    text: str
    token_start: int  # token offsets
    token_end: int


@lru_cache(maxsize=1)
def trigger_kinds() -> dict[str, str]:
    """Each trigger stem and what its words name: act, agent or weapon (the file's header says how)."""
    rows = tsv_rows(data_path(TRIGGER_WORDS_FILE), "the classifier's trigger words", header=True)
    kinds = {}
    for number, fields in rows:
        if len(fields) != 2 or fields[1].strip() not in WORD_KINDS:
            raise DataFileError(f"{TRIGGER_WORDS_FILE} line {number}: expected a stem and a kind "
                                f"({', '.join(sorted(WORD_KINDS))}), tab-separated.")
        kinds[fields[0].strip().lower()] = fields[1].strip()
    return kinds


def trigger_stems() -> tuple[str, ...]:
    return tuple(trigger_kinds())


def names_act(word: str, stem: str, verb: bool) -> bool:
    """Whether `word` (lower case), matched by the trigger stem `stem`, names the violent or police act
    itself rather than who does it or what with: "attacked", "clash", "shelling" do; "attackers", "maoists",
    "rockets" do not. `verb`: the word is tagged a verb (a weapon's verb, "shelled", "bombed", is an act)."""
    kind = trigger_kinds().get(stem, "act")
    if " " in stem or kind == "agent":
        return kind == "act"  # a phrase ("opened fire", "tear gas") is what its kind says; an agent never acts
    rest = word[len(stem):] if word.startswith(stem) else ""
    if verb:
        return True
    if kind == "act":
        return not _agentive(stem, rest)
    if rest[:1] == stem[-1:] and rest[1:2] in ("e", "i"):
        rest = rest[1:]  # a doubled last letter: "shel|led", "gun|ned"
    return kind == "weapon" and (rest.startswith("ing") or rest in ("ed", "d"))


def _agentive(stem: str, rest: str) -> bool:
    """The stem's agent noun: "attack|ers", "demonstrat|ors", "kidnap|pers" (a doubled last letter)."""
    if rest[:1] == stem[-1:] and rest[1:] in AGENT_SUFFIXES:
        return True
    return rest in AGENT_SUFFIXES


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
