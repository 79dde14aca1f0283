"""Reading JSONL: one Article or ReadFailure per line of a JSONL file (../shared/CONTRACT.md), and one per
decoded record (ingest/articles.py makes each article).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

from ..records import Article
from .articles import (BAD_FIELD, BAD_JSON, MAX_BYTES, TOO_LARGE, UNREADABLE, ReadFailure, bounded, make_article,
                       with_date)
from .decoding import EMPTY, NOT_UTF8, bom_encoding, decode_bytes
from .fields import string_fields


def read_jsonl_lines(path: str | Path, published: str | None = None, max_bytes: int = MAX_BYTES,
                     max_chars: int | None = None) -> Iterator[Article | ReadFailure]:
    """One Article or ReadFailure per line of a JSONL file, in order (../shared/CONTRACT.md).

    Each line is `{"id", "text", "published", "title"?, "url"?, "source"?}`. Lines are split on "\\n"
    only. A blank line yields a ReadFailure (EMPTY), so that every line gives exactly one item; the
    newline that ends the file does not start a line.
    """
    yield from bounded(_read_jsonl(Path(path), published, max_bytes), max_chars)


def _read_jsonl(path: Path, published: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    for number, line in enumerate(_jsonl_lines(path, max_bytes), start=1):
        name = f"{path} line {number}"
        if isinstance(line, ReadFailure):
            yield line if line.name else ReadFailure(name, line.reason, detail=line.detail)
        elif not line.strip():
            yield ReadFailure(name, EMPTY, detail="a blank line")
        else:
            item = _article_from_json_line(line, name)
            yield with_date(item, published) if isinstance(item, Article) else item


def _jsonl_lines(path: Path, limit: int) -> Iterator[str | ReadFailure]:
    """The lines of a JSONL file, decoded one at a time (UTF-8; a UTF-16/32 file with a BOM is decoded
    whole within the size bound). A line over the bound is skipped unread and named. A ReadFailure with
    an empty name stands for the current line; one with a name, for the whole file."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadFailure(str(path), UNREADABLE, detail=exc.strerror or str(exc))
        return
    with handle:
        if bom_encoding(handle.read(4)) in ("utf-16", "utf-32"):
            handle.seek(0)
            yield from _wide_jsonl_lines(handle, path, limit)
            return
        handle.seek(0)
        first = True
        while raw := handle.readline(limit + 1):
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # the rest of the over-long line, read in pieces and dropped
                yield ReadFailure("", TOO_LARGE, detail=f"the line is longer than {limit:,} bytes")
            else:
                try:
                    yield raw.decode("utf-8-sig" if first else "utf-8").removesuffix("\n")
                except UnicodeDecodeError:
                    yield ReadFailure("", NOT_UTF8, detail="a JSONL line must be UTF-8")
            first = False


def _wide_jsonl_lines(handle, path: Path, limit: int) -> Iterator[str | ReadFailure]:
    if os.fstat(handle.fileno()).st_size > limit:
        yield ReadFailure(str(path), TOO_LARGE, detail=f"a UTF-16/32 JSONL file over {limit:,} bytes")
        return
    decoded = decode_bytes(handle.read())
    if isinstance(decoded, str):
        yield ReadFailure(str(path), decoded)
        return
    lines = decoded.text.split("\n")
    yield from lines[:-1] if lines[-1] == "" else lines


def article_from_json_line(line: str, name: str) -> Article | ReadFailure:
    """One JSONL line (`{"id", "text", "published", ...}`) as an Article, or why it is unusable."""
    return _article_from_json_line(line, name)


def _article_from_json_line(line: str, name: str) -> Article | ReadFailure:
    try:
        record = json.loads(line, strict=False)  # raw control characters inside strings are let through
    except (json.JSONDecodeError, RecursionError) as exc:
        return ReadFailure(name, BAD_JSON, detail=getattr(exc, "msg", "nested too deeply"))
    return article_from_record(record, name)


def article_from_record(record, name: str) -> Article | ReadFailure:
    """A decoded JSONL record (or a table row as a dict) as an Article, or why it is unusable."""
    if not isinstance(record, dict):
        return ReadFailure(name, BAD_JSON, detail="the line is not a JSON object")
    values, warnings = string_fields(record)
    text = record.get("text")
    if text is None:
        return ReadFailure(name, BAD_FIELD, values["id"], detail='the object has no "text"')
    if not isinstance(text, str):
        return ReadFailure(name, BAD_FIELD, values["id"], detail='its "text" is not a string')
    return make_article(text, name, published=record.get("published"), warnings=warnings, **values)
