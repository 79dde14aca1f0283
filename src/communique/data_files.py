"""The TSV data files under src/communique/data/ (and users' files in the same formats).

Every knowledge file is UTF-8, tab-separated, with `#` comment lines and blank lines ignored.
`tsv_rows` reads one and yields its rows with their line numbers, so that each reader can say
exactly which line of which file is wrong.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterator

from .errors import DataFileError


def data_path(name: str) -> Path:
    """The path of a built-in data file, e.g. data_path("quote_cues.tsv")."""
    return Path(str(resources.files("communique") / "data" / name))


def tsv_rows(path: Path, what: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of each line that is neither blank nor a comment.

    `what` names the file's content for the message when it cannot be read ("the time word list")."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read {what} {path}: {exc}.") from exc
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line.split("\t")


def upper_words(name: str, what: str, columns: int | None = None,
                expected: str = "one upper-case word a line") -> frozenset[str]:
    """The first field of each line of the built-in data file `name`, each one upper-case word ("AFTER", "GROUP");
    with `columns`, every line has exactly that many fields. A line that is not so raises a DataFileError naming
    the file, the line and what was `expected` ("'NOUN<TAB>what it names'")."""
    path = data_path(name)
    words = set()
    for number, parts in tsv_rows(path, what):
        if (columns is not None and len(parts) != columns) or not (parts[0].isalpha() and parts[0].isupper()):
            raise DataFileError(f"{path} line {number}: expected {expected}.")
        words.add(parts[0])
    return frozenset(words)
