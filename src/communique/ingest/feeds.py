"""RSS and Atom feeds: one article per item, from the item's content, else its summary.

A feed is a local file or an http(s) URL (fetched by feedparser). The item's date becomes the
article's publication date; its link the URL; the feed's title the source.
"""
from __future__ import annotations

import time
from typing import Iterator

from ..records import Article
from .reading import EMPTY, NO_TEXT, UNREADABLE, ReadFailure, make_article

NOT_A_FEED = "not a feed"


def read_feed_url(url: str) -> Iterator[Article | ReadFailure]:
    import feedparser

    try:
        feed = feedparser.parse(url)
    except Exception as exc:  # feedparser wraps network errors itself, but be safe with odd servers
        yield ReadFailure(url, UNREADABLE, detail=str(exc))
        return
    if feed.get("status", 200) >= 400 or (feed.bozo and not feed.entries):
        detail = str(feed.get("bozo_exception") or f"HTTP status {feed.get('status')}")
        yield ReadFailure(url, UNREADABLE, detail=detail)
        return
    yield from _articles_from_feed(feed, url)


def read_feed_content(content: str, name: str) -> Iterator[Article | ReadFailure]:
    import feedparser

    feed = feedparser.parse(content)
    yield from _articles_from_feed(feed, name)


def _articles_from_feed(feed, name: str) -> Iterator[Article | ReadFailure]:
    if not feed.entries:
        reason = NOT_A_FEED if feed.bozo or not feed.get("version") else EMPTY
        yield ReadFailure(name, reason, detail="no feed items")
        return
    source = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        item_name = f"{name} item {number}"
        text = _entry_text(entry)
        if not text:
            yield ReadFailure(item_name, NO_TEXT, detail="the item has neither content nor summary")
            continue
        yield make_article(text, item_name, title=entry.get("title"), published=_entry_date(entry),
                           url=entry.get("link"), source=source)


def _entry_text(entry) -> str:
    """The item's full content where it carries one, else its summary, as plain text."""
    for part in entry.get("content") or []:
        text = html_to_text(part.get("value", ""))
        if text:
            return text
    return html_to_text(entry.get("summary", ""))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per line."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml raises several types on odd markup; treat as plain text
        return fragment.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None
