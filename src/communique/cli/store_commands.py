"""`communique ingest`, `events`, `stories` and `export`: fill the DuckDB store and read it back."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from ..errors import BadInput
from ..records import Document
from ..store.database import DEFAULT_PATH
from ..store.filters import modalities
from .coding_options import add_coding_options
from .skips import check_date, check_paths, report_skip, report_warnings
from .tables import clip, format_table

EVIDENCE_WIDTH = 60


def add_commands(subparsers) -> None:
    _add_ingest(subparsers)
    for name, what in (("events", "event mentions"), ("stories", "stories (events merged across articles)")):
        p = subparsers.add_parser(name, help=f"List stored {what}, filtered.",
                                  description=f"List the {what} in the store, as a table, JSON or CSV.")
        _add_filters(p)
        p.set_defaults(run=run_events if name == "events" else run_stories)
    p = subparsers.add_parser("export", help="Export the store as GDELT, PLOVER, CSV, Parquet or JSONL.",
                              description="Export the stored event mentions (or stories) in a standard format, "
                                          "filtered as for `communique events`.")
    p.add_argument("--format", required=True, choices=("gdelt", "gdelt-mentions", "plover", "csv", "parquet", "jsonl"),
                   help="gdelt: GDELT 2.0 Event table (one row per event, 61 tab-separated columns); "
                        "gdelt-mentions: its Mentions table (one row per mention); plover: PLOVER 2.0 JSONL; "
                        "csv/parquet: flat tables; jsonl: one event object per line")
    p.add_argument("--out", metavar="FILE", help="file to write (default: standard output; Parquet needs a file)")
    p.add_argument("--table", choices=("events", "stories"), default="events",
                   help="for csv and parquet: export event mentions (default) or stories")
    _add_filters(p, export=True)
    p.set_defaults(run=run_export)


def _add_ingest(subparsers) -> None:
    p = subparsers.add_parser(
        "ingest", help="Code articles and store them in a DuckDB file (re-running adds only new articles).",
        description="Read articles (text, HTML, JSONL, RSS/Atom files or URLs, folders), code their events "
                    "and store them. Articles already stored (same id, URL or text) are skipped before coding.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, JSONL files, feed files or feed URLs")
    p.add_argument("--from-parquet", metavar="OUTPUT",
                   help="load the output folder of `communique spark` instead of coding articles")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"database file (default {DEFAULT_PATH})")
    p.add_argument("--date", help="publication date YYYY-MM-DD for articles that carry none")
    add_coding_options(p)
    p.set_defaults(run=run_ingest)


def _add_filters(p, export: bool = False) -> None:
    p.add_argument("--actor", help="part of an actor's name or CAMEO code (either side)")
    p.add_argument("--country", help="country code of either side, e.g. TUR")
    p.add_argument("--dyad", metavar="SRC,TGT", help="source and target country (or actor) codes, e.g. TUR,LBY")
    p.add_argument("--root", help="CAMEO root code, e.g. 02 (appeal) or 19 (fight)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this date")
    p.add_argument("--story", metavar="ID", help="only this story")
    p.add_argument("--modality", metavar="NAME[,NAME]",
                   help="only events of these modalities (asserted, negated, future, hypothetical, historical), "
                        "or all; exports to gdelt and plover default to asserted,historical, the rest to all")
    if not export:
        p.add_argument("--limit", type=int, help="at most this many rows (0 gives none)")
        p.add_argument("--format", choices=("table", "json", "csv"), default="table",
                       help="output format (default table)")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"database file (default {DEFAULT_PATH})")


# ---- ingest ------------------------------------------------------------------------------------

def run_ingest(args) -> int:
    from collections import deque

    from ..ingest.reading import ReadFailure, read_articles
    from ..pipeline import extract_articles
    from ..settings import Settings
    from ..store.add_counts import AddCounts
    from ..store.database import Store

    if args.from_parquet or not args.paths:
        from .spark_command import run_from_parquet

        return run_from_parquet(args)
    check_date(args.date, "--date")
    check_paths(args.paths)
    settings = Settings.build(file=Path(args.config) if args.config else None,
                              actors_file=args.actors, gazetteer_file=args.gazetteer, verbs_file=args.verbs,
                              profile=args.profile, model=args.model)
    counts, read = AddCounts(report=report_skip), Counter()
    names: deque[str] = deque()  # the name of each article handed to the coder, in order

    def articles():
        for item in read_articles(args.paths, published=args.date, max_chars=settings.max_article_chars):
            if isinstance(item, ReadFailure):
                counts.skip(item.name, item.reason, item.detail)
                read["failed"] += 1
            else:
                read["read"] += 1
                report_warnings(item.path or str(item.id), item.warnings)
                yield item

    def named(new_articles):
        for article in new_articles:
            names.append(article.path or str(article.id))
            yield article

    def coded(documents):
        for document in documents:
            name = names.popleft()
            if document.error:  # named here, where the article's file or line is known
                reason, _, detail = document.error.partition(": ")
                counts.skip(name, reason if detail else "extraction failed", detail or reason)
                continue
            yield document

    with Store(args.db) as store, _Progress(sys.stderr) as progress:
        index = _story_index(store)
        documents = coded(progress.counted(extract_articles(named(store.new_articles(articles(), counts)),
                                                            settings)))
        store.add_documents(documents, index, counts, batch_size=settings.commit_size)
    print(_summary(read["read"], counts, args.db))
    processed = counts.stored + counts.duplicates
    return 1 if processed == 0 and sum(counts.skipped.values()) else 0


def _story_index(store):
    """The story index over what is stored, or None until `resolve.stories` exists."""
    try:
        return store.story_index()
    except ImportError:
        return None


def _summary(read: int, counts, db: str) -> str:
    lines = [f"read {read} articles; stored {counts.stored} ({counts.events} event mentions) in {db}; "
             f"{counts.duplicates} already stored"]
    for reason, n in sorted(counts.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"skipped {n}: {reason}")
    return "\n".join(lines)


class _Progress:
    """A one-line progress count with articles/s on a terminal; silent in pipes and files."""

    def __init__(self, stream: TextIO, every: float = 0.25):
        self.stream, self.every = stream, every
        self.active = stream.isatty()
        self.count, self.start, self.last = 0, time.monotonic(), 0.0

    def __enter__(self) -> "_Progress":
        return self

    def counted(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents, each counted as it is coded (they are stored a transaction at a time)."""
        for document in documents:
            self.tick()
            yield document

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.active and now - self.last >= self.every:
            self.last = now
            rate = self.count / max(now - self.start, 1e-9)
            self.stream.write(f"\r{self.count} articles coded, {rate:.1f} articles/s ")
            self.stream.flush()

    def __exit__(self, *exc_info) -> None:
        if self.active and self.count:
            self.stream.write("\n")


# ---- events and stories ------------------------------------------------------------------------

def _filters(args) -> dict[str, Any]:
    dyad = None
    if args.dyad:
        parts = [p.strip() for p in args.dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise BadInput(f"--dyad {args.dyad!r} needs two codes separated by a comma, e.g. TUR,LBY.")
        dyad = (parts[0], parts[1])
    for name in ("since", "until"):
        check_date(getattr(args, name), f"--{name}")
    limit = getattr(args, "limit", None)
    if limit is not None and limit < 0:
        raise BadInput(f"--limit {limit} is not a number of rows; give 0 or more (0 prints no rows).")
    if args.modality is not None:
        modalities(args.modality)  # an unknown name is refused before the database is opened
    return dict(actor=args.actor, country=args.country, dyad=dyad, root=args.root, since=args.since,
                until=args.until, story=args.story, modality=args.modality, limit=limit)


def run_events(args) -> int:
    return _list(args, "events", _event_table_row,
                 ("WHO", "WHAT", "WHOM", "WHEN", "MODALITY", "WHERE", "EVIDENCE"))


def run_stories(args) -> int:
    return _list(args, "stories", _story_table_row,
                 ("STORY", "WHO", "WHAT", "WHOM", "WHEN", "MODALITY", "WHERE", "MENTIONS", "DOCS"))


def _list(args, table: str, table_row, headers: tuple[str, ...]) -> int:
    """Print the filtered events or stories: CSV in the export's one schema, else JSON or a table."""
    from ..store.database import Store
    from ..store.export import write_csv

    filters = _filters(args)
    with Store(args.db, read_only=True) as store:
        if args.format == "csv":
            limit = filters.pop("limit")
            write_csv(store, sys.stdout, table, filters, order="date", limit=limit)
            return 0
        if table == "events":
            items = store.events(**filters)
        else:  # each story with the modalities of its mentions, as the table and the JSON show them
            items = store.stories(**filters)
            modalities = store.story_modalities([s["id"] for s in items]) if items else {}
            items = [{**s, "modalities": modalities.get(s["id"], [])} for s in items]
    _print(items, args.format, table_row, headers)
    return 0


def _print(items: list[dict], fmt: str, table_row, headers: tuple[str, ...]) -> None:
    if fmt == "json":
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif not items:
        print("No matching rows.", file=sys.stderr)
    else:
        print(format_table(headers, [table_row(i) for i in items]))


def _who(actors: list[dict]) -> str:
    if not actors:
        return "-"
    return clip(" + ".join(f"{a.get('name') or a.get('text')} ({a.get('code')})" for a in actors), 34)


def _what(cameo: dict | None) -> str:
    cameo = cameo or {}
    return clip(f"{cameo.get('code', '')} {cameo.get('name') or ''}".strip(), 38)


def _where(location: dict | None) -> str:
    return clip(location.get("name") or location.get("text") or "-", 20) if location else "-"


def _when(date: dict | None) -> str:
    return (date or {}).get("value") or "-"


def _event_table_row(e: dict) -> list[str]:
    return [_who(e["source"]), _what(e["cameo"]), _who(e["target"]), _when(e["date"]),
            e.get("modality") or "asserted", _where(e["location"]), clip(e["evidence"] or "", EVIDENCE_WIDTH)]


def _story_table_row(s: dict) -> list[str]:
    return [s["id"][:12], _who(s["source"]), _what(s["cameo"]), _who(s["target"]), _when(s["date"]),
            "+".join(s.get("modalities") or ["-"]), _where(s["location"]), str(s["mentions"]),
            str(s["documents"])]


# ---- export --------------------------------------------------------------------------------------

def run_export(args) -> int:
    from ..store.database import Store
    from ..store.export import export

    filters = _filters(args)
    filters.pop("limit")
    with Store(args.db, read_only=True) as store:
        if args.format == "parquet" or not args.out:
            export(store, args.format, out=sys.stdout, path=Path(args.out) if args.out else None,
                   table=args.table, filters=filters)
        else:
            out_path = Path(args.out)
            if not out_path.parent.is_dir():
                raise BadInput(f"Cannot write {out_path}: the folder {out_path.parent} does not exist.")
            with out_path.open("w", encoding="utf-8", newline="") as out:
                export(store, args.format, out=out, table=args.table, filters=filters)
    return 0
