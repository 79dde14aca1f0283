"""Finding time expressions in plain text: regular patterns built from data/time_words.tsv.

`scan(text)` returns `Expression`s: one or two `Atom`s (a clock time may join the day it falls on,
"midnight on Jan. 12"), each atom carrying the named parts its pattern matched. Nothing here
resolves a date; see resolve.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .words import TimeWords, time_words

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
def patterns() -> tuple[tuple[str, re.Pattern, tuple[frozenset[str], ...]], ...]:
    """(kind, compiled pattern, gates) for every form of time expression, from the package word lists.

    Every match of a pattern contains a word of each of its gates (sets of lowercase words, digits
    and ":"). A pattern is tried only if the text has a word of every gate, and only around the words
    of its first gate: a regular scan of the whole text costs far more."""
    return _build_patterns(time_words())


def _firsts(phrases) -> frozenset[str]:
    """The first word of each phrase, lowercased: a match of their alternation contains one of them."""
    return frozenset(GATE_WORDS.findall(p)[0].lower() for p in phrases if GATE_WORDS.findall(p))


def _lasts(phrases) -> frozenset[str]:
    """The last word of each phrase ("the day before yesterday": "yesterday"), lowercased."""
    return frozenset(GATE_WORDS.findall(p)[-1].lower() for p in phrases if GATE_WORDS.findall(p))


GATE_WORDS = re.compile(r"[A-Za-z]+|\d|:")
WINDOW = 100  # characters around a gate word that hold any match containing it (matches are far shorter)
DIGITS = frozenset("0123456789")
LOWER_GATE_WORDS = re.compile(r"[a-z]+|\d|:")  # GATE_WORDS over a text lower-cased by ASCII_LOWER
LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
YEAR_RUN = re.compile(r"(?:1[89]|20)\d\d")  # the four digits of every match of a YEAR_ANCHORED pattern
YEAR_ANCHORED = frozenset({"year", "iso"})  # patterns whose every match holds a year (1800-2099)
# The words of "am", "pm", "a.m.", "p.m." as the gate index reads them ("10am": "1", "0", "am"; "a.m.": "a", "m"):
# the suffix follows a digit or a space and ends at a word boundary or a dot, so its letters are a word of their own.
AM_PM = frozenset({"am", "pm", "m"})
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # keeps every offset


def _build_patterns(words: TimeWords) -> tuple[tuple[str, re.Pattern, tuple[frozenset[str], ...]], ...]:
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
    g_month = _firsts({**words.get("month"), **words.get("month_abbr")})
    g_month_full, g_weekday = _firsts(words.get("month")), _firsts(words.get("weekday"))
    g_unit, g_edge = _firsts(words.get("unit")), _firsts(words.get("period_edge"))
    of = frozenset({"of"})
    g_number = _firsts(words.get("number")) | DIGITS
    forms = [
        ("iso", rf"\b{year}-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01])(?:T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d))?)?\b",
         (DIGITS,)),
        ("date", rf"\b(?:{weekday},?\s+)?{month_any}\s+{day}(?:,?\s+{year})?", (g_month, DIGITS)),
        ("date", rf"\b(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{month_any}(?:,?\s+{year})?", (g_month, DIGITS)),
        ("date", rf"\b{season}{month_any}\s+(?:of\s+)?{year}", (g_month, DIGITS)),
        ("date", rf"(?:\b{shift}\s+)?{season}\b{month_full}", (g_month_full,)),
        ("year", rf"(?<![\d$€£#,.\-/]){season}\b{year}(?!s\b|,\d|\.\d|-\d|/)", (DIGITS,)),
        ("weekday", rf"(?:\b{shift}\s+)?\b{weekday}{part}", (g_weekday,)),
        ("relday", _ci(r"\b(?P<rel>" + _alternation(words.lowered("relative_day")) + r")") + part,
         (_lasts(words.get("relative_day")),)),
        ("shift", rf"\b{shift}\s+{unit}", (g_unit, _firsts(words.get("shift")))),
        ("ago", rf"\b{number}\s+{unit}\s+" + _ci(r"(?P<dir>ago|from\s+now)\b"),
         (frozenset({"ago", "now"}), g_number, g_unit)),
        ("within", _ci(r"\b(?P<prep>within|in)\s+(?:the\s+next\s+)?") + rf"{number}\s+{unit}(?!\s+of\b)",
         (g_unit, g_number, frozenset({"within", "in"}))),
        ("edge", rf"\b{edge}(?:{shift}\s+|" + _ci(r"the\s+") + rf")?{unit}", (g_edge, of, g_unit)),
        ("edge", rf"\b{edge}{month_full}(?:\s+{year})?", (g_edge, of, g_month_full)),
        ("edge", rf"\b{edge}{year}", (g_edge, of, DIGITS)),
        ("clock", rf"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*{suffix}", (DIGITS,)),  # "10:30GMT" glued
        ("clock", r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b", (frozenset(":"), DIGITS)),
        ("clock", _ci(r"\b(?P<h>1[0-2]|0?[1-9])\s*(?P<suffix>[ap]\.m\.|[ap]m\b)"), (DIGITS, AM_PM)),
        ("clock", r"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*" + _ci(r"(?P<suffix>hours|hrs|GMT|UTC)\b"),
         (frozenset({"hours", "hrs", "gmt", "utc"}), DIGITS)),
        ("clock", clock_word, (_firsts(words.get("clock_word")),)),
    ]
    return tuple((kind, re.compile(pattern), gates) for kind, pattern, gates in forms)


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
    lowered = text.translate(ASCII_LOWER)  # the same words and offsets, lower-cased
    present = _gate_vocabulary().intersection(LOWER_GATE_WORDS.findall(lowered))  # the gate words in the text
    where: dict[str, list[tuple[int, int]]] = {}  # spans of a gate word, found when a pattern first asks
    year_runs = None
    for kind, pattern, gates in patterns():
        if any(gate.isdisjoint(present) for gate in gates):
            continue  # a word every match needs is not in the text
        if kind in YEAR_ANCHORED:  # around the year-like numbers only, not around every digit
            if year_runs is None:
                year_runs = [m.span() for m in YEAR_RUN.finditer(text)]
            anchors = year_runs
        else:
            anchors = sorted(span for w in gates[0] & present for span in _word_spans(lowered, w, where))
        last_end = 0
        for lo, hi in _windows(anchors, text):
            for match in pattern.finditer(text, max(lo, last_end), hi):
                parts = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(Atom(kind, match.start(), match.end(), parts))
                last_end = match.end()
    return found


def _word_spans(lowered: str, word: str, where: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans of `word` among the words LOWER_GATE_WORDS finds in `lowered`, kept in `where`: a digit
    or a colon is a word wherever it stands, a run of letters only where no letter is either side of it."""
    spans = where.get(word)
    if spans is None:
        spans = where[word] = []
        size, at = len(word), lowered.find(word)
        single = size == 1 and not word.isalpha()
        while at >= 0:
            end = at + size
            if single or ((at == 0 or lowered[at - 1] not in LOWER_LETTERS)
                          and (end == len(lowered) or lowered[end] not in LOWER_LETTERS)):
                spans.append((at, end))
            at = lowered.find(word, end if single else at + 1)
    return spans


@lru_cache(maxsize=1)
def _gate_vocabulary() -> frozenset[str]:
    """Every word some pattern's gate names: the per-text index keeps only these."""
    return frozenset(word for _, _, gates in patterns() for gate in gates for word in gate)


def _windows(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merged stretches of text, WINDOW characters either side of each span, cut at whitespace: a scan
    of a window finds what a scan of the whole text finds there (its lookarounds see past the start,
    and end at a space as they would at the space itself)."""
    windows: list[list[int]] = []
    for start, end in spans:
        lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out = []
    for lo, hi in windows:
        floor, ceiling = max(0, lo - WINDOW), min(len(text), hi + WINDOW)
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        while hi < ceiling and not text[hi].isspace():
            hi += 1
        out.append((0 if lo == floor else lo, len(text) if hi == ceiling else hi))  # no space near: all of it
    return out


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
