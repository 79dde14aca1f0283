"""Reading articles: plain text, HTML pages, JSONL, RSS/Atom feeds and folders of them.

`read_articles(paths)` yields one `Article` per readable article and one `ReadFailure` per input
that cannot be read (empty, binary, of no known encoding, not English, too large, a bad JSON line, a
missing file, an unreadable folder). It never raises for one bad input: the caller counts failures by
`reason` and goes on. Files are read within a memory bound: a file larger than `max_bytes` is refused
before it is read, and a JSONL line longer than that is skipped without being held whole. (How long an
article may be is the pipeline's to decide: `Settings.max_article_chars`.) JSONL is split on "\n" only, so U+2028,
U+0085 or a form feed inside a JSON string stay inside their record.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..records import Article
from .decoding import BINARY, EMPTY, NOT_UTF8, bom_encoding, decode_bytes
from .fields import parse_published, string_fields

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

# Failure reasons: fixed strings, so a caller can count skips per reason (EMPTY, BINARY and NOT_UTF8,
# "no known text encoding", come from decoding.py).
NOT_ENGLISH = "not English"
BAD_JSON = "bad JSON line"
NO_TEXT = "no article text found"
NOT_FOUND = "not found"
UNREADABLE = "cannot be read"
UNREADABLE_FOLDER = "folder cannot be read"
TOO_LARGE = "too large"
TOO_LONG = "too long"  # the same reason as the pipeline's SKIP_TOO_LONG
BAD_FIELD = "bad field"

# The largest file (or JSONL line) read, in bytes: larger ones are refused unread, to keep memory in hand.
MAX_BYTES = 64 * 1024 * 1024
MARKUP_RATIO = 20

MIN_WORDS_FOR_LANGUAGE_CHECK = 20
MIN_ENGLISH_STOP_RATIO = 0.05  # English news runs at 0.3-0.5, short snippets down to 0.1
STOP_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
MIN_LATIN_LETTER_RATIO = 0.7
_ASCII_LETTER_RUNS = re.compile(r"[A-Za-z]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read as an article, and why."""
    name: str  # file, "file line N", or URL
    reason: str  # one of the fixed reasons above
    id: str | None = None  # the article id where the input gave one (JSONL lines)
    detail: str | None = None


def article_id(text: str) -> str:
    """A stable id for a text: a hash of the text lowercased with whitespace collapsed.

    `pipeline.document_id` uses it for an article given without an id.
    """
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def normalise_text(text: str) -> str:
    return " ".join(text.lower().split())


def text_hash(text: str) -> str:
    """The full hash used to recognise the same text again (duplicates)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def read_articles(paths: list[str], published: str | None = None, max_bytes: int = MAX_BYTES,
                  max_chars: int | None = None) -> Iterator[Article | ReadFailure]:
    """Articles from files, folders (recursively, sorted), JSONL files and feeds (files or URLs).

    `published` (YYYY-MM-DD) fills the publication date only where the input carries none. An article
    longer than `max_chars` (the `max_article_chars` setting, where given) is a ReadFailure (TOO_LONG), so
    that it is dropped before anything else reads its whole text.
    """
    yield from _bounded(_read_paths(paths, published, max_bytes, max_chars), max_chars)


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


def read_jsonl_lines(path: str | Path, published: str | None = None, max_bytes: int = MAX_BYTES,
                     max_chars: int | None = None) -> Iterator[Article | ReadFailure]:
    """One Article or ReadFailure per line of a JSONL file, in order (../shared/CONTRACT.md).

    Each line is `{"id", "text", "published", "title"?, "url"?, "source"?}`. Lines are split on "\\n"
    only. A blank line yields a ReadFailure (EMPTY), so that every line gives exactly one item; the
    newline that ends the file does not start a line.
    """
    yield from _bounded(_read_jsonl(Path(path), published, max_bytes), max_chars)


def _read_jsonl(path: Path, published: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    for number, line in enumerate(_jsonl_lines(path, max_bytes), start=1):
        name = f"{path} line {number}"
        if isinstance(line, ReadFailure):
            yield line if line.name else ReadFailure(name, line.reason, detail=line.detail)
        elif not line.strip():
            yield ReadFailure(name, EMPTY, detail="a blank line")
        else:
            item = _article_from_json_line(line, name)
            yield _with_date(item, published) if isinstance(item, Article) else item


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


def check_text(text: str, name: str, given_id: str | None = None) -> ReadFailure | None:
    """The reason a decoded text cannot be used as an English article, or None where it can."""
    if not text.strip():
        return ReadFailure(name, EMPTY, given_id)
    if "\x00" in text[:8192]:
        return ReadFailure(name, BINARY, given_id)
    if not looks_english(text):
        return ReadFailure(name, NOT_ENGLISH, given_id)
    return None


def looks_english(text: str) -> bool:
    """A cheap check: mostly Latin letters, and more English function words than those of any of
    six other European languages (spaCy's stop-word lists; no model is loaded)."""
    sample = text[:20000]
    # The only ASCII letters are A-Z and a-z, counted a run at a time; other letters one by one
    latin = sum(map(len, _ASCII_LETTER_RUNS.findall(sample)))
    letters = latin + sum(1 for c in _NOT_ASCII.findall(sample) if c.isalpha())
    if not letters:
        return False
    if latin / letters < MIN_LATIN_LETTER_RATIO:
        return False
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return True  # too short to judge: headlines, one-line snippets
    word_counts = Counter(words)  # each distinct word looked up once per language
    ratios = {language: sum(word_counts[w] for w in stop_words.intersection(word_counts)) / len(words)
              for language, stop_words in _stop_words().items()}
    english = ratios.pop("en")
    return english >= MIN_ENGLISH_STOP_RATIO and english >= max(ratios.values())


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    """spaCy's stop-word lists, loaded from their own files: importing `spacy.lang.de` and the rest
    would build each language's tokenizer rules and cost seconds."""
    import importlib.util

    lang_dir = Path(importlib.util.find_spec("spacy.lang").submodule_search_locations[0])
    lists = {}
    for language in STOP_WORD_LANGUAGES:
        spec = importlib.util.spec_from_file_location(f"_stop_words_{language}",
                                                      lang_dir / language / "stop_words.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        lists[language] = frozenset(module.STOP_WORDS)
    return lists


def decode(raw: bytes, name: str) -> str | ReadFailure:
    """Bytes as text (UTF-8, UTF-16/32 with a BOM, or a single-byte code page), or why they are not."""
    decoded = decode_bytes(raw)
    return ReadFailure(name, decoded) if isinstance(decoded, str) else decoded.text


def make_article(text: str, name: str, **fields) -> Article | ReadFailure:
    """An Article with its id settled (given, else a hash of the text), or why the text is unusable.

    `published` may be in any common form; one that is not a date within 1800-2200 leaves the article
    undated, with a warning in `Article.warnings`."""
    given_id = fields.pop("id", None)
    warnings = list(fields.pop("warnings", ()))
    failure = check_text(text, name, given_id)
    if failure:
        return failure
    published, warning = parse_published(fields.pop("published", None))
    if warning:
        warnings.append(warning)
    return Article(text=text, id=given_id or article_id(text), published=published,
                   path=name, warnings=warnings, **fields)


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


def _bounded(items: Iterator[Article | ReadFailure], max_chars: int | None) -> Iterator[Article | ReadFailure]:
    for item in items:
        if max_chars is not None and isinstance(item, Article) and len(item.text) > max_chars:
            yield ReadFailure(item.path or str(item.id), TOO_LONG, item.id,
                              detail=f"{len(item.text):,} characters, over the max_article_chars setting's "
                                     f"{max_chars:,}")
        else:
            yield item


def _with_date(article: Article, published: str | None) -> Article:
    if article.published is None and published:
        article.published = published
    return article


def _with_default_date(items: Iterator[Article | ReadFailure], published: str | None):
    for item in items:
        yield _with_date(item, published) if isinstance(item, Article) else item
