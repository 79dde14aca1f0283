"""Reading the TSV data files under src/communique/data/ (and users' files in the same formats): the one way.

Every table is UTF-8, tab-separated, a row a line. A blank line (or one of white space only) and a line that
starts with `#` (in its first column: an indented `#` is data) are skipped. `tsv_rows` yields the other lines
with their line numbers, so that each reader can say exactly which line of which file is wrong:

- `width` (exactly so many fields) or `min_width` (at least so many; the rest is the caller's) checks the
  number of fields and raises the one message "<file> line 12: expected 3 tab-separated fields, found 2.";
- `header=True` skips the first row (the column names); a collection of words skips the first row only when
  its first field, stripped and in lower case, is one of them (files whose header is optional: a user's).

The fields come as written: a caller strips them where its format allows spaces around a field.
`table_rows` is the short form for a built-in table with a header whose fields are stripped;
`upper_words` reads the lists of upper-case words; `kinded_words` the tables of kinded word lists (a kind, then its
words: "verb<TAB>DEPLOY", "noun<TAB>TRADE COMMERCE"); `provenance` reads the comment line in which a tool records
what a generated table (the classifier's head, the encoder's ranges) was built from.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Iterator

from .errors import DataFileError

PROVENANCE = "# provenance: "  # then JSON: the comment line of a generated table that says from what and how


def data_path(name: str) -> Path:
    """The path of a built-in data file, e.g. data_path("quote_cues.tsv")."""
    return Path(str(resources.files("communique") / "data" / name))


def tsv_rows(path: Path, what: str, width: int | None = None, *, min_width: int | None = None,
             header: bool | Collection[str] = False) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of each line that is neither blank nor a comment (nor the header).

    `what` names the file's content for the message when it cannot be read ("the time word list")."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read {what} {path}: {exc}.") from exc
    first = True
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if first:
            first = False
            if header is True or (header and fields[0].strip().lower() in header):
                continue
        if (width is not None and len(fields) != width) or (min_width is not None and len(fields) < min_width):
            expected = width if width is not None else f"at least {min_width}"
            raise DataFileError(f"{path} line {number}: expected {expected} tab-separated fields, found {len(fields)}.")
        yield number, fields


def table_rows(name: str, width: int) -> list[tuple[str, ...]]:
    """The rows of the built-in table `name` past its header, each its first `width` fields stripped (a row
    may have more: notes); a shorter row raises the one message naming the file and line."""
    rows = tsv_rows(data_path(name), f"the table {name}", min_width=width, header=True)
    return [tuple(field.strip() for field in fields[:width]) for _, fields in rows]


def upper_words(name: str, what: str, columns: int | None = None,
                expected: str = "one upper-case word a line", compounds: bool = False) -> frozenset[str]:
    """The first field of each line of the built-in data file `name`, each one upper-case word ("AFTER", "GROUP");
    with `compounds`, words joined by `_` too (a dictionary verb line's "PULL_OUT"); with `columns`, every line has
    exactly that many fields. A line that is not so raises a DataFileError naming the file, the line and what was
    `expected` ("'NOUN<TAB>what it names'")."""
    path = data_path(name)
    words = set()
    for number, parts in tsv_rows(path, what):
        word = parts[0].replace("_", "") if compounds else parts[0]
        if (columns is not None and len(parts) != columns) or not (word.isalpha() and parts[0].isupper()):
            raise DataFileError(f"{path} line {number}: expected {expected}.")
        words.add(parts[0])
    return frozenset(words)


def lower_word_rows(path: Path, what: str, valid: Callable[[str], bool], expected: str) -> list[tuple[str, str]]:
    """(word, field) of each line 'word<TAB>field' of the data file at `path`, the word one lower-case word (a lemma:
    "respond") and `valid(field)` true (a CAMEO code, a kind); a word may stand on several lines. A line that is not
    so raises a DataFileError naming the file, the line and what was `expected` ("'lemma<TAB>kind'")."""
    rows = []
    for number, parts in tsv_rows(path, what):
        if len(parts) != 2 or not (parts[0].isalpha() and parts[0].islower()) or not valid(parts[1]):
            raise DataFileError(f"{path} line {number}: expected {expected}.")
        rows.append((parts[0], parts[1]))
    return rows


def kinded_words(path: Path, what: str, kinds: Collection[str], *, numbers: Collection[str] = (),
                 rows: Mapping[str, Callable[..., Iterable]] | None = None,
                 widths: Collection[int] = (2,)) -> dict[str, frozenset]:
    """kind -> the words of its rows, from a table of rows 'kind<TAB>WORD [WORD ...]' (a header row 'kind<TAB>...'
    may stand first); every kind of `kinds` is a key, with no words where no row has it.

    Each row's kind is one of `kinds` and its words (one or more, split at spaces) are upper case ("CO-OPERATION"),
    or digits for a kind of `numbers` (a CAMEO code, a root). `rows` maps a kind to what one row of it stands for,
    called with the row's words and its fields after them (a verb's lemma and irregular forms -> all its forms; a
    weapon's words -> one tuple); the default is the words themselves. `widths` are the numbers of fields a row may
    have (2: the kind and the words). A row that is not so raises the one message naming the file and the line."""
    rows = rows or {}
    found: dict[str, set] = {kind: set() for kind in kinds}
    for number, fields in tsv_rows(path, what, header={"kind"}):
        kind = fields[0].strip()
        words = fields[1].split() if len(fields) > 1 else []
        if len(fields) not in widths or kind not in found or not words \
                or not all(w.isdigit() if kind in numbers else w.isupper() for w in words):
            raise DataFileError(f"{path} line {number}: expected 'KIND<TAB>WORDS' (KIND one of {', '.join(kinds)}; "
                                "the words upper case" + (f", digits for {', '.join(numbers)})." if numbers else ")."))
        read = rows.get(kind)
        found[kind].update(read(words, *fields[2:]) if read is not None else words)
    return {kind: frozenset(words) for kind, words in found.items()}


def provenance(path: Path) -> dict:
    """The JSON of the PROVENANCE line of a generated table (the last, if several), {} where it has none."""
    found = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if line.startswith(PROVENANCE)]
    return json.loads(found[-1][len(PROVENANCE):]) if found else {}
