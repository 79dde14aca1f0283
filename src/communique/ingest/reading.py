"""Reading articles: plain text, HTML pages, JSONL, RSS/Atom feeds and folders of them.

`read_articles(paths)` yields one `Article` per readable article and one `ReadFailure` per input
that cannot be read (empty, binary, of no known encoding, not English, too large, a bad JSON line, a
missing file, an unreadable folder). It never raises for one bad input: the caller counts failures by
`reason` and goes on. Files are read within a memory bound: a file larger than `max_bytes` is refused
before it is read, and a JSONL line longer than that is skipped without being held whole. (How long an
article may be is the pipeline's to decide: `Settings.max_article_chars`.) JSONL is split on "\n" only, so U+2028,
U+0085 or a form feed inside a JSON string stay inside their record.

This module reads files, folders and feeds; each article is made from its decoded text, with its id, its checks and the
failure reasons, in ingest/articles.py, and JSONL lines and records are read by ingest/jsonl.py (their names are
also importable from here, as before session 38 split them out).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from ..records import Article
from .articles import (BAD_FIELD, BAD_JSON, MAX_BYTES, NO_TEXT, NOT_ENGLISH, NOT_FOUND, TOO_LARGE, TOO_LONG,
                       UNREADABLE, UNREADABLE_FOLDER, ReadFailure, article_id, bounded, check_text, decode,
                       looks_english, make_article, normalise_text, text_hash, with_date)
from .decoding import BINARY, EMPTY, NOT_UTF8
from .jsonl import article_from_json_line, article_from_record, read_jsonl_lines

__all__ = ["BAD_FIELD", "BAD_JSON", "BINARY", "EMPTY", "MAX_BYTES", "NOT_ENGLISH", "NOT_FOUND", "NOT_UTF8", "NO_TEXT",
           "TOO_LARGE", "TOO_LONG", "UNREADABLE", "UNREADABLE_FOLDER", "ReadFailure", "article_from_json_line",
           "article_from_record", "article_id", "check_text", "decode", "looks_english", "make_article",
           "normalise_text", "read_articles", "read_jsonl_lines", "text_hash"]

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

MARKUP_RATIO = 20


def read_articles(paths: list[str], published: str | None = None, max_bytes: int = MAX_BYTES,
                  max_chars: int | None = None) -> Iterator[Article | ReadFailure]:
    """Articles from files, folders (recursively, sorted), JSONL files and feeds (files or URLs).

    `published` (YYYY-MM-DD) fills the publication date only where the input carries none. An article
    longer than `max_chars` (the `max_article_chars` setting, where given) is a ReadFailure (TOO_LONG), so
    that it is dropped before anything else reads its whole text.
    """
    yield from bounded(_read_paths(paths, published, max_bytes, max_chars), max_chars)


def _read_paths(paths: list[str], published: str | None, max_bytes: int,
                max_chars: int | None) -> Iterator[Article | ReadFailure]:
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            yield from _with_default_date(_read_feed(raw), published)
            continue
        path = Path(raw)
        if path.is_dir():
            for item in _folder_files(path):
                if isinstance(item, ReadFailure):
                    yield item
                else:
                    yield from _with_default_date(_read_file(item, max_bytes, max_chars), published)
        elif path.is_file():
            yield from _with_default_date(_read_file(path, max_bytes, max_chars), published)
        else:
            yield ReadFailure(str(path), NOT_FOUND, detail="no such file or folder")


def _folder_files(folder: Path) -> Iterator[Path | ReadFailure]:
    """The article files under a folder, sorted by name, each folder's files before its sub-folders; a
    folder that cannot be listed is a ReadFailure naming it (Path.rglob passes over it in silence)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield ReadFailure(str(folder), UNREADABLE_FOLDER, detail=exc.strerror or str(exc))
        return
    folders = []
    for entry in entries:
        try:
            if entry.is_dir():
                folders.append(Path(entry.path))
            elif entry.is_file() and Path(entry.name).suffix.lower() in FOLDER_SUFFIXES:
                yield Path(entry.path)
        except OSError as exc:
            yield ReadFailure(entry.path, UNREADABLE, detail=exc.strerror or str(exc))
    for sub in folders:
        yield from _folder_files(sub)


def _read_file(path: Path, max_bytes: int = MAX_BYTES,
               max_chars: int | None = None) -> Iterator[Article | ReadFailure]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_lines(path, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadFailure(str(path), TOO_LARGE, detail=f"{size:,} bytes; the limit is {max_bytes:,}")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(str(path), UNREADABLE, detail=exc.strerror or str(exc))
        return
    content = decode(raw, str(path))
    if isinstance(content, ReadFailure):
        yield content
        return
    kind = _kind_of(suffix, content)
    # refused before the language check and the id hash read the whole text (a page's markup may be
    # many times its text: an HTML page or feed may be up to MARKUP_RATIO times longer)
    bound = None if max_chars is None else max_chars * (1 if kind == "text" else MARKUP_RATIO)
    if bound is not None and len(content) > bound:
        yield ReadFailure(str(path), TOO_LONG, detail=f"{len(content):,} characters, over the max_article_chars "
                                                      f"setting's {max_chars:,}" + ("" if kind == "text" else " (x20 for markup)"))
        return
    if kind == "feed":
        from .feeds import read_feed_content

        yield from read_feed_content(content, str(path))
    elif kind == "html":
        yield _article_from_html(content, str(path))
    else:
        yield make_article(content, str(path))


def _kind_of(suffix: str, content: str) -> str:
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = content.lstrip()[:500].lower()  # unknown suffix, named explicitly: look at the content
    if head.startswith("<?xml") and ("<rss" in head or "<feed" in head) or head.startswith(("<rss", "<feed")):
        return "feed"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def _read_feed(url: str) -> Iterator[Article | ReadFailure]:
    from .feeds import read_feed_url

    yield from read_feed_url(url)


def _article_from_html(html: str, name: str) -> Article | ReadFailure:
    import trafilatura

    page = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (page.text or "") if page is not None else ""
    if not text.strip():
        return ReadFailure(name, NO_TEXT, detail="no main text found in the HTML page")
    return make_article(text, name, title=page.title, published=page.date, url=page.url,
                        source=page.sitename)


def _with_default_date(items: Iterator[Article | ReadFailure], published: str | None):
    for item in items:
        yield with_date(item, published) if isinstance(item, Article) else item
