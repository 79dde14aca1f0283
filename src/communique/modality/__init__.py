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

from spacy.tokens import Doc

from ..errors import DataFileError
from ..data_files import tsv_rows
from ..quotes import cue_verbs
from ..time.tense import DepTree, dep_tree

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
    tree = dep_tree(doc)  # heads, children and each token's strings, read once per document
    found = set(_textual_modalities(trigger_index, tree, modality_cues()))
    found.add(_date_modality(event_date_value, published))
    found.add(_year_modality(trigger_index, tree, published))
    for modality in ("negated", "hypothetical", "future", "historical"):
        if modality in found:
            return modality
    return "asserted"


def _textual_modalities(trigger: int, tree: DepTree, cues: ModalityCues) -> list[str]:
    """The modalities the words around the trigger (a token index) give, nearest first."""
    words = tree.words
    found: list[str] = []
    clause = _clause_head(trigger, tree)
    if clause != trigger and cues.at("govern", words.lemma[clause]) in ("future", "hypothetical"):
        found.append(cues.at("govern", words.lemma[clause]))  # "a new influx is expected"
    for token in _sharing_chain(clause, tree):
        found.extend(_own_cues(token, tree, cues))
    found.extend(_governing_cues(clause, tree, cues))
    if words.pos[trigger] in ("NOUN", "PROPN"):
        for child in tree.children(trigger):
            place = {"amod": "amod", "det": "det", "mark": "mark"}.get(words.dep[child])
            found.extend(m for m in [cues.at(place, words.lower[child]) if place else None] if m)
    return found


def _clause_head(trigger: int, tree: DepTree) -> int:
    """The verb whose clause carries a noun trigger ("the meeting will take place" -> take)."""
    words = tree.words
    if words.pos[trigger] in ("NOUN", "PROPN") and words.dep[trigger] in ("nsubj", "nsubjpass", "dobj", "attr"):
        return tree.head[trigger]
    return trigger


def _sharing_chain(token: int, tree: DepTree) -> list[int]:
    """The token and the heads it shares auxiliaries with ("will meet and sign": sign -> meet)."""
    chain = [token]
    while tree.words.dep[token] == "conj" and tree.head[token] != token:
        token = tree.head[token]
        chain.append(token)
    return chain


def _own_cues(token: int, tree: DepTree, cues: ModalityCues) -> list[str]:
    words = tree.words
    found = []
    for child in tree.children(token):
        word, dep = words.lower[child], words.dep[child]
        if dep == "neg" or (dep == "advmod" and word == "never"):
            found.append(cues.at("neg", word) or "negated")
        elif dep in ("aux", "auxpass"):
            if word in ("would", "'d") and _reported(token, tree):
                found.append("future")  # "they said they would boycott": the future of a past report
            else:
                found.extend(m for m in [cues.at("aux", word)] if m)
        elif dep == "mark":
            found.extend(m for m in [cues.at("mark", word)] if m)
        elif dep == "advcl" and _has_mark(child, tree, cues, "hypothetical"):
            found.append("hypothetical")  # "will respond if attacked"
        elif dep in ("nsubj", "nsubjpass", "dobj"):
            found.extend(m for m in [cues.at("subject", word)] if m)
            found.extend(m for d in tree.children(child) if words.dep[d] == "det"
                         for m in [cues.at("det", words.lower[d])] if m)
        elif dep == "advmod" and word == "ago":
            found.extend(m for d in tree.children(child) for m in [cues.at("ago", words.lemma[d])] if m)
    return found


def _be_going(token: int, tree: DepTree) -> bool:
    """The English future "be going to" ("is going to attack"), not "go" with a purpose ("went to protest")."""
    words = tree.words
    return words.lower[token] == "going" and any(words.dep[c] in ("aux", "auxpass") and words.lemma[c] == "be"
                                                 for c in tree.children(token))


def _reported(token: int, tree: DepTree) -> bool:
    """A clause that a verb of saying reports ("said they would ...")."""
    return tree.words.dep[token] == "ccomp" and tree.words.lemma[tree.head[token]] in cue_verbs()


def _has_mark(clause: int, tree: DepTree, cues: ModalityCues, modality: str) -> bool:
    words = tree.words
    return any(words.dep[c] == "mark" and cues.at("mark", words.lower[c]) == modality for c in tree.children(clause))


def _governing_cues(token: int, tree: DepTree, cues: ModalityCues) -> list[str]:
    """Cues on the chain of heads above the trigger: "is expected to", "refused to", "if ..."."""
    words, head = tree.words, tree.head
    found: list[str] = []
    while head[token] != token and words.dep[token] in GOVERNING_DEPS | {"conj", "prep", "advcl"}:
        dep, token = words.dep[token], head[token]
        if dep == "prep" and words.pos[token] != "ADP":
            break
        word_cue = cues.at("govern", words.lemma[token]) or cues.at("govern", words.lower[token])
        if word_cue == "future" and words.lemma[token] == "go" and not _be_going(token, tree):
            word_cue = None  # "went on strike to protest": a purpose, not the future of "is going to"
        if word_cue == "asserted":  # "threatened to strike": the threat is the event, asserted
            return found + [m for m in _own_cues(token, tree, cues) if m == "negated"]
        if word_cue and dep != "conj":
            found.append(word_cue)
        if dep == "advcl":
            break
        if dep in SHARING_DEPS or dep == "conj":
            found.extend(_own_cues(token, tree, cues))
        else:  # "might want him to head back": a hedge on the governing verb hedges what it governs
            found.extend(m for m in _own_cues(token, tree, cues) if m == "hypothetical")
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


def _year_modality(trigger: int, tree: DepTree, published: date | None) -> str:
    """historical for an event marked with a year long gone ("attacked the city in 2003")."""
    if published is None:
        return "asserted"
    words = tree.words
    for prep in tree.children(trigger):
        if words.dep[prep] == "prep" and words.lower[prep] in ("in", "during"):
            for obj in tree.children(prep):
                if words.dep[obj] == "pobj" and YEAR.fullmatch(words.text[obj]):
                    return _date_modality(words.text[obj], published)
    return "asserted"


# the auxiliaries that announce an act for later; "would" only in a report ("said it would ..."), where it
# is the future of the past (`_own_cues`)
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})


def conditional_future(doc: Doc, trigger_index: int) -> bool:
    """An act announced for later on a condition: "will withdraw its troops unless the fighting stops",
    "said it would cut aid if the vote is not held". Its clause (or a head it shares its auxiliaries with)
    has a future auxiliary and no hedging one ("could", "may": a possibility, not an announcement), and an
    adverbial clause marked "if" or "unless" hangs on it or on the verb of saying that reports it. The
    modality is then `hypothetical`; the condition does not make the announcement less of one (the
    CAMEO manual's threats and offers are conditional announcements: coder/additions.py `mood_code`)."""
    tree = dep_tree(doc)
    cues, words = modality_cues(), tree.words
    chain = _sharing_chain(_clause_head(trigger_index, tree), tree)
    auxiliaries = [(t, c) for t in chain for c in tree.children(t) if words.dep[c] in ("aux", "auxpass")]
    future = any(words.lower[c] in FUTURE_AUXILIARIES or (words.lower[c] in ("would", "'d") and _reported(t, tree))
                 for t, c in auxiliaries)
    hedged = any(cues.at("aux", words.lower[c]) == "hypothetical" and words.lower[c] not in ("would", "'d")
                 for _, c in auxiliaries)
    if not future or hedged:
        return False
    heads = list(chain)
    top = chain[-1]
    while words.dep[top] in ("ccomp", "xcomp") and tree.head[top] != top:
        top = tree.head[top]
        heads.append(top)
    return any(words.dep[c] == "advcl" and _has_mark(c, tree, cues, "hypothetical")
               and any(words.lower[m] in ("if", "unless") for m in tree.children(c) if words.dep[m] == "mark")
               for t in heads for c in tree.children(t))


# verbs of attempting: their infinitive complement is the act attempted ("tried to assassinate the governor")
ATTEMPT_LEMMAS = frozenset({"try", "attempt"})


def attempt_verb(doc: Doc, trigger_index: int) -> int | None:
    """The index of the verb of attempting ("try", "attempt") whose infinitive complement the trigger is
    ("gunmen tried to assassinate the governor": tried), else None."""
    tree = dep_tree(doc)
    words = tree.words
    head = tree.head[trigger_index]
    if words.dep[trigger_index] == "xcomp" and head != trigger_index and words.lemma[head] in ATTEMPT_LEMMAS:
        return head
    return None
