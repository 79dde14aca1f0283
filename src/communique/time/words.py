"""The word lists behind time expressions, read once from data/time_words.tsv."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError
from ..data_files import tsv_rows

WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "time_words.tsv"


@dataclass(frozen=True)
class TimeWords:
    """Each category of data/time_words.tsv as a mapping from phrase to value ("" where none)."""
    categories: dict[str, dict[str, str]]

    def get(self, category: str) -> dict[str, str]:
        return self.categories.get(category, {})

    def numbers(self, category: str) -> dict[str, int]:
        return {phrase: int(value) for phrase, value in self.get(category).items()}

    def lowered(self, category: str) -> dict[str, str]:
        return {phrase.lower(): value for phrase, value in self.get(category).items()}


def read_time_words(path: Path) -> TimeWords:
    categories: dict[str, dict[str, str]] = {}
    for number, parts in tsv_rows(path, "the time word list"):
        if len(parts) < 2 or not parts[1]:
            raise DataFileError(f"{path}, line {number}: expected 'category<TAB>phrase[<TAB>value]'.")
        value = parts[2] if len(parts) > 2 else ""
        categories.setdefault(parts[0], {})[parts[1]] = value
    return TimeWords(categories)


@lru_cache(maxsize=1)
def time_words() -> TimeWords:
    """The package's word lists, read on first use."""
    return read_time_words(WORDS_FILE)
