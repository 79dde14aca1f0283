"""An article made from a decoded text: its id and the checks that it is a usable English article, or a
`ReadFailure` naming the input and why it is not (ingest/reading.py reads files, folders and feeds; ingest/jsonl.py
JSONL lines and records; both make their articles here). Also the failure reasons, the read bound and the bounds and
dates that both readers apply to what they yield.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..records import Article
from .decoding import BINARY, EMPTY, decode_bytes
from .fields import parse_published

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


def bounded(items: Iterator[Article | ReadFailure], max_chars: int | None) -> Iterator[Article | ReadFailure]:
    for item in items:
        if max_chars is not None and isinstance(item, Article) and len(item.text) > max_chars:
            yield ReadFailure(item.path or str(item.id), TOO_LONG, item.id,
                              detail=f"{len(item.text):,} characters, over the max_article_chars setting's "
                                     f"{max_chars:,}")
        else:
            yield item


def with_date(article: Article, published: str | None) -> Article:
    if article.published is None and published:
        article.published = published
    return article
