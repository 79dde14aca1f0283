"""Reading the package's tab-separated data files (`src/communique/data/`): one header line, `#` comments."""
from __future__ import annotations

from importlib import resources

from .errors import DataFileError


def table_rows(name: str, width: int) -> list[tuple[str, ...]]:
    """The rows of a tab-separated data file after its header line, comments skipped."""
    text = resources.files("communique").joinpath("data", name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, row in enumerate(rows[1:], start=1):
        if len(row) < width:
            raise DataFileError(f"{name} row {number}: expected {width} tab-separated fields.")
    return [tuple(field.strip() for field in row[:width]) for row in rows[1:]]
