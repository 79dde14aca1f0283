"""Finding time expressions in plain text: regular patterns built from data/time_words.tsv.

`scan(text)` returns `Expression`s: one or two `Atom`s (a clock time may join the day it falls on,
"midnight on Jan. 12"), each atom carrying the named parts its pattern matched. Nothing here
resolves a date; see time_resolve.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .time_words import TimeWords, time_words

DAY_KINDS = {"date", "weekday", "relday"}
JOINER = re.compile(r"\s*(?:,|on|of|at)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Atom:
    kind: str  # date | year | iso | weekday | relday | shift | ago | within | edge | clock
    start: int
    end: int
    parts: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Expression:
    start: int
    end: int
    atoms: tuple[Atom, ...]

    def atom(self, kind: str) -> Atom | None:
        return next((a for a in self.atoms if a.kind == kind), None)


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _ci(pattern: str) -> str:
    return f"(?i:{pattern})"


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, compiled pattern) for every form of time expression, from the package word lists."""
    return _build_patterns(time_words())


def _build_patterns(words: TimeWords) -> tuple[tuple[str, re.Pattern], ...]:
    month_any = f"(?P<month>{_alternation({**words.get('month'), **words.get('month_abbr')})})(?![A-Za-z])"
    month_full = f"(?P<month>{_alternation(words.get('month'))})(?![A-Za-z])"
    weekday = f"(?P<weekday>{_alternation(words.get('weekday'))})(?![A-Za-z])"
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    year = r"(?P<year>1[89]\d\d|20\d\d)(?![\d%])"
    part = _ci(r"(?:\s+(?P<part>" + _alternation(words.get("part_of_day")) + r"))?") + r"\b"
    season = _ci(r"(?:\b(?P<season>early|mid|late)[-\s]+)?")
    shift = _ci("(?P<shift>" + _alternation(words.lowered("shift")) + ")")
    number = _ci(r"(?P<num>\d{1,3}|" + _alternation(words.lowered("number")) + ")")
    unit = _ci("(?P<unit>" + _alternation(words.lowered("unit")) + r")\b")
    edge = _ci(r"(?:the\s+)?(?P<edge>" + _alternation(words.lowered("period_edge")) + r")\s+of\s+")
    clock_word = _ci(r"\b(?P<word>" + _alternation(words.lowered("clock_word")) + r")\b")
    suffix = _ci(r"(?P<suffix>hours|hrs|GMT|UTC|[ap]\.m\.|[ap]m\b)")
    forms = [
        ("iso", rf"\b{year}-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01])(?:T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d))?)?\b"),
        ("date", rf"\b(?:{weekday},?\s+)?{month_any}\s+{day}(?:,?\s+{year})?"),
        ("date", rf"\b(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{month_any}(?:,?\s+{year})?"),
        ("date", rf"\b{season}{month_any}\s+(?:of\s+)?{year}"),
        ("date", rf"(?:\b{shift}\s+)?{season}\b{month_full}"),
        ("year", rf"(?<![\d$€£#,.\-/]){season}\b{year}(?!s\b|,\d|\.\d|-\d|/)"),
        ("weekday", rf"(?:\b{shift}\s+)?\b{weekday}{part}"),
        ("relday", _ci(r"\b(?P<rel>" + _alternation(words.lowered("relative_day")) + r")") + part),
        ("shift", rf"\b{shift}\s+{unit}"),
        ("ago", rf"\b{number}\s+{unit}\s+" + _ci(r"(?P<dir>ago|from\s+now)\b")),
        ("within", _ci(r"\b(?P<prep>within|in)\s+(?:the\s+next\s+)?") + rf"{number}\s+{unit}(?!\s+of\b)"),
        ("edge", rf"\b{edge}(?:{shift}\s+|" + _ci(r"the\s+") + rf")?{unit}"),
        ("edge", rf"\b{edge}{month_full}(?:\s+{year})?"),
        ("edge", rf"\b{edge}{year}"),
        ("clock", rf"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*{suffix}"),
        ("clock", r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b"),
        ("clock", _ci(r"\b(?P<h>1[0-2]|0?[1-9])\s*(?P<suffix>[ap]\.m\.|[ap]m\b)")),
        ("clock", r"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*" + _ci(r"(?P<suffix>hours|hrs|GMT|UTC)\b")),
        ("clock", clock_word),
    ]
    return tuple((kind, re.compile(pattern)) for kind, pattern in forms)


def scan(text: str, in_running_text: bool = True) -> list[Expression]:
    """Every time expression in `text`, in order, longest match first where patterns overlap.

    In running text a bare month name needs a cue word before it; `in_running_text=False` reads
    `text` as nothing but time expressions ("May" alone is then the month).
    """
    words = time_words()
    atoms = [a for a in _all_matches(text) if not in_running_text or _stands_alone(a, text, words)]
    chosen: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, a.start)):
        if all(atom.end <= c.start or atom.start >= c.end for c in chosen):
            chosen.append(atom)
    return _join_clock_and_day(sorted(chosen, key=lambda a: a.start), text)


def _all_matches(text: str) -> list[Atom]:
    found = []
    for kind, pattern in patterns():
        for match in pattern.finditer(text):
            parts = {k: v for k, v in match.groupdict().items() if v is not None}
            found.append(Atom(kind, match.start(), match.end(), parts))
    return found


def _stands_alone(atom: Atom, text: str, words: TimeWords) -> bool:
    """A bare month name ("May") is a date only after a cue word ("in May", "since May"); a weekday
    is not one in a name ("Good Friday Agreement")."""
    before = re.findall(r"[A-Za-z]+", text[max(0, atom.start - 20):atom.start])
    previous = before[-1].lower() if before else ""
    if atom.kind == "weekday":
        return "shift" in atom.parts or previous not in words.get("weekday_blocker")
    if atom.kind != "date" or "day" in atom.parts or "year" in atom.parts:
        return True
    if "shift" in atom.parts or "season" in atom.parts:
        return True
    return previous in words.lowered("month_cue")


def _join_clock_and_day(atoms: list[Atom], text: str) -> list[Expression]:
    out: list[Expression] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if nxt and _joinable(atom, nxt, text):
            out.append(Expression(atom.start, nxt.end, (atom, nxt)))
            i += 2
            continue
        out.append(Expression(atom.start, atom.end, (atom,)))
        i += 1
    return out


def _joinable(first: Atom, second: Atom, text: str) -> bool:
    kinds = {first.kind, second.kind}
    if "clock" not in kinds or not kinds & DAY_KINDS:
        return False
    day = first if first.kind != "clock" else second
    if day.kind == "date" and "day" not in day.parts:
        return False
    return bool(JOINER.match(text[first.end:second.start]))
