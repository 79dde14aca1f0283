"""`communique extract`: code articles and print their events (the contract in ../shared/CONTRACT.md)."""
from __future__ import annotations

import json
import sys
from collections import deque
from pathlib import Path

from ..errors import BadInput
from ..records import Article, Document
from .coding_options import add_coding_options
from .skips import check_date, check_paths, explain, report_skip, report_warnings
from .tables import clip, format_table


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "extract", help="Code articles into events (prints a table, or the contract's JSON with --json).",
        description="Code news articles (plain text or HTML files, or a JSONL batch) into political events.")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="article files (plain text or HTML), folders, JSONL files or feeds")
    p.add_argument("--date", help="publication date YYYY-MM-DD where a file carries none; anchors 'Wednesday', 'tomorrow'")
    p.add_argument("--json", action="store_true", help="print {documents, stories} as JSON")
    p.add_argument("--jsonl", metavar="IN.jsonl", help="a batch: one article object per line")
    p.add_argument("--out", metavar="OUT.jsonl", help="with --jsonl: write one document per line here (default stdout)")
    add_coding_options(p)
    p.set_defaults(run=run_extract)


def _settings(args):
    from ..settings import Settings

    return Settings.build(file=Path(args.config) if args.config else None,
                          actors_file=args.actors, gazetteer_file=args.gazetteer, verbs_file=args.verbs,
                          profile=args.profile, model=args.model)


def run_extract(args) -> int:
    from ..pipeline import extract_articles

    check_date(args.date, "--date")
    settings = _settings(args)
    if args.jsonl:
        return _run_jsonl(args, settings)
    if not args.files:
        raise BadInput("No input given; name one or more article files, or a batch with --jsonl FILE.")
    check_paths(args.files)
    articles = _read_files(args.files, args.date, settings.max_article_chars)
    documents = []
    for article, doc in zip(articles, extract_articles(articles, settings)):
        if doc.error:
            reason, _, detail = doc.error.partition(": ")
            report_skip(article.path or doc.id, reason if detail else "extraction failed", detail or reason)
        documents.append(doc)
    ok = [d for d in documents if not d.error]
    if not ok:
        print("communique: nothing could be processed; check the files are English news text.", file=sys.stderr)
        return 1
    stories = _stories(documents)
    if args.json:
        json.dump({"documents": [d.to_dict() for d in documents], "stories": [s.to_dict() for s in stories]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(format_events(ok))
    return 0


def _read_files(paths: list[str], date: str | None, max_chars: int | None = None) -> list[Article]:
    """The articles in the files, each failure named on standard error as it is met."""
    from ..ingest.reading import ReadFailure, read_articles

    articles = []
    for item in read_articles(paths, published=date, max_chars=max_chars):
        if isinstance(item, ReadFailure):
            report_skip(item.name, item.reason, item.detail)
        else:
            report_warnings(item.path or str(item.id), item.warnings)
            articles.append(item)
    return articles


def _run_jsonl(args, settings) -> int:
    """One output line per input line, in order, whatever each line holds."""
    from ..ingest.reading import ReadFailure, read_jsonl_lines
    from ..jsonl import dumps_line
    from ..pipeline import extract_articles

    path = Path(args.jsonl)
    if not path.is_file():
        raise BadInput(f"{path} does not exist; give the path of a JSONL file with one article per line.")
    if args.out and not Path(args.out).resolve().parent.is_dir():
        raise BadInput(f"Cannot write {args.out}: its folder does not exist.")
    pending: deque = deque()  # the items read and handed to the coder, not yet written: a stream, not a list

    def articles():
        for item in read_jsonl_lines(path, published=args.date, max_chars=settings.max_article_chars):
            pending.append(item)
            yield Article(text="", id=item.id or item.name) if isinstance(item, ReadFailure) else item

    out = open(args.out, "w", encoding="utf-8", newline="\n") if args.out else sys.stdout
    processed = lines = 0
    try:
        for doc in extract_articles(articles(), settings):
            item = pending.popleft()
            lines += 1
            if isinstance(item, ReadFailure):
                doc.error = f"{item.name}: {explain(item.reason)}" + (f" ({item.detail})" if item.detail else "")
                report_skip(item.name, item.reason, item.detail)
            else:
                report_warnings(item.path or doc.id, item.warnings)
                if doc.error:
                    report_skip(item.path or doc.id, doc.error.partition(": ")[0], doc.error.partition(": ")[2])
            processed += not doc.error
            record = doc.to_dict()
            if not isinstance(item, ReadFailure) and item.warnings:
                record["warnings"] = list(item.warnings)
            out.write(dumps_line(record) + "\n")
    finally:
        if args.out:
            out.close()
    if processed == 0 and lines:
        print(f"communique: no line of {path} could be processed; see the 'error' field of each.", file=sys.stderr)
        return 1
    return 0


def _stories(documents: list[Document]):
    from ..resolve.stories import build_stories

    return build_stories([d for d in documents if not d.error])


def format_events(documents: list[Document]) -> str:
    """A readable table: who, what, whom, when, evidence."""
    rows = [[_names(e.source), f"{e.cameo['code']} {e.cameo['name']}"[:40], _names(e.target) or "-",
             (e.date.get("value") or "?") + ("" if e.modality == "asserted" else f" ({e.modality})"),
             e.location.name if e.location else "-", clip(e.evidence, 70)]
            for doc in documents for e in doc.events]
    if not rows:
        return "No events found."
    return format_table(("WHO", "WHAT", "WHOM", "WHEN", "WHERE", "EVIDENCE"), rows)


def _names(refs) -> str:
    return ", ".join(f"{r.name} ({r.code})" for r in refs)

