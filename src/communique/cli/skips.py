"""What the commands say about their inputs: each skipped article named with its reason on standard
error, warnings about fields left out, and the checks on paths and dates made before any work starts."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ..errors import BadInput


def explain(reason: str) -> str:
    """A read failure's fixed reason, said as what is wrong and what to do."""
    from ..ingest import reading

    return {
        reading.EMPTY: "it is empty",
        reading.BINARY: "it is a binary file, not text",
        reading.NOT_UTF8: ("it is not text in a known encoding (UTF-8, UTF-16/32 with a byte-order mark, "
                           "or a Windows/Latin code page); convert it to UTF-8 first"),
        reading.NOT_ENGLISH: "it does not read as English; communique codes English news",
        reading.BAD_JSON: "the line is not a valid JSON object; see the --jsonl format in the README",
        reading.BAD_FIELD: "the line has no usable \"text\" string; see the --jsonl format in the README",
        reading.NO_TEXT: "no article text was found in it",
        reading.NOT_FOUND: "there is no such file or folder; check the path",
        reading.UNREADABLE: "it cannot be read; check its permissions",
        reading.UNREADABLE_FOLDER: "the folder cannot be listed; check its permissions",
        reading.TOO_LARGE: "the file (or line) is over the 64 MB read limit",
    }.get(reason, reason)


def report_skip(name: str, reason: str, detail: str | None = None, stream: TextIO | None = None) -> None:
    """One line on standard error: the skipped input's name, the reason, and the detail where known."""
    detail = f" ({detail})" if detail and detail != reason else ""
    print(f"communique: skipped {name}: {explain(reason)}{detail}", file=stream or sys.stderr)


def report_warnings(name: str, warnings: list[str], stream: TextIO | None = None) -> None:
    for warning in warnings:
        print(f"communique: warning: {name}: {warning}", file=stream or sys.stderr)


def check_paths(paths: list[str]) -> None:
    """Every path given on the command line exists (URLs are fetched later): a typo is caught before a
    long run starts, as a problem with the command's input (exit status 2)."""
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            continue
        if not Path(raw).exists():
            raise BadInput(f"{raw} does not exist; check the path (nothing was read).")


def check_date(value: str | None, flag: str) -> None:
    """A date given on the command line is YYYY-MM-DD within the years communique accepts."""
    from ..ingest.fields import FIRST_YEAR, LAST_YEAR, check_day

    if value is not None and check_day(value) is None:
        raise BadInput(f"{flag} {value!r} is not a date from {FIRST_YEAR} to {LAST_YEAR}; "
                       "give it as YYYY-MM-DD.")
