"""Reading articles: plain text, HTML pages, JSONL, RSS/Atom feeds and folders of them.

`read_articles(paths)` yields one `Article` per readable article and one `ReadFailure` per input
that cannot be read (empty, binary, not UTF-8, not English, a bad JSON line, a missing file). It
never raises for one bad input: the caller counts failures by `reason` and goes on.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..records import Article

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

# Failure reasons: fixed strings, so a caller can count skips per reason.
EMPTY = "empty"
BINARY = "binary"
NOT_UTF8 = "not UTF-8"
NOT_ENGLISH = "not English"
BAD_JSON = "bad JSON line"
NO_TEXT = "no article text found"
NOT_FOUND = "not found"
UNREADABLE = "cannot be read"

MIN_WORDS_FOR_LANGUAGE_CHECK = 20
MIN_ENGLISH_STOP_RATIO = 0.05  # English news runs at 0.3-0.5, short snippets down to 0.1
STOP_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
MIN_LATIN_LETTER_RATIO = 0.7
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
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


def read_articles(paths: list[str], published: str | None = None) -> Iterator[Article | ReadFailure]:
    """Articles from files, folders (recursively, sorted), JSONL files and feeds (files or URLs).

    `published` (YYYY-MM-DD) fills the publication date only where the input carries none.
    """
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            yield from _with_default_date(_read_feed(raw), published)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            for file in files:
                yield from _with_default_date(_read_file(file), published)
        elif path.is_file():
            yield from _with_default_date(_read_file(path), published)
        else:
            yield ReadFailure(str(path), NOT_FOUND, detail="no such file or folder")


def read_jsonl_lines(path: str | Path, published: str | None = None) -> Iterator[Article | ReadFailure]:
    """One Article or ReadFailure per non-blank line of a JSONL file, in order.

    Each line is `{"id", "text", "published", "title"?, "url"?, "source"?}` (../shared/CONTRACT.md).
    Blank lines are skipped; every other line yields exactly one item.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(str(path), UNREADABLE, detail=str(exc))
        return
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield ReadFailure(str(path), NOT_UTF8)
        return
    # Lines end at "\n" only: JSON text may hold U+0085 or U+2028 unescaped, where
    # str.splitlines() would cut a line in two.
    for number, line in enumerate(content.split("\n"), start=1):
        if line.strip():
            item = _article_from_json_line(line.rstrip("\r"), f"{path} line {number}")
            yield _with_date(item, published) if isinstance(item, Article) else item


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
    """Bytes as UTF-8 text, or the reason they are not text."""
    if not raw.strip():
        return ReadFailure(name, EMPTY)
    if b"\x00" in raw[:8192]:
        return ReadFailure(name, BINARY)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ReadFailure(name, NOT_UTF8)


def make_article(text: str, name: str, **fields) -> Article | ReadFailure:
    """An Article with its id settled (given, else a hash of the text), or why the text is unusable."""
    given_id = fields.pop("id", None)
    failure = check_text(text, name, given_id)
    if failure:
        return failure
    published = fields.pop("published", None)
    return Article(text=text, id=given_id or article_id(text), published=_iso_date(published),
                   path=name, **fields)


def _read_file(path: Path) -> Iterator[Article | ReadFailure]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_lines(path)
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(str(path), UNREADABLE, detail=str(exc))
        return
    content = decode(raw, str(path))
    if isinstance(content, ReadFailure):
        yield content
        return
    kind = _kind_of(suffix, content)
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


def _article_from_json_line(line: str, name: str) -> Article | ReadFailure:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(name, BAD_JSON, detail=exc.msg)
    if not isinstance(record, dict):
        return ReadFailure(name, BAD_JSON, detail="the line is not a JSON object")
    given_id = record.get("id")
    given_id = str(given_id) if given_id is not None else None
    text = record.get("text")
    if not isinstance(text, str):
        return ReadFailure(name, BAD_JSON, given_id, detail='no "text" string')
    return make_article(text, name, id=given_id, published=record.get("published"),
                        title=record.get("title"), url=record.get("url"), source=record.get("source"))


def _iso_date(value) -> str | None:
    """YYYY-MM-DD from an ISO date or datetime string; anything else becomes None."""
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        return value.strip()[:10]
    return None


def _with_date(article: Article, published: str | None) -> Article:
    if article.published is None and published:
        article.published = published
    return article


def _with_default_date(items: Iterator[Article | ReadFailure], published: str | None):
    for item in items:
        yield _with_date(item, published) if isinstance(item, Article) else item
