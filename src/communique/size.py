"""The size of an event: how many were killed, injured, arrested or displaced.

The words come from data/size_words.tsv. A sentence can name several counts ("killing 6 civilians
and wounding 15"); each category keeps the largest count its sentence gives, and a range or a vague
amount counts as the lowest figure it supports ("200,000 to 250,000" = 200000, "dozens" = 12).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from spacy.tokens import Doc, Token

from .errors import DataFileError
from .data_files import tsv_rows
from .extract.reference_words import reference_words
from .nlp import doc_tokens, sentence_bounds
from .records import Size

WORDS_FILE = Path(__file__).resolve().parent / "data" / "size_words.tsv"
CATEGORIES = ("dead", "injured", "arrested", "displaced")
COUNTS_KEY = "communique.size.counts"  # doc.user_data: sentence start -> its counts by category
COUNTING_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})  # the parts of speech _count_for counts with
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


@dataclass(frozen=True)
class Cue:
    category: str
    part: str  # verb | noun | adj | toll | phrasal
    particle: str | None = None
    weak: bool = False


@dataclass(frozen=True)
class SizeWords:
    numbers: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, int]
    persons: frozenset[str]
    cues: dict[str, tuple[Cue, ...]]


def read_size_words(path: Path) -> SizeWords:
    numbers: dict[str, int] = {}
    multipliers: dict[str, int] = {}
    vague: dict[str, int] = {}
    persons: set[str] = set()
    cues: dict[str, list[Cue]] = {}
    for number, parts in tsv_rows(path, "the size word list"):
        if len(parts) < 2:
            raise DataFileError(f"{path}, line {number}: expected 'kind<TAB>word<TAB>value'.")
        kind, word, rest = parts[0], parts[1].lower(), parts[2:]
        try:
            if kind in ("number", "multiplier", "vague"):
                {"number": numbers, "multiplier": multipliers, "vague": vague}[kind][word] = int(rest[0])
            elif kind == "person":
                persons.add(word)
            elif kind in CATEGORIES:
                part, _, particle = rest[0].partition(":")
                weak = len(rest) > 1 and rest[1] == "weak"
                cues.setdefault(word, []).append(Cue(kind, part, particle or None, weak))
            else:
                raise DataFileError(f"{path}, line {number}: unknown kind {kind!r}.")
        except (IndexError, ValueError) as exc:
            raise DataFileError(f"{path}, line {number}: missing or bad value ({exc}).") from exc
    return SizeWords(numbers, multipliers, vague, frozenset(persons),
                     {word: tuple(found) for word, found in cues.items()})


@lru_cache(maxsize=1)
def size_words() -> SizeWords:
    """The package's size words, read on first use."""
    return read_size_words(WORDS_FILE)


def parse_quantity(words: Sequence[str]) -> int | None:
    """The lowest figure a run of number words supports: "at least 12" -> 12, "200,000 to 250,000"
    -> 200000, "twenty-one" -> 21, "tens of thousands" -> 10000, "a dozen" -> 12; None for no number."""
    pieces = [piece for w in words for piece in w.lower().split("-") if piece.strip()]
    groups = _number_groups(pieces)
    return min(groups) if groups else None


def _number_groups(words: list[str]) -> list[int]:
    """Split a run of words into separate figures (a range gives two) and read each one."""
    lex = size_words()
    groups: list[int] = []
    current: float | None = None  # the figure being read
    last_kind = ""
    for index, word in enumerate(words):
        word = word.strip("-")
        if not word:
            continue
        value, kind = _word_value(word, lex)
        if kind == "multiplier" and word == "dozen" and current is None:
            current, last_kind = 12, "multiplier"  # "a dozen", "dozen"
        elif kind == "multiplier" and current is not None:
            current, last_kind = current * value, "multiplier"
        elif kind == "vague":
            if current is not None and last_kind == "vague-of":
                current, last_kind = current * value, "vague"  # "tens of thousands"
            else:
                _close(groups, current)
                current, last_kind = value, "vague"
        elif kind == "number" and current is not None and _continues(current, value, last_kind):
            current, last_kind = current + value, "number"  # "twenty-one", "three hundred and five"
        elif kind in ("number", "digits"):
            _close(groups, current)
            current, last_kind = value, kind
        elif word == "of" and last_kind == "vague" and _next_is_vague(words, index, lex):
            last_kind = "vague-of"
        elif word == "and" and last_kind == "multiplier":
            continue
        else:
            _close(groups, current)
            current, last_kind = None, ""
    _close(groups, current)
    return groups


def _word_value(word: str, lex: SizeWords) -> tuple[float, str]:
    if DIGITS.match(word):
        return float(word.replace(",", "")), "digits"
    if word in lex.numbers:
        return lex.numbers[word], "number"
    if word in lex.multipliers:
        return lex.multipliers[word], "multiplier"
    if word in lex.vague:
        return lex.vague[word], "vague"
    if word.endswith("s") and word[:-1] in lex.multipliers:  # "thousands" not listed as vague
        return lex.multipliers[word[:-1]], "vague"
    return 0, ""


def _continues(current: float, value: float, last_kind: str) -> bool:
    """Whether a number word adds to the figure being read ("twenty" + "one", "hundred" + "five")."""
    if last_kind == "multiplier":
        return value < 100
    return last_kind == "number" and current % 10 == 0 and 20 <= current < 100 and value < 10


def _next_is_vague(words: list[str], index: int, lex: SizeWords) -> bool:
    return index + 1 < len(words) and _word_value(words[index + 1], lex)[1] == "vague"


def _close(groups: list[int], current: float | None) -> None:
    if current is not None:
        groups.append(int(current))


def size_of(doc: Doc, trigger_index: int) -> Size:
    """The counts of dead, injured, arrested and displaced that the trigger's sentence gives."""
    start, end, _, _ = sentence_bounds(doc, trigger_index)
    by_sentence = doc.user_data.setdefault(COUNTS_KEY, {})  # every event of a sentence has the same
    if start not in by_sentence:
        by_sentence[start] = _sentence_counts(doc, start, end)
    return Size(**by_sentence[start])


def _sentence_counts(doc: Doc, start: int, end: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    lex = size_words()
    tokens = doc_tokens(doc)
    pos, lemma, lower = tokens.pos, tokens.lemma, tokens.lower
    for i in range(start, end):
        if pos[i] not in COUNTING_POS:
            continue  # _count_for gives no count for any other part of speech
        cues = lex.cues.get(lemma[i], ()) + lex.cues.get(lower[i], ())
        if not cues:
            continue
        token = doc[i]
        for cue in cues:
            count = _count_for(token, cue, lex)
            if count is not None and count > counts.get(cue.category, -1):
                counts[cue.category] = count
    return counts


def _count_for(token: Token, cue: Cue, lex: SizeWords) -> int | None:
    """The number of victims a cue word carries in its sentence, or None."""
    if cue.part in ("verb", "phrasal") and token.pos_ in ("VERB", "AUX"):
        if cue.particle and not any(c.dep_ == "prt" and c.lower_ == cue.particle for c in token.children):
            return None
        return _victims_of_verb(token, cue, lex)
    if cue.part == "noun" and token.pos_ in ("NOUN", "PROPN"):
        if token.lemma_.lower() == "life":
            return _quantity(token, lex) or _subject_quantity(token.head, lex, cue)
        return _quantity(token, lex)
    if cue.part == "adj" and token.pos_ in ("ADJ", "NOUN", "VERB"):
        return _count_for_adjective(token, cue, lex)
    if cue.part == "toll" and token.pos_ == "NOUN":
        return _toll(token, lex)
    return None


def _victims_of_verb(verb: Token, cue: Cue, lex: SizeWords) -> int | None:
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "12 people killed in the blast"
        return _victim_quantity(verb.head, cue, lex)
    intransitive = verb.lemma_.lower() in ("die", "flee") and not passive
    deps = ("nsubjpass", "nsubj") if passive or intransitive else ("dobj",)
    for child in verb.children:
        if child.dep_ in deps:
            return _victim_quantity(child, cue, lex)
    return None


def _victim_quantity(noun: Token, cue: Cue, lex: SizeWords) -> int | None:
    """The count of a victim noun phrase, with each coordinated phrase added ("6 soldiers and 3 civilians")."""
    if cue.weak and not _is_people(noun, lex):
        return None
    total = _quantity(noun, lex)
    if total is None and _is_person_noun(noun, lex) and noun.tag_ in ("NN", "NNP"):
        if any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in noun.children):
            total = 1  # "a soldier was killed"
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        extra = _quantity(conj, lex)
        if extra is not None:
            total = (total or 0) + extra
    return total


def _quantity(noun: Token, lex: SizeWords) -> int | None:
    """The figure a noun phrase carries: its number words, or the noun itself when it is one."""
    if _word_value(noun.lower_, lex)[1]:
        return parse_quantity(_number_run(noun))
    for child in noun.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and _word_value(child.lower_, lex)[1]):
            return parse_quantity(_number_run(child))
    return None


def _number_run(token: Token) -> list[str]:
    """The words of a number phrase: the token and its number-modifier subtree, without clauses."""
    words = [t for t in token.subtree
             if t.dep_ in ("nummod", "quantmod", "compound", "advmod", "punct", "det", "cc", "conj")
             or t == token]
    words = [t for t in words if t.i >= token.left_edge.i and t.i <= _number_right_edge(token)]
    return [t.text for t in sorted(words, key=lambda t: t.i)]


def _number_right_edge(token: Token) -> int:
    """The last token of a number phrase: stop before "of people" but keep "tens of thousands"."""
    edge = token.i
    for t in token.subtree:
        if t.i > token.i and t.dep_ in ("prep", "pobj", "relcl", "acl", "appos"):
            break
        edge = max(edge, t.i)
    return edge


def _subject_quantity(verb: Token, lex: SizeWords, cue: Cue) -> int | None:
    """For "three soldiers lost their lives": the count of the verb's subject."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return _victim_quantity(child, cue, lex)
    return None


def _count_for_adjective(adjective: Token, cue: Cue, lex: SizeWords) -> int | None:
    """ "12 dead", "500 homeless", "12 wounded soldiers", "three people were injured", "shot dead 3"."""
    own = _quantity(adjective, lex)
    if own is not None:
        return own
    head = adjective.head
    if adjective.dep_ == "amod" and head.like_num:
        return parse_quantity(_number_run(head))
    if adjective.dep_ == "amod":
        return _quantity(head, lex)
    if adjective.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl"):
        for child in _children_of_both(adjective, head):
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child != adjective:
                count = _victim_quantity(child, cue, lex)
                if count is not None:
                    return count
    return None


def _children_of_both(first: Token, second: Token) -> Iterable[Token]:
    yield from first.children
    yield from second.children


def _toll(toll: Token, lex: SizeWords) -> int | None:
    """ "death toll of 30", "the toll rose to 30", "raising the death toll to 30"."""
    for place in (toll, toll.head):
        for child in place.children:
            if child == toll:
                continue
            if child.dep_ == "prep" and child.lower_ in ("of", "to", "at"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        count = _quantity(obj, lex)
                        if count is not None:
                            return count
            if place is toll.head and child.dep_ in ("dobj", "attr"):
                count = _quantity(child, lex)
                if count is not None:
                    return count
    return None


def _is_people(noun: Token, lex: SizeWords) -> bool:
    return (_is_person_noun(noun, lex) or noun.lower_ in _people_pronouns()
            or bool(_word_value(noun.lower_, lex)[1]))


@lru_cache(maxsize=1)
def _people_pronouns() -> frozenset[str]:
    """The personal pronouns that may stand for the people counted: all but "it" and the speaker's own "I"."""
    return reference_words()["pronoun:personal"] - {"it", "i", "me"}


def _is_person_noun(noun: Token, lex: SizeWords) -> bool:
    return noun.lemma_.lower() in lex.persons or noun.lower_ in lex.persons
