"""Parsing texts longer than a parser run should take: cut into pieces at paragraph, line, sentence or
word breaks, each piece parsed, the pieces joined into one Doc whose text is the original text, so that
every character offset stays true.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters) and needs about 1 GB per 100,000
characters for one long text; a few pieces of `piece_chars` each keep memory in hand. A document is never
cut where it is shorter than `piece_chars`, so ordinary articles parse exactly as before.
"""
from __future__ import annotations

import re
from spacy.language import Language
from spacy.tokens import Doc

PIECE_CHARS = 100_000  # default length of a piece (Settings.piece_chars)
# Breaks tried in turn, best first; each must leave the piece at least half the limit long.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'’”)\]]*\s+"),
           re.compile(r"\s+"))


def split_text(text: str, limit: int) -> list[str]:
    """`text` cut into pieces of at most `limit` characters, whose concatenation is `text`. Each piece
    ends just after a break (the whitespace after a paragraph, a line or a sentence, else after a word),
    or at `limit` itself where a stretch of `limit` characters holds no whitespace at all."""
    if limit < 1:
        raise ValueError("a piece must hold at least one character")
    pieces, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, stop: int) -> int:
    """The end of the piece that starts at `start`: just past the last good break before `stop`."""
    window = text[start:stop]
    floor = len(window) // 2
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window) if m.end() > floor and m.end() < len(window)]
        if ends:
            return start + ends[-1]
    return stop


def parse_pieces(nlp: Language, text: str, piece_chars: int = PIECE_CHARS,
                 batch_size: int = 8) -> Doc:
    """One Doc for `text`, parsed in pieces of at most `piece_chars` characters and joined."""
    limit = min(piece_chars, nlp.max_length)
    docs = list(nlp.pipe(split_text(text, limit), batch_size=batch_size))
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # from_docs keeps every character; anything else is a bug to report by name
        raise ValueError("the pieces of a long text did not join back into the same text")
    return doc

