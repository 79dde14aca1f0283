"""Discard phrases (PETRARCH-2's Phoenix.discards.txt, spec §2.5): sentences and stories not to code.

Each line is a phrase; a leading `+` makes it a story-level discard. Matching is on the raw sentence
text, upper-cased and split on whitespace, whole tokens only (punctuation stuck to a word prevents a
match).

Two behaviours:

* `petrarch_quirks=False` (default): a phrase is found wherever its words occur consecutively, the
  last token included; `_` separates words like a space, and a trailing `_` is ignored.
* `petrarch_quirks=True`: PETRARCH-2's walk as shipped - one trie node carried along the tokens, reset
  to the root without retrying the current token after a failed partial match, the end of a phrase
  only noticed at the next token (so a phrase ending on the last token is missed), the walk stopping
  at the first phrase found; phrases split on spaces only, so a trailing `_` never matches.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

STORY = "story"
SENTENCE = "sentence"


@dataclass
class Discards:
    """A trie of discard phrases: words -> children, `#` -> "story" or "sentence"."""

    trie: dict = field(default_factory=dict)
    petrarch_quirks: bool = False

    def add(self, line: str) -> None:
        line = line.strip()
        kind = SENTENCE
        if line.startswith("+"):
            kind, line = STORY, line[1:]
        words = line.upper().split() if self.petrarch_quirks else line.upper().replace("_", " ").split()
        if not words:
            return
        node = self.trie
        for word in words:
            node = node.setdefault(word, {})
        node["#"] = kind

    def check(self, text: str) -> str | None:
        """"story", "sentence" or None for one sentence's raw text."""
        tokens = text.upper().split()
        if self.petrarch_quirks:
            return self._shipped_walk(tokens)
        found = None
        trie, n = self.trie, len(tokens)
        for start in range(n):  # by index: a slice tokens[start:] per start made a story's check quadratic
            node = trie.get(tokens[start])
            j = start + 1
            while node is not None:
                kind = node.get("#")
                if kind == STORY:
                    return STORY
                if kind == SENTENCE:
                    found = SENTENCE
                if j >= n:
                    break
                node = node.get(tokens[j])
                j += 1
        return found

    def _shipped_walk(self, tokens: list[str]) -> str | None:
        node = self.trie
        for token in tokens:
            kind = node.get("#")
            if kind is not None:
                return kind
            child = node.get(token)
            node = child if child is not None else self.trie
        return None

    def sentence_discarded(self, text: str) -> bool:
        """True when the sentence is not to be coded (a sentence- or a story-level phrase in it)."""
        return self.check(text) is not None

    def story_discarded(self, text: str) -> bool:
        """True when the sentence holds a story-level phrase: the whole story is dropped."""
        return self.check(text) == STORY


def read_discards(lines: Iterable[str], discards: Discards) -> Discards:
    for raw in lines:
        line = strip_comments(raw)
        if line:
            discards.add(line)
    return discards


def strip_comments(raw: str) -> str:
    line = raw.split("#", 1)[0]
    while "<!--" in line:
        before, _, after = line.partition("<!--")
        line = before + after.partition("-->")[2]
    return line.strip()


def discards_from_files(paths: Iterable[Path], petrarch_quirks: bool = False) -> Discards:
    discards = Discards(petrarch_quirks=petrarch_quirks)
    for path in paths:
        read_discards(Path(path).read_text(encoding="utf-8", errors="replace").splitlines(), discards)
    return discards
