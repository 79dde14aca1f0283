"""PETRARCH-2's internal verb codes: CAMEO strings <-> 16-bit hexadecimal integers, and their combination.

The internal code of a CAMEO event code reads as four hex digits, from the top: speech-act class
(1 Say ... B Consult), reduce/yield, material action, issue (spec §4.6). "Reject" codes are the
positive code minus NEGATE (0xFFFF), which is how "did not" turns 080 into 124. The table itself
is data: `data/petrarch/cameo_internal_codes.tsv`.

    to_internal("190") -> 0xA0        to_cameo(0xA0) -> "190"
    to_internal("0874x") -> 0x200     (unknown: first two characters + "0", i.e. "080")
    combine(0x1000, 0xA0) -> 0x10A0   (Say + Fight = 015)
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..data_files import data_path, tsv_rows
from ..errors import DataFileError

NEGATE = 0xFFFF
NULL = "---"
TABLE_FILE = "petrarch/cameo_internal_codes.tsv"
_TERM = re.compile(r"([-+]?)([0-9A-Fa-f]+)")


class CodeTable:
    """Both directions of the §4.6 table, read from one file."""

    def __init__(self, forward: dict[str, int], reverse: dict[int, str]):
        self.forward = forward
        self.reverse = reverse

    @classmethod
    def read(cls, path: Path) -> "CodeTable":
        forward: dict[str, int] = {}
        reverse: dict[int, str] = {}
        rows = tsv_rows(path, "the CAMEO internal code table")
        for number, fields in rows:
            if fields[0] == "cameo":
                continue
            if len(fields) != 3 or fields[2] not in ("yes", "no", "only"):
                raise DataFileError(f"{path}, line {number}: expected cameo, internal, reverse (yes/no/only).")
            cameo, expression, use = fields
            value = _hex_sum(expression, path, number)
            if use != "only":
                forward[cameo] = value
            if use in ("yes", "only"):
                if value in reverse:
                    raise DataFileError(f"{path}, line {number}: {hex(value)} already converts back to "
                                        f"{reverse[value]}.")
                reverse[value] = cameo
        return cls(forward, reverse)


def _hex_sum(expression: str, path: Path, number: int) -> int:
    terms = _TERM.findall(expression)
    if not terms or "".join(s + h for s, h in terms) != expression:
        raise DataFileError(f"{path}, line {number}: {expression!r} is not a sum of hexadecimal terms.")
    return sum((-1 if sign == "-" else 1) * int(digits, 16) for sign, digits in terms)


@lru_cache(maxsize=1)
def code_table() -> CodeTable:
    """The built-in table, read once per process."""
    return CodeTable.read(data_path(TABLE_FILE))


def to_internal(cameo: str) -> int | None:
    """The internal code of a CAMEO code string; `---` (and an empty part) is 0.

    An unlisted code collapses to its first two characters plus "0" ("0874x" -> "080", "141" -> "140");
    None if even that is unknown."""
    cameo = cameo.strip()
    if cameo in ("", NULL):
        return 0
    forward = code_table().forward
    if cameo in forward:
        return forward[cameo]
    return forward.get(cameo[:2] + "0")


class WrittenCode(int):
    """An internal code that remembers the CAMEO code a data row of the project wrote it as ("143" read as 140,
    "0841" as 0842's value): see `to_written`. Any arithmetic on it (combine, negation) gives a plain int, so a
    code the composition moved forgets what was written."""

    written: str

    def __new__(cls, value: int, written: str) -> "WrittenCode":
        code = super().__new__(cls, value)
        code.written = written
        return code

    def __reduce__(self):
        return (WrittenCode, (int(self), self.written))


def to_written(cameo: str) -> int | None:
    """`to_internal(cameo)`, remembering `cameo` where the table would print the value as another code (a code it
    merges, 0841, or lacks, 143); for the switch `written_codes` (phenomena/written_codes.py `written_of`)."""
    value = to_internal(cameo)
    if not value or code_table().reverse.get(value) == cameo.strip():
        return value
    return WrittenCode(value, cameo.strip())


def to_cameo(value: int) -> str | None:
    """The CAMEO code of an internal value (ties resolved as PETRARCH-2; 0x30A0 -> "138"); None for 0
    and for any value without a CAMEO code."""
    if value == 0:
        return None
    return code_table().reverse.get(value)


def cameo_codes(value: int) -> tuple[str, ...]:
    """Every CAMEO code whose internal value is `value`, the one `to_cameo` gives first: several codes share a
    value (044 "meet at a third location" and 046 "engage in negotiation" are both 0xB010), so a table keyed by
    CAMEO codes is looked up under each (additions.table_code)."""
    return _aliases().get(value, ())


@lru_cache(maxsize=1)
def _aliases() -> dict[int, tuple[str, ...]]:
    table = code_table()
    found: dict[int, list[str]] = {}
    for cameo, value in table.forward.items():
        found.setdefault(value, []).append(cameo)
    first = table.reverse
    return {value: tuple(sorted(codes, key=lambda c: (c != first.get(value), c))) for value, codes in found.items()}


def cameo_of(value: int) -> str | None:
    """The CAMEO code `value` stands for: the code a data row or a matched pattern wrote it as (a `WrittenCode`:
    "0841", "082", "1323"), else `to_cameo(value)`. A table keyed by CAMEO codes is read through this, not
    `to_cameo`, which gives one code for several ("082" ease dissent and "0841" release persons are both 0x20C)."""
    return getattr(value, "written", None) or to_cameo(value)


def lookup_codes(value: int) -> tuple[str, ...]:
    """The CAMEO codes a table keyed by CAMEO code is looked up under for `value`: the code it was written as, alone,
    where it has one (a pattern's 082 is not looked up as 0841 or 0842, a release); else every code of its value
    (`cameo_codes`: a plain 0xB010 as 044 and as 046)."""
    written = getattr(value, "written", None)
    return (written,) if written else cameo_codes(value)


def combine(upper: int, lower: int) -> int:
    """PETRARCH's combine_code (spec §4.6): the code of a governing verb `upper` over an inner `lower`."""
    if lower < 0:
        return lower + upper
    if upper >= 0x1000 and lower >= 0x1000:
        return lower
    if lower >= upper:
        return lower
    return upper + lower


def split_code_field(field: str) -> tuple[int, int] | None:
    """`A`, `A:P` or `:P` (brackets already removed) -> (active, passive) internal codes; None when a
    part is not a known CAMEO code even after collapsing."""
    active, _, passive = field.partition(":")
    a = to_internal(active)
    p = to_internal(passive)
    if a is None or p is None:
        return None
    return a, p
