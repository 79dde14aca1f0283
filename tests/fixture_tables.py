"""The sentence tables of tests/fixtures/ (sentences we wrote, with what the coder must make of them): one row
a line, fields separated by tabs; blank lines and lines starting with `#` are skipped."""
from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_rows(name: str) -> list[tuple[str, ...]]:
    """The rows of tests/fixtures/<name>, each a tuple of its tab-separated fields."""
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
