"""The Phoenix actor and agent files read line by line (spec §2.3, §2.4), for `dictionary.py`'s tries.

Actors (§2.3): a record is a primary phrase, `+` synonyms and `[CODE]` groups (inline or on indented
lines), each code optionally dated: `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]` or a bare
`[CODE YYMMDD]` (8-digit years too; YY <= 30 is 20YY). Every phrase of a record maps to the record's
ordered entry list; a phrase met again appends, so earlier files come first. `ActorDictionary.code_for` returns the
first entry whose restriction the date satisfies: `<d` before d, `>d` on or after d, `d1-d2` from d1
up to but not including d2; '' when none fits (the phrase still matches and consumes its words).

Agents (§2.4): `PHRASE {plural} [CODE]`; `!MARKER! = A, B` lines define substitutions (a phrase with
the marker is stored once per substitute, with no plural); plurals are generated from the last word
(Y -> IES, S -> +ES, else +S; a trailing `_` is dropped first) unless `{}` or `{X_Y}` is given; a later
definition overwrites an earlier one. `[~GOV]` codes are prefixes; `[IGO~]` is stored literally.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import DataFileError
from .discards import strip_comments

if TYPE_CHECKING:
    from .dictionary import ActorDictionary


class ActorDictionaryError(DataFileError):
    """A line of an actor or agent file that cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class ActorEntry:
    """One code of an actor phrase with its date restriction: kind "" (none), "<", ">", "-", "=" (bare) or
    "?" (a date that cannot be read, in a built-in file: never satisfied)."""

    code: str
    kind: str = ""
    start: int = 0          # date ordinals
    end: int = 0
    record: int = 0         # the record it was read from (a phrase met in several records has several)


def dictionary_lines(path: Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise ActorDictionaryError(f"Cannot read the dictionary {path}: {exc.strerror}.") from exc


# ---- actors ------------------------------------------------------------------------------------

def read_actor_file(path: Path, lines: list[str], dictionary: "ActorDictionary", strict: bool) -> None:
    """Add an actor file's records to `dictionary` (its actor trie, record count and malformed list); `strict`
    (a user's file) raises on a date that cannot be read, a built-in file keeps the code, never satisfied."""
    records: list[tuple[list[list[str]], list[ActorEntry]]] = []
    for number, raw in enumerate(lines, start=1):
        line = strip_comments(raw)
        if not line:
            continue
        indented = raw[:1].isspace() or line.startswith("[")
        try:
            phrase_text, codes = _split_codes(line, path, number)
        except _BadDate as bad:
            if strict:
                raise ActorDictionaryError(f"{path}, line {number}: {bad.text!r} is not 'CODE', 'CODE >YYMMDD', "
                                           "'CODE <YYMMDD', 'CODE YYMMDD-YYMMDD' or 'CODE YYMMDD'.") from None
            dictionary.malformed.append(f"{Path(path).name}:{number}: {bad.text}")
            phrase_text, codes = _split_codes(line, path, number, lenient=True)
        if indented:
            if not records:
                raise ActorDictionaryError(f"{path}, line {number}: a code line comes before any actor phrase.")
            records[-1][1].extend(codes)
        elif line.startswith("+"):
            if not records:
                raise ActorDictionaryError(f"{path}, line {number}: a '+' synonym comes before any actor phrase.")
            records[-1][0].append(_words(phrase_text[1:]))
            records[-1][1].extend(codes)
        else:
            records.append(([_words(phrase_text)], list(codes)))
    if dictionary.petrarch_quirks and records:
        records.pop()                       # PETRARCH-2 loses the last record of each file
    for phrases, entries in records:
        dictionary.records_read += 1
        entries = [replace(e, record=dictionary.records_read) for e in entries]
        for words in phrases:
            if not words:
                continue
            node = dictionary.actor_trie
            for word in words:
                node = node.setdefault(word, {})
            node.setdefault("#", []).extend(entries)


def _words(phrase: str) -> list[str]:
    return phrase.upper().replace("_", " ").split()


class _BadDate(ValueError):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def _split_codes(line: str, path: Path, number: int, lenient: bool = False) -> tuple[str, list[ActorEntry]]:
    """A line's phrase text (before the first `[`) and its `[CODE ...]` groups as entries."""
    phrase, bracket, rest = line.partition("[")
    entries = []
    while bracket:
        inside, closed, rest = rest.partition("]")
        if not closed:
            raise ActorDictionaryError(f"{path}, line {number}: a '[' is not closed.")
        if inside.strip():
            try:
                entries.append(_entry(inside))
            except ValueError:
                if not lenient:
                    raise _BadDate(inside.strip()) from None
                entries.append(ActorEntry(inside.split()[0], "?"))
        _, bracket, rest = rest.partition("[")
    return phrase.strip(), entries


def _entry(inside: str) -> ActorEntry:
    code, _, restriction = inside.strip().partition(" ")
    restriction = restriction.replace(" ", "")
    if not restriction:
        return ActorEntry(code)
    if restriction[0] in "<>":
        return ActorEntry(code, restriction[0], _ordinal(restriction[1:]))
    if "-" in restriction:
        start, _, end = restriction.partition("-")
        return ActorEntry(code, "-", _ordinal(start), _ordinal(end))
    return ActorEntry(code, "=", _ordinal(restriction))


def _ordinal(text: str) -> int:
    """YYMMDD (YY <= 30 -> 20YY, else 19YY) or YYYYMMDD as a day ordinal."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(text)
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    return dt.date(year, month, day).toordinal()


# ---- agents ------------------------------------------------------------------------------------

def read_agent_file(path: Path, lines: list[str], trie: dict) -> None:
    markers: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, start=1):
        line = strip_comments(raw)
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            marker, _, values = line.partition("=")
            markers[marker.strip()] = [v.strip().upper() for v in values.split(",") if v.strip()]
            continue
        head, bracket, rest = line.partition("[")
        code = rest.partition("]")[0].strip()
        if not bracket or not code:
            continue                        # a phrase without a code is not an agent
        plural_text = None
        if "{" in head:
            head, _, after = head.partition("{")
            plural_text = after.partition("}")[0].strip()
        phrase = head.strip().upper()
        if any(m in phrase for m in markers):
            for substituted in _substitute_markers(phrase, markers):
                _store_agent(trie, _words(substituted), code)
            continue
        words = _words(phrase)
        if not words:
            raise ActorDictionaryError(f"{path}, line {number}: an agent code without a phrase.")
        _store_agent(trie, words, code)
        if plural_text is None:
            _store_agent(trie, words[:-1] + [_agent_plural(words[-1])], code)
        elif plural_text:
            _store_agent(trie, _words(plural_text), code)


def _substitute_markers(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    for marker, values in markers.items():
        if marker in phrase:
            return [out for v in values for out in _substitute_markers(phrase.replace(marker, v, 1), markers)]
    return [phrase]


def _store_agent(trie: dict, words: list[str], code: str) -> None:
    node = trie
    for word in words:
        node = node.setdefault(word, {})
    node["#"] = code                        # a later definition overwrites


def _agent_plural(word: str) -> str:
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith("S"):
        return word + "ES"
    return word + "S"
