"""`communique deadlines`, `quotes` and `serve`: the deadline board, who said what, and the analyst's
desk (REST API and dashboard) over a store."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any

from ..store.database import DEFAULT_PATH
from .tables import clip, format_table


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "deadlines", help="List commitments and deadlines with their status (pending, met, broken, unclear).",
        description="Every commitment or deadline in the store (a ceasefire by a date, a withdrawal, talks, a "
                    "release, sanctions), with its status decided from later events between the same parties "
                    "and places, the events that decided it, and a confidence.")
    p.add_argument("--actor", help="part of the name or CAMEO code of who promised or who is bound")
    p.add_argument("--country", help="country code of who promised or who is bound, e.g. LBY")
    p.add_argument("--status", choices=("pending", "met", "broken", "unclear"), help="only this status")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="commitments made on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="commitments made on or before this date")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge deadlines on this day (default: the latest "
                                                         "publication date in the store)")
    _add_output(p)
    p.set_defaults(run=run_deadlines)

    p = subparsers.add_parser("quotes", help="List who said what, filtered by speaker and date.",
                              description="The stored quotes with their speakers, documents and dates.")
    p.add_argument("--actor", help="part of the speaker's name or CAMEO code")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="quotes published on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="quotes published on or before this date")
    p.add_argument("--limit", type=int, help="at most this many rows")
    _add_output(p)
    p.set_defaults(run=run_quotes)

    p = subparsers.add_parser(
        "serve", help="Serve the REST API and the dashboard over a store.",
        description="A web server over the store: the dashboard at /, the REST API under /api/ (OpenAPI at "
                    "/openapi.json). POST /api/articles needs the token in COMMUNIQUE_TOKEN. While it runs, "
                    "the server is the store's one writer.")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"database file (default {DEFAULT_PATH})")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.set_defaults(run=run_serve)


def _add_output(p) -> None:
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output format (default table)")
    p.add_argument("--db", default=DEFAULT_PATH, metavar="FILE", help=f"database file (default {DEFAULT_PATH})")


def run_deadlines(args) -> int:
    from ..followup.board import board_items, deadline_board
    from ..store.database import Store

    with Store(args.db, read_only=True) as store:
        items = board_items(deadline_board(store, actor=args.actor, country=args.country, status=args.status,
                                           since=args.since, until=args.until, as_of=args.as_of))
    _print(items, args.format, ("STATUS", "CONF", "KIND", "BY", "BOUND", "MADE", "DEADLINE", "DECIDED BY"),
           _deadline_row, _deadline_flat)
    return 0


def run_quotes(args) -> int:
    from ..store.database import Store
    from ..store.desk import quotes_page

    with Store(args.db, read_only=True) as store:
        items, _ = quotes_page(store, actor=args.actor, since=args.since, until=args.until, limit=args.limit)
    _print(items, args.format, ("PUBLISHED", "SPEAKER", "KIND", "QUOTE", "DOCUMENT"), _quote_row, _quote_flat)
    return 0


def run_serve(args) -> int:
    from ..api.server import serve

    serve(args.db, host=args.host, port=args.port)
    return 0


def _print(items: list[dict], fmt: str, headers: tuple[str, ...], table_row, flat) -> None:
    if fmt == "json":
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif fmt == "csv":
        flat_items = [flat(i) for i in items]
        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat_items[0]) if flat_items else ["id"])
        writer.writeheader()
        writer.writerows(flat_items)
    elif not items:
        print("No matching rows.", file=sys.stderr)
    else:
        print(format_table(headers, [table_row(i) for i in items]))


def _names(actors: list[dict]) -> str:
    return ", ".join(f"{a.get('name') or a.get('text')} ({a.get('code')})" for a in actors) or "-"


def _deadline_row(d: dict[str, Any]) -> list[str]:
    decided = "; ".join(f"{x['date']} {x['effect']}: {clip(x['evidence'], 50)}" for x in d["deciding"][:2])
    return [d["status"], f"{d['confidence_status']:.2f}", d["kind"], clip(_names(d["promised_by"]), 28),
            clip(_names(d["bound"]), 24), d["date"], (d["deadline"] or {}).get("value") or "-",
            decided or d["reason"]]


def _deadline_flat(d: dict[str, Any]) -> dict[str, Any]:
    return {"id": d["id"], "status": d["status"], "confidence": d["confidence_status"], "kind": d["kind"],
            "promised_by": ";".join(str(a.get("code")) for a in d["promised_by"]),
            "bound": ";".join(str(a.get("code")) for a in d["bound"]), "date": d["date"],
            "deadline": (d["deadline"] or {}).get("value"), "reason": d["reason"],
            "deciding": ";".join(x["event_id"] for x in d["deciding"]), "evidence": d["evidence"]}


def _quote_row(q: dict[str, Any]) -> list[str]:
    return [q.get("published") or "-", clip(_names([q["speaker"]]) if q.get("speaker") else "-", 30), q["kind"],
            clip(q["text"], 70), q["document_id"]]


def _quote_flat(q: dict[str, Any]) -> dict[str, Any]:
    speaker = q.get("speaker") or {}
    return {"document_id": q["document_id"], "published": q.get("published"), "speaker": speaker.get("name"),
            "speaker_code": speaker.get("code"), "kind": q["kind"], "cue": q.get("cue"), "text": q["text"],
            "start": q["start"], "end": q["end"]}
