"""CAMEO event codes and their labels, Goldstein scores, quad classes and PLOVER 2.0 equivalents.

The tables live in data/cameo_events.tsv and data/cameo_to_plover.tsv (origins and licences in their
headers); each is read once per process. Codes are strings with their leading zeros ("0256", "040"):
the look-ups are strict, and `normalise_code` is the one place that repairs a lost leading zero.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .data_files import data_path, tsv_rows
from .errors import BadInput, DataFileError

EVENTS_FILE = "cameo_events.tsv"
PLOVER_FILE = "cameo_to_plover.tsv"


class UnknownCameoCode(BadInput, KeyError):
    """A string that is not a CAMEO event code. Also a KeyError, since it is a failed look-up."""

    def __init__(self, code: object):
        self.code = code
        super().__init__(f"{code!r} is not a CAMEO event code (codes are strings such as '0256' or '173').")

    def __str__(self) -> str:  # KeyError would show the message in quotes
        return str(self.args[0])


@dataclass(frozen=True)
class CameoCode:
    code: str  # "0256"
    root: str  # "02"
    label: str  # "Demand de-escalation of military engagement"
    goldstein: float  # -10..10
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict


@dataclass(frozen=True)
class PloverEquivalent:
    type: str  # "REQUEST"
    mode: str  # "" where none
    context: tuple[str, ...]


@lru_cache(maxsize=1)
def _events() -> dict[str, CameoCode]:
    table = {}
    for number, fields in tsv_rows(data_path(EVENTS_FILE), "the CAMEO event codes", min_width=5):
        code, label, goldstein, root, quad = fields[:5]
        try:
            entry = CameoCode(code, root, label, float(goldstein), int(quad))
        except ValueError as err:
            raise DataFileError(f"{EVENTS_FILE} line {number}: {err}.") from err
        well_formed = code.isdigit() and code.startswith(root) and entry.quad_class in (1, 2, 3, 4)
        if not well_formed or code in table:
            raise DataFileError(f"{EVENTS_FILE} line {number}: code {code!r} is malformed, repeated or badly rooted.")
        table[code] = entry
    return table


@lru_cache(maxsize=1)
def _plover() -> dict[str, PloverEquivalent]:
    table = {}
    for number, fields in tsv_rows(data_path(PLOVER_FILE), "the CAMEO-PLOVER table", min_width=4):
        code, plover_type, mode, contexts = (f.strip() for f in fields[:4])
        if not plover_type.isupper() or code in table:
            raise DataFileError(f"{PLOVER_FILE} line {number}: bad or repeated row for code {code!r}.")
        context = tuple(c.strip() for c in contexts.split(",") if c.strip())
        table[code] = PloverEquivalent(plover_type, mode, context)
    return table


def is_valid_code(code: object) -> bool:
    """True where `code` is exactly a CAMEO event code string (a root such as "19", or "190", "0256")."""
    return isinstance(code, str) and code in _events()


def event_code(code: str) -> CameoCode:
    """The CAMEO entry for `code`; raises UnknownCameoCode (a BadInput and a KeyError) for anything else."""
    if not is_valid_code(code):
        raise UnknownCameoCode(code)
    return _events()[code]


def normalise_code(code: str | int) -> str:
    """`code` as a valid CAMEO code string, restoring one lost leading zero where that is unambiguous.

    A code that is already valid is returned as it is ("10" stays the root DEMAND, not "010").
    Otherwise "36" -> "036", "256" -> "0256", "4" -> "04". Raises UnknownCameoCode when neither reading
    is a code.
    """
    text = str(code).strip()
    if is_valid_code(text):
        return text
    if text.isdigit() and is_valid_code("0" + text):
        return "0" + text
    raise UnknownCameoCode(code)


def plover_for(code: str) -> dict[str, Any]:
    """The contract's `plover` object {type, mode, context: [...]} for a CAMEO code.

    A code without its own row takes its nearest ancestor's (4-digit -> 3-digit -> root). `mode` is
    None where PLOVER gives none.
    """
    event_code(code)
    table = _plover()
    for ancestor in (code, code[:3], code[:2]):
        if ancestor in table:
            entry = table[ancestor]
            return {"type": entry.type, "mode": entry.mode or None, "context": list(entry.context)}
    raise DataFileError(f"{PLOVER_FILE} has no row for {code!r} nor for any of its parents.")


def cameo_for(code: str) -> dict[str, str]:
    """The contract's `cameo` object {code, root, name} for a CAMEO code."""
    entry = event_code(code)
    return {"code": entry.code, "root": entry.root, "name": entry.label}


def children(code: str) -> list[str]:
    """The codes one level below `code`: a root's 3-digit codes, a 3-digit code's 4-digit ones."""
    event_code(code)
    length = 3 if len(code) == 2 else len(code) + 1
    return [c for c in _events() if len(c) == length and c.startswith(code)]


def all_roots() -> list[str]:
    """The 20 CAMEO cue categories, "01" to "20"."""
    return [c for c in _events() if len(c) == 2]


def by_longest_prefix(code: str, table: dict[str, str], default: str | None = None) -> str | None:
    """The value of the longest prefix of a CAMEO code (two digits at least) that `table` has, else
    `default`: rule tables keyed by code prefix ("17" coercion, "172" sanctions) read this way."""
    for k in range(len(code), 1, -1):
        if code[:k] in table:
            return table[code[:k]]
    return default
