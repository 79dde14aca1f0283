"""`communique extract`: code articles and print their events (the contract in ../shared/CONTRACT.md)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..coder.profiles import PROFILES
from ..errors import BadInput
from ..records import Article, Document
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
    p.add_argument("--actors", metavar="FILE", help="your actor additions and overrides (TSV, see README)")
    p.add_argument("--gazetteer", metavar="FILE", help="your places (TSV, see README)")
    p.add_argument("--verbs", metavar="FILE", help="your verbs and patterns, in PETRARCH-2 syntax (see README)")
    p.add_argument("--profile", choices=sorted(PROFILES),
                   help="coding conventions: communique (default) or petrarch2 (PETRARCH-2's, see README)")
    p.add_argument("--config", metavar="FILE", help="settings file (key = value)")
    p.set_defaults(run=run_extract)


def _settings(args):
    from ..settings import Settings

    return Settings.build(file=Path(args.config) if args.config else None,
                          actors_file=args.actors, gazetteer_file=args.gazetteer, verbs_file=args.verbs,
                          profile=args.profile)


def run_extract(args) -> int:
    from ..pipeline import extract_articles

    settings = _settings(args)
    if args.jsonl:
        return _run_jsonl(args, settings)
    if not args.files:
        raise BadInput("No input given; name one or more article files, or a batch with --jsonl FILE.")
    articles, failures = _read_files(args.files, args.date)
    for name, reason in failures:
        print(f"communique: skipped {name}: {explain(reason)}", file=sys.stderr)
    documents = list(extract_articles(articles, settings))
    for doc in documents:
        if doc.error:
            print(f"communique: skipped {doc.id}: {doc.error}", file=sys.stderr)
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
        print(format_events(documents))
    return 0


def explain(reason: str) -> str:
    """A read failure's fixed reason, said as what is wrong and what to do."""
    from ..ingest import reading

    return {
        reading.EMPTY: "the file is empty",
        reading.BINARY: "it is a binary file, not text",
        reading.NOT_UTF8: "it is not UTF-8 text; convert it to UTF-8 first",
        reading.NOT_ENGLISH: "it does not read as English; communique codes English news",
        reading.BAD_JSON: "the line is not a JSON object; see the --jsonl format in the README",
        reading.NO_TEXT: "no article text was found in it",
        reading.NOT_FOUND: "there is no such file or folder; check the path",
        reading.UNREADABLE: "it cannot be read; check its permissions",
    }.get(reason, reason)


def _read_files(paths: list[str], date: str | None) -> tuple[list[Article], list[tuple[str, str]]]:
    from ..ingest.reading import ReadFailure, read_articles

    articles, failures = [], []
    for item in read_articles(paths, published=date):
        if isinstance(item, ReadFailure):
            failures.append((item.name, item.reason))
        else:
            articles.append(item)
    return articles, failures


def _run_jsonl(args, settings) -> int:
    from ..ingest.reading import ReadFailure, read_jsonl_lines
    from ..pipeline import extract_articles

    path = Path(args.jsonl)
    if not path.is_file():
        raise BadInput(f"{path} does not exist; give the path of a JSONL file with one article per line.")
    items = list(read_jsonl_lines(path))
    articles = [Article(text="", id=i.id or i.name) if isinstance(i, ReadFailure) else i for i in items]
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    processed = 0
    try:
        for item, doc in zip(items, extract_articles(articles, settings)):
            if isinstance(item, ReadFailure):
                doc.error = f"{item.name}: {explain(item.reason)}"
            processed += not doc.error
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    if processed == 0 and items:
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

