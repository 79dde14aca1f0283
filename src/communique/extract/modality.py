"""Whether an event happened, did not, will, might, or is history.

One of `asserted`, `negated`, `future`, `hypothetical`, `historical`. The cues come from
data/modality_cues.tsv and are looked for on the trigger itself, on the clause heads it depends on
(through xcomp, ccomp, pcomp and conj: "is expected to head", "refused to meet", "denied attacking"),
and on its date: an event dated after publication is future, one more than HISTORICAL_DAYS before
it is historical. Negation wins over everything; then hypothetical, future, historical.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..errors import DataFileError
from ..data_files import tsv_rows
from ..nlp import DocTokens, doc_tokens

CUES_FILE = Path(__file__).resolve().parents[1] / "data" / "modality_cues.tsv"
MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")
PLACES = ("neg", "aux", "govern", "mark", "det", "subject", "amod", "ago")
HISTORICAL_DAYS = 90
# dependencies through which a trigger hangs on a verb or adjective that governs its modality
GOVERNING_DEPS = {"xcomp", "ccomp", "pcomp", "acomp"}
# dependencies through which a trigger shares the auxiliaries and negation of its head
SHARING_DEPS = {"conj", "xcomp"}
YEAR = re.compile(r"1[89]\d\d|20\d\d")
ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class ModalityCues:
    """For each place a cue can sit, the words found there and the modality each gives."""
    by_place: dict[str, dict[str, str]]

    def at(self, place: str, word: str) -> str | None:
        return self.by_place.get(place, {}).get(word.lower())


def read_modality_cues(path: Path) -> ModalityCues:
    by_place: dict[str, dict[str, str]] = {place: {} for place in PLACES}
    for number, parts in tsv_rows(path, "the modality cue list"):
        if len(parts) != 3 or parts[0] not in MODALITIES or parts[1] not in PLACES:
            raise DataFileError(f"{path}, line {number}: expected 'modality<TAB>place<TAB>word' "
                                f"with a modality in {MODALITIES} and a place in {PLACES}.")
        by_place[parts[1]][parts[2].lower()] = parts[0]
    return ModalityCues(by_place)


@lru_cache(maxsize=1)
def modality_cues() -> ModalityCues:
    """The package's modality cues, read on first use."""
    return read_modality_cues(CUES_FILE)


def modality_of(doc: Doc, trigger_index: int, event_date_value: str | None,
                published: date | None) -> str:
    """The modality of the event whose trigger is doc[trigger_index]."""
    trigger = doc[trigger_index]
    words = doc_tokens(doc)  # each token's strings, read once per document
    found = set(_textual_modalities(trigger, words, modality_cues()))
    found.add(_date_modality(event_date_value, published))
    found.add(_year_modality(trigger, words, published))
    for modality in ("negated", "hypothetical", "future", "historical"):
        if modality in found:
            return modality
    return "asserted"


def _textual_modalities(trigger: Token, words: DocTokens, cues: ModalityCues) -> list[str]:
    """The modalities the words around the trigger give, nearest first."""
    found: list[str] = []
    clause = _clause_head(trigger, words)
    if clause.i != trigger.i and cues.at("govern", words.lemma[clause.i]) in ("future", "hypothetical"):
        found.append(cues.at("govern", words.lemma[clause.i]))  # "a new influx is expected"
    for token in _sharing_chain(clause, words):
        found.extend(_own_cues(token, words, cues))
    found.extend(_governing_cues(clause, words, cues))
    if words.pos[trigger.i] in ("NOUN", "PROPN"):
        for child in trigger.children:
            place = {"amod": "amod", "det": "det", "mark": "mark"}.get(words.dep[child.i])
            found.extend(m for m in [cues.at(place, words.lower[child.i]) if place else None] if m)
    return found


def _clause_head(trigger: Token, words: DocTokens) -> Token:
    """The verb whose clause carries a noun trigger ("the meeting will take place" -> take)."""
    if words.pos[trigger.i] in ("NOUN", "PROPN") and words.dep[trigger.i] in ("nsubj", "nsubjpass", "dobj", "attr"):
        return trigger.head
    return trigger


def _sharing_chain(token: Token, words: DocTokens) -> list[Token]:
    """The token and the heads it shares auxiliaries with ("will meet and sign": sign -> meet)."""
    chain = [token]
    while words.dep[token.i] == "conj" and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _own_cues(token: Token, words: DocTokens, cues: ModalityCues) -> list[str]:
    found = []
    for child in token.children:
        word, dep = words.lower[child.i], words.dep[child.i]
        if dep == "neg" or (dep == "advmod" and word == "never"):
            found.append(cues.at("neg", word) or "negated")
        elif dep in ("aux", "auxpass"):
            if word in ("would", "'d") and _reported(token, words):
                found.append("future")  # "they said they would boycott": the future of a past report
            else:
                found.extend(m for m in [cues.at("aux", word)] if m)
        elif dep == "mark":
            found.extend(m for m in [cues.at("mark", word)] if m)
        elif dep == "advcl" and _has_mark(child, words, cues, "hypothetical"):
            found.append("hypothetical")  # "will respond if attacked"
        elif dep in ("nsubj", "nsubjpass", "dobj"):
            found.extend(m for m in [cues.at("subject", word)] if m)
            found.extend(m for d in child.children if words.dep[d.i] == "det"
                         for m in [cues.at("det", words.lower[d.i])] if m)
        elif dep == "advmod" and word == "ago":
            found.extend(m for d in child.children for m in [cues.at("ago", words.lemma[d.i])] if m)
    return found


def _reported(token: Token, words: DocTokens) -> bool:
    """A clause that a verb of saying reports ("said they would ...")."""
    from .quotes import cue_verbs

    return words.dep[token.i] == "ccomp" and words.lemma[token.head.i] in cue_verbs()


def _has_mark(clause: Token, words: DocTokens, cues: ModalityCues, modality: str) -> bool:
    return any(words.dep[c.i] == "mark" and cues.at("mark", words.lower[c.i]) == modality for c in clause.children)


def _governing_cues(token: Token, words: DocTokens, cues: ModalityCues) -> list[str]:
    """Cues on the chain of heads above the trigger: "is expected to", "refused to", "if ..."."""
    found: list[str] = []
    while token.head.i != token.i and words.dep[token.i] in GOVERNING_DEPS | {"conj", "prep", "advcl"}:
        dep, token = words.dep[token.i], token.head
        if dep == "prep" and words.pos[token.i] != "ADP":
            break
        word_cue = cues.at("govern", words.lemma[token.i]) or cues.at("govern", words.lower[token.i])
        if word_cue == "asserted":  # "threatened to strike": the threat is the event, asserted
            return found + [m for m in _own_cues(token, words, cues) if m == "negated"]
        if word_cue and dep != "conj":
            found.append(word_cue)
        if dep == "advcl":
            break
        if dep in SHARING_DEPS or dep == "conj":
            found.extend(_own_cues(token, words, cues))
        else:  # "might want him to head back": a hedge on the governing verb hedges what it governs
            found.extend(m for m in _own_cues(token, words, cues) if m == "hypothetical")
    return found


def _date_modality(value: str | None, published: date | None) -> str:
    """future for an event dated after publication; historical for one long before it."""
    if not value or published is None:
        return "asserted"
    span = _date_span(value)
    if span is None:
        return "asserted"
    first, last = span
    if first > published:
        return "future"
    if last < published - timedelta(days=HISTORICAL_DAYS):
        return "historical"
    return "asserted"


def _date_span(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO date, month or year covers."""
    match = ISO_PREFIX.match(value)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def _year_modality(trigger: Token, words: DocTokens, published: date | None) -> str:
    """historical for an event marked with a year long gone ("attacked the city in 2003")."""
    if published is None:
        return "asserted"
    for prep in trigger.children:
        if words.dep[prep.i] == "prep" and words.lower[prep.i] in ("in", "during"):
            for obj in prep.children:
                if words.dep[obj.i] == "pobj" and YEAR.fullmatch(words.text[obj.i]):
                    return _date_modality(words.text[obj.i], published)
    return "asserted"
