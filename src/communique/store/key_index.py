"""The `event_keys` lookup held in memory, for a process that reads one store many times (the server,
which is the store's one writer and so knows when it must be built again).

Each event is numbered by its place in the events' listing order (`sort_date, seq, position`); each
(side, code) keeps the sorted numbers of its events, all codes and country codes apart, and each number
its day; each document's URL and publication date are kept too. A page of events filtered by dyad, pair, country and date range is then a few intersections of
sorted integer arrays. It answers exactly the conditions `desk.keyed_page` puts to the table in SQL,
read the same way (codes as given upper-cased, days compared as text, a NULL day never in a range).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import duckdb
import numpy

from .filters import check_day
from .query_filters import EventQuery, two_codes

KEYED_FIELDS = frozenset({"dyad", "pair", "country", "since", "until"})
_EMPTY = numpy.zeros(0, dtype=numpy.int64)

_STAR = """SELECT event_id, event_rowid, day FROM event_keys WHERE side = '*'
ORDER BY sort_date, seq, position, event_rowid"""
_SIDES = """WITH star AS (SELECT event_id, row_number() OVER (ORDER BY sort_date, seq, position, event_rowid) - 1 AS n
                      FROM event_keys WHERE side = '*')
SELECT k.side, k.code, list(s.n ORDER BY s.n) AS numbers, list(s.n ORDER BY s.n) FILTER (WHERE k.is_country) AS countries
FROM event_keys k JOIN star s ON s.event_id = k.event_id
WHERE k.side IN ('S', 'T') AND k.code IS NOT NULL GROUP BY k.side, k.code"""


@dataclass(frozen=True)
class KeyPage:
    """A page of events in listing order: their ids and rowids, and the number of all that match."""
    ids: list[str]
    rowids: list[int]
    total: int


def answers(q: EventQuery) -> bool:
    """True where every filter given in `q` is one the key table holds (and at least one is given)."""
    given = {name for name, value in vars(q).items() if value not in (None, "")}
    return bool(given) and given <= KEYED_FIELDS


class KeyIndex:
    """The key table of one state of the store, in memory (read-only once built)."""

    def __init__(self, db: duckdb.DuckDBPyConnection):
        star = db.execute(_STAR).fetchnumpy()
        self.ids: list[str] = list(star["event_id"])
        self.rowids = numpy.asarray(star["event_rowid"], dtype=numpy.int64)
        days = [d if isinstance(d, str) else None for d in star["day"]]
        self.days = sorted({d for d in days if d is not None})
        number = {d: i for i, d in enumerate(self.days)}
        # a day's number is its place among the days (compared as text, as SQL compares them); no day: past them all
        self.day_numbers = numpy.array([number.get(d, len(self.days)) for d in days], dtype=numpy.int64)
        # the day is the start of the sort key, so it rises with the listing order: a date range is then a
        # range of event numbers (checked, not assumed: otherwise each event's day is compared)
        self.days_in_order = bool(numpy.all(numpy.diff(self.day_numbers) >= 0))
        self.all = numpy.arange(len(self.ids), dtype=numpy.int64)
        self.codes: dict[tuple[str, str], numpy.ndarray] = {}
        self.countries: dict[tuple[str, str], numpy.ndarray] = {}
        self.documents: dict[str, tuple] = {i: (url, published) for i, url, published in db.execute(
            "SELECT id, url, published FROM documents").fetchall()}
        for side, code, numbers, countries in db.execute(_SIDES).fetchall():
            self.codes[(side, code)] = numpy.array(numbers, dtype=numpy.int64)
            self.countries[(side, code)] = numpy.array(countries or [], dtype=numpy.int64)

    def __len__(self) -> int:
        return len(self.ids)

    def page(self, q: EventQuery, limit: int | None, offset: int) -> KeyPage:
        """The page of events matching `q`'s dyad, pair, country and date filters (its others unread)."""
        found = self._matching(q)
        chosen = found[offset:] if limit is None else found[offset:offset + int(limit)]
        return KeyPage([self.ids[n] for n in chosen], self.rowids[chosen].tolist(), len(found))

    def _matching(self, q: EventQuery) -> numpy.ndarray:
        first, end = 0, len(self.ids)  # the event numbers to look among
        low, high = 0, len(self.days)  # the day numbers to keep
        if q.since or q.until:
            low = bisect_left(self.days, check_day(q.since, "since")) if q.since else 0
            high = bisect_right(self.days, check_day(q.until, "until")) if q.until else len(self.days)
            if self.days_in_order:
                first, end = numpy.searchsorted(self.day_numbers, [low, high], side="left").tolist()

        def side(kind: str, side_: str, code: str) -> numpy.ndarray:
            numbers = (self.codes if kind == "code" else self.countries).get((side_, code), _EMPTY)
            return numbers[numbers.searchsorted(first):numbers.searchsorted(end)]

        sets = []
        if q.dyad:
            source, target = two_codes(q.dyad, "dyad")
            sets.append(_both(side("code", "S", source), side("code", "T", target)))
        if q.pair:
            a, b = two_codes(q.pair, "pair")
            sets.append(numpy.union1d(_both(side("code", "S", a), side("code", "T", b)),
                                      _both(side("code", "S", b), side("code", "T", a))))
        if q.country:
            code = q.country.strip().upper()
            sets.append(numpy.union1d(side("country", "S", code), side("country", "T", code)))
        found = None
        for numbers in sorted(sets, key=len):
            found = numbers if found is None else _both(found, numbers)
        if found is None:
            found = self.all[first:end]
        if (q.since or q.until) and not self.days_in_order:
            days = self.day_numbers[found]
            found = found[(days >= low) & (days < high)]
        return found


def _both(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """The numbers in both sorted arrays (of distinct numbers)."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return _EMPTY
    at = b.searchsorted(a).clip(max=len(b) - 1)
    return a[b[at] == a]
