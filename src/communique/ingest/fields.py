"""Checking an article's fields at the edge: publication dates in any common form, and the types of the
fields a JSONL line gives. A field that cannot be used is dropped with a warning that names it; the article
is kept (undated, or without the field).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

# Publication dates outside these years are taken as mistakes (9999-12-31, 0001-01-01 placeholders).
FIRST_YEAR, LAST_YEAR = 1800, 2200
STRING_FIELDS = ("url", "title", "source")

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COMPACT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATEPARSER_SETTINGS = {"PARSERS": ["timestamp", "absolute-time"], "PREFER_DAY_OF_MONTH": "first",
                        "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}


def parse_published(value: Any) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, a warning or None) for a publication date given in any common form:
    ISO dates and datetimes, YYYYMMDD, "March 2, 2021", "Tue, 02 Mar 2021 10:00:00 GMT", "2021/03/02"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if not isinstance(value, str):
        return None, f"its publication date {value!r} is not a string; the article is kept undated"
    text = value.strip()
    day = _iso_or_compact(text)
    if day is None:
        day = _dateparser_day(text)
    if day is None:
        return None, f"its publication date {text[:40]!r} is not a date; the article is kept undated"
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        return None, (f"its publication date {text[:40]!r} is outside {FIRST_YEAR}-{LAST_YEAR}; "
                      "the article is kept undated")
    return day.isoformat(), None


def check_day(value: str) -> dt.date | None:
    """A YYYY-MM-DD string as a date within FIRST_YEAR..LAST_YEAR, else None."""
    day = _iso_or_compact(value) if isinstance(value, str) and _ISO_ONLY.match(value) else None
    return day if day is not None and FIRST_YEAR <= day.year <= LAST_YEAR else None


def string_fields(record: dict[str, Any]) -> tuple[dict[str, str | None], list[str]]:
    """`id`, `url`, `title`, `source` from a JSON record, and a warning for each one that is not a string.
    A number given as `id` is taken as its decimal string; anything else not a string is dropped."""
    values: dict[str, str | None] = {}
    warnings = []
    given_id = record.get("id")
    if isinstance(given_id, bool) or not isinstance(given_id, (str, int, type(None))):
        warnings.append(f'its "id" {_short(given_id)} is not a string; an id is made from the text')
        given_id = None
    values["id"] = str(given_id) if given_id is not None and str(given_id).strip() else None
    for name in STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            warnings.append(f'its "{name}" {_short(value)} is not a string and is left out')
            value = None
        values[name] = value
    return values, warnings


def _iso_or_compact(text: str) -> dt.date | None:
    match = _ISO_DAY.match(text) or _COMPACT_DAY.match(text)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _dateparser_day(text: str) -> dt.date | None:
    if len(text) > 64 or not any(c.isdigit() for c in text):
        return None  # a publication date names a year; long strings are not dates
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed is not None else None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"
