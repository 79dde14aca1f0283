"""Turning a scanned time expression into an ISO value, against a publication date and a direction.

`direction` is "past", "future" or "nearest": which way an expression without a year (or a weekday)
points from the publication date. Pure functions of (expression, anchor, direction): no spaCy here.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .scan import Atom, Expression, scan
from .words import time_words

DIRECTIONS = ("past", "future", "nearest")


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: str  # minute|hour|day|week|month|year
    relative: bool
    end_value: str | None = None

    @property
    def resolved(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class _Point:
    """An intermediate result: a day (or month, year) and how precise it is."""
    day: dt.date
    precision: str
    relative: bool
    end: dt.date | None = None
    at: dt.time | None = None  # time of day, for hour and minute precision


def resolve_text(text: str, anchor: dt.date | None, direction: str = "nearest") -> Resolved | None:
    """Resolve a string that is exactly one time expression; None where it is not one."""
    found = scan(text, in_running_text=False)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        return None
    return resolve(found[0], anchor, direction)


def resolve(expr: Expression, anchor: dt.date | None, direction: str = "nearest") -> Resolved | None:
    """The value of `expr`; value None (unresolved) where it needs an anchor and has none."""
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, not {direction!r}")
    day_date = anchor.date() if isinstance(anchor, dt.datetime) else anchor
    clock = expr.atom("clock")
    days = [a for a in expr.atoms if a.kind != "clock"]
    if clock and not days:
        return _resolve_clock_alone(clock, day_date, direction)
    if days[0].kind == "iso" and "h" in days[0].parts:
        parts = days[0].parts
        return Resolved(f"{parts['year']}-{parts['month']}-{parts['day']}T{parts['h']}:{parts['m']}", "minute", False)
    point = _resolve_atom(days[0], day_date, anchor, direction)
    if point is None:
        return _unresolved(days[0], clock)
    if clock:
        hour, minute, precision = _clock_time(clock)
        stamp = dt.datetime.combine(point.day, dt.time(hour, minute))
        return Resolved(stamp.strftime("%Y-%m-%dT%H:%M"), precision, point.relative)
    return _as_resolved(point)


def _unresolved(atom: Atom, clock: Atom | None) -> Resolved:
    precision = _clock_time(clock)[2] if clock else _natural_precision(atom)
    return Resolved(None, precision, True)


def _natural_precision(atom: Atom) -> str:
    if atom.kind == "shift" or atom.kind == "ago":
        unit = _unit(atom)
        return unit if unit in ("week", "month", "year") else "day"
    if atom.kind == "date" and "day" not in atom.parts:
        return "month"
    return "day"


def _as_resolved(point: _Point) -> Resolved:
    if point.precision == "year":
        value = f"{point.day.year:04d}"
    elif point.precision == "month":
        value = f"{point.day.year:04d}-{point.day.month:02d}"
    elif point.precision in ("hour", "minute"):
        value = dt.datetime.combine(point.day, point.at or dt.time()).strftime("%Y-%m-%dT%H:%M")
    else:
        value = point.day.isoformat()
    end = point.end.isoformat() if point.end else None
    return Resolved(value, point.precision, point.relative, end)


def _resolve_atom(atom: Atom, day: dt.date | None, anchor, direction: str) -> _Point | None:
    kind = atom.kind
    if kind == "iso":
        return _iso(atom)
    if kind == "year":
        return _Point(dt.date(int(atom.parts["year"]), 1, 1), "year", False)
    if kind == "date":
        return _calendar_date(atom, day, direction)
    if kind == "edge" and ("year" in atom.parts or "month" in atom.parts):
        return _edge_of_named(atom, day, direction)
    if day is None:
        return None
    if kind == "weekday":
        return _Point(_weekday(atom, day, direction), "day", True)
    if kind == "relday":
        offset = int(_lowered("relative_day")[_words(atom.parts["rel"])])
        return _Point(day + dt.timedelta(days=offset), "day", True)
    if kind == "shift":
        return _shifted_period(atom, day, direction)
    if kind in ("ago", "within"):
        return _counted(atom, day, anchor)
    if kind == "edge":
        return _edge_of_relative(atom, day)
    return None


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _unit(atom: Atom) -> str:
    return _lowered("unit")[atom.parts["unit"].lower()]


def _shift(atom: Atom) -> int:
    return int(_lowered("shift").get(_words(atom.parts.get("shift", "this")), 0))


def _iso(atom: Atom) -> _Point:
    year, month = int(atom.parts["year"]), int(atom.parts["month"])
    if "day" not in atom.parts:
        return _Point(dt.date(year, month, 1), "month", False)
    return _Point(dt.date(year, month, int(atom.parts["day"])), "day", False)


def _month_number(atom: Atom) -> int:
    return int(_months()[atom.parts["month"]])


@lru_cache(maxsize=1)
def _months() -> dict[str, str]:
    """Month names and abbreviations -> month number (read-only)."""
    words = time_words()
    return {**words.get("month"), **words.get("month_abbr")}


@lru_cache(maxsize=None)
def _lowered(category: str) -> dict[str, str]:
    """`time_words().lowered(category)`, made once per category (read-only)."""
    return time_words().lowered(category)


def _calendar_date(atom: Atom, day: dt.date | None, direction: str) -> _Point | None:
    month = _month_number(atom)
    precision = "day" if "day" in atom.parts else "month"
    if "year" in atom.parts:
        return _safe_point(int(atom.parts["year"]), month, int(atom.parts.get("day", 1)), precision, False)
    if day is None:
        return None
    shift = atom.parts.get("shift")
    if shift:
        direction = {-1: "past", 1: "future"}.get(_shift(atom), direction)
    if precision == "month":
        candidates = [dt.date(day.year + k, month, 1) for k in (-1, 0, 1)]
        reference = day.replace(day=1)
    else:
        candidates = [c for c in (_safe_date(day.year + k, month, int(atom.parts["day"])) for k in (-1, 0, 1)) if c]
        reference = day
    chosen = _pick(candidates, reference, direction, strict=bool(shift) and _shift(atom) != 0)
    return _Point(chosen, precision, True) if chosen else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _safe_point(year: int, month: int, day: int, precision: str, relative: bool) -> _Point | None:
    found = _safe_date(year, month, day)
    return _Point(found, precision, relative) if found else None


def _pick(candidates: list[dt.date], reference: dt.date, direction: str, strict: bool = False) -> dt.date | None:
    """The candidate nearest to `reference` on the side `direction` points to."""
    if direction == "past":
        side = [c for c in candidates if c < reference or (c == reference and not strict)]
        return max(side, default=None)
    if direction == "future":
        side = [c for c in candidates if c > reference or (c == reference and not strict)]
        return min(side, default=None)
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference), default=None)


def _weekday(atom: Atom, day: dt.date, direction: str) -> dt.date:
    target = int(time_words().get("weekday")[atom.parts["weekday"]])
    shift = atom.parts.get("shift")
    strict = False
    if shift:
        step = _shift(atom)
        strict = step != 0
        direction = {-1: "past", 1: "future"}.get(step, "future")
    # the days from a week before to a week after that fall on the weekday, in order
    ahead = (target - day.weekday()) % 7
    offsets = (-7, 0, 7) if ahead == 0 else (ahead - 7, ahead)
    candidates = [day + dt.timedelta(days=k) for k in offsets]
    return _pick(candidates, day, direction, strict)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _shifted_period(atom: Atom, day: dt.date, direction: str) -> _Point:
    unit, step = _unit(atom), _shift(atom)
    if unit == "weekend":
        saturday = _monday(day) + dt.timedelta(days=5 + 7 * step)
        if step == 0 and direction == "past" and day.weekday() < 5:
            saturday -= dt.timedelta(days=7)
        return _Point(saturday, "day", True, saturday + dt.timedelta(days=1))
    if unit == "week":
        monday = _monday(day) + dt.timedelta(days=7 * step)
        return _Point(monday, "week", True, monday + dt.timedelta(days=6))
    if unit == "month":
        return _Point(_add_months(day.replace(day=1), step), "month", True)
    if unit == "year":
        return _Point(dt.date(day.year + step, 1, 1), "year", True)
    return _Point(day + dt.timedelta(days=step), "day", True)


def _count(atom: Atom) -> int:
    num = atom.parts["num"].lower()
    return int(num) if num.isdigit() else int(_lowered("number")[num])


def _counted(atom: Atom, day: dt.date, anchor) -> _Point:
    """"three days ago" (back from the anchor) or "within 48 hours" (forward from it)."""
    n = _count(atom) * (-1 if atom.kind == "ago" else 1)
    unit = _unit(atom)
    if unit == "hour":
        if isinstance(anchor, dt.datetime):  # a publication time: the hour is known
            moved_at = anchor + dt.timedelta(hours=n)
            return _Point(moved_at.date(), "hour", True, at=moved_at.time().replace(minute=0, second=0))
        return _Point(day + dt.timedelta(days=int(n / 24)), "day", True)  # whole days, toward the anchor
    if unit in ("week", "weekend"):
        moved = day + dt.timedelta(days=7 * n)
    elif unit == "month":
        moved = _add_months(day, n)
    elif unit == "year":
        moved = _safe_date(day.year + n, day.month, day.day) or _add_months(day, 12 * n)
    else:
        moved = day + dt.timedelta(days=n)
    if atom.kind == "within" or unit == "day":
        return _Point(moved, "day", True)
    if unit == "week":
        return _Point(_monday(moved), "week", True, _monday(moved) + dt.timedelta(days=6))
    return _Point(moved.replace(day=1) if unit == "month" else moved.replace(month=1, day=1), unit, True)


def _period_bounds(first: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    if unit == "week":
        return first, first + dt.timedelta(days=6)
    if unit == "month":
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first, first.replace(month=12, day=31)


def _edge_point(first: dt.date, unit: str, edge: str, relative: bool) -> _Point:
    start, end = _period_bounds(first, unit)
    return _Point(end if edge == "end" else start, "day", relative)


def _edge_name(atom: Atom) -> str:
    return _lowered("period_edge")[atom.parts["edge"].lower()]


def _edge_of_relative(atom: Atom, day: dt.date) -> _Point | None:
    unit, step = _unit(atom), _shift(atom)
    if unit == "week":
        first = _monday(day) + dt.timedelta(days=7 * step)
    elif unit == "month":
        first = _add_months(day.replace(day=1), step)
    elif unit == "year":
        first = dt.date(day.year + step, 1, 1)
    else:
        return None
    return _edge_point(first, unit, _edge_name(atom), True)


def _edge_of_named(atom: Atom, day: dt.date | None, direction: str) -> _Point | None:
    if "month" not in atom.parts:
        return _edge_point(dt.date(int(atom.parts["year"]), 1, 1), "year", _edge_name(atom), False)
    month = _month_number(atom)
    if "year" in atom.parts:
        return _edge_point(dt.date(int(atom.parts["year"]), month, 1), "month", _edge_name(atom), False)
    if day is None:
        return None
    candidates = [dt.date(day.year + k, month, 1) for k in (-1, 0, 1)]
    first = _pick(candidates, day.replace(day=1), direction)
    return _edge_point(first, "month", _edge_name(atom), True)


def _clock_time(clock: Atom) -> tuple[int, int, str]:
    """(hour, minute, precision) of a clock expression: "3 p.m." is hour-precise, "15:30" minute."""
    parts = clock.parts
    if "word" in parts:
        hour, minute = _lowered("clock_word")[parts["word"].lower()].split(":")
        return int(hour), int(minute), "minute"
    hour = int(parts["h"])
    suffix = parts.get("suffix", "").lower().replace(".", "")
    if suffix in ("pm",) and hour < 12:
        hour += 12
    if suffix in ("am",) and hour == 12:
        hour = 0
    return hour, int(parts.get("m", 0)), ("minute" if "m" in parts else "hour")


def _resolve_clock_alone(clock: Atom, day: dt.date | None, direction: str) -> Resolved:
    hour, minute, precision = _clock_time(clock)
    if day is None:
        return Resolved(None, precision, True)
    if (hour, minute) == (0, 0) and direction == "future":
        day = day + dt.timedelta(days=1)  # "by midnight", said ahead of it: the coming midnight
    stamp = dt.datetime.combine(day, dt.time(hour, minute))
    return Resolved(stamp.strftime("%Y-%m-%dT%H:%M"), precision, True)
