"""dateparser for what the own patterns leave over: numeric dates spaCy tags ("12/01/2020", "2020/01/12").

Calls are cached per (text, anchor): the same expression recurs across thousands of articles.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

NUMERIC_DATE = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$")
# Two far-apart anchors: an expression that parses the same against both does not depend on the anchor.
PROBE_ANCHORS = (dt.date(2001, 6, 15), dt.date(2013, 2, 10))


def is_numeric_date(text: str) -> bool:
    return bool(NUMERIC_DATE.match(text.strip()))


@lru_cache(maxsize=8192)
def parse_numeric_date(text: str, anchor: dt.date | None) -> tuple[str | None, bool] | None:
    """(ISO day or None, relative) for a numeric date; None where dateparser finds no date."""
    if not is_numeric_date(text):
        return None
    probes = [_parse(text, a) for a in PROBE_ANCHORS]
    if probes[0] is None:
        return None
    if probes[0] == probes[1]:
        return probes[0].isoformat(), False
    if anchor is None:
        return None, True
    found = _parse(text, anchor)
    return (found.isoformat() if found else None), True


def _parse(text: str, anchor: dt.date) -> dt.date | None:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": dt.datetime.combine(anchor, dt.time()), "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    return data.date_obj.date() if data and data.date_obj else None
