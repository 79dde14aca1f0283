"""The wire census (tests/fixtures/wire_census.tsv): the main event's class on written wire-style sentences.

Codes every sentence of the census with the whole pipeline (the default settings unless `--profile`; the
classifier off, as the setting's default) and scores the class of each sentence's most confident event as
`communique eval` scores its `main_class` (evaluate/main_class.py: a sentence with no event is wrong). Each
wrong sentence is put down to one general cause:

- no event, split by what the coder's trace (`Document.dropped`) says lost it: *statement dropped* (a
  statement, CAMEO 01, dropped for want of a target), *target missing* (another code dropped for want of a
  target), *actor not found* (dropped for want of a source, or neither side names an actor), *other drop*
  (any other reason the trace gives), *verb silent* (the trace holds nothing: no verb or noun was coded);
- *ordering*: an event of the gold class was coded, but another was more confident;
- *class*: no event of the gold class was coded.

The census's hold-out third (`held_out`) is reported apart: it was fixed before any mechanism was written.

    PYTHONPATH=src python tools/wire_census.py [--profile petrarch2] [--losses] [--json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
CENSUS = ROOT / "tests" / "fixtures" / "wire_census.tsv"
STATEMENT_DROPPED, TARGET_MISSING, ACTOR_NOT_FOUND = "no event: statement dropped", "no event: target missing", \
    "no event: actor not found"
OTHER_DROP, VERB_SILENT = "no event: other drop", "no event: verb silent"
ORDERING, CLASS = "ordering", "class"
CAUSES = (STATEMENT_DROPPED, TARGET_MISSING, ACTOR_NOT_FOUND, OTHER_DROP, VERB_SILENT, ORDERING, CLASS)
NO_SOURCE = ("drop: no source", "drop: neither side names an actor", "drop: a passive with no subject")


def census_rows(path: Path = CENSUS) -> list[tuple[str, str, str, str]]:
    """(class, CAMEO code, sentence, phenomenon) for each row of the census, its header row left out."""
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == ["class", "code", "sentence", "phenomenon"], lines[0]
    return [tuple(line) for line in lines[1:]]


def held_out(sentence: str) -> bool:
    """Whether a sentence is in the census's hold-out third: its SHA-1, read as a number, is 0 modulo 3."""
    return int(hashlib.sha1(sentence.encode("utf-8")).hexdigest(), 16) % 3 == 0


def coded(rows: Sequence[tuple[str, ...]], profile: str | None = None, published: str = "2018-03-01") -> list:
    """The Document each row's sentence is coded to by the pipeline (default settings, or `profile`)."""
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    settings = Settings.build(profile=profile) if profile else None
    return list(extract_articles([Article(text=row[2], published=published) for row in rows], settings))


def predicted(document) -> str:
    """The class of a document's main event (evaluate/main_class.py), NO_EVENT where it has none."""
    from communique.evaluate.main_class import NO_EVENT, event_class, main_event

    chosen = main_event(document.events)
    return event_class(chosen) if chosen else NO_EVENT


def cause(gold: str, document) -> str | None:
    """Why a sentence's main event is not of class `gold` (module docstring); None where it is."""
    from communique.evaluate.main_class import NO_EVENT, event_class

    got = predicted(document)
    if got == gold:
        return None
    if got != NO_EVENT:
        return ORDERING if any(event_class(e) == gold for e in document.events) else CLASS
    reasons = [(code, steps[-1] if steps else "") for _, _, code, steps in document.dropped]
    if any(code[:2] == "01" and reason == "drop: no target" for code, reason in reasons):
        return STATEMENT_DROPPED
    if any(reason == "drop: no target" for _, reason in reasons):
        return TARGET_MISSING
    if any(reason in NO_SOURCE for _, reason in reasons):
        return ACTOR_NOT_FOUND
    return OTHER_DROP if reasons else VERB_SILENT


def figures(rows: Sequence[tuple[str, ...]], documents: Sequence) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold's classes, the no-event share and the losses by cause."""
    from communique.evaluate.main_class import NO_EVENT, classes
    from communique.evaluate.scoring import accuracy, macro_f1

    gold = [row[0] for row in rows]
    got = [predicted(d) for d in documents]
    causes = [cause(g, d) for g, d in zip(gold, documents)]
    return {"sentences": len(rows), "accuracy": round(accuracy(gold, got), 3),
            "macro_f1": round(macro_f1(gold, got, [c for c in classes() if c in gold]), 3),
            "no_event": round(got.count(NO_EVENT) / len(rows), 3) if rows else 0.0,
            "lost": {c: causes.count(c) for c in CAUSES}}


def report(profile: str | None = None) -> dict[str, Any]:
    """The census's figures: all of it, the part mechanisms were written on, and the hold-out third."""
    rows = census_rows()
    documents = coded(rows, profile)
    parts = {"all": [True] * len(rows), "written on": [not held_out(r[2]) for r in rows],
             "held out": [held_out(r[2]) for r in rows]}
    out = {name: figures([r for r, k in zip(rows, keep) if k], [d for d, k in zip(documents, keep) if k])
           for name, keep in parts.items()}
    out["losses"] = [{"sentence": r[2], "gold": r[0], "code": r[1], "got": predicted(d), "cause": cause(r[0], d),
                      "held_out": held_out(r[2]),
                      "events": [f"{e.cameo.get('code')} {e.confidence}" for e in d.events]}
                     for r, d in zip(rows, documents) if cause(r[0], d)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", default=None)
    parser.add_argument("--losses", action="store_true", help="list every wrong sentence with its cause")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    out = report(args.profile)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for name in ("all", "written on", "held out"):
        f = out[name]
        print(f"{name:11} n={f['sentences']:3}  accuracy {f['accuracy']:.3f}  macro-F1 {f['macro_f1']:.3f}  "
              f"no event {f['no_event']:.1%}  lost: " + ", ".join(f"{c} {n}" for c, n in f["lost"].items() if n))
    if args.losses:
        for loss in out["losses"]:
            print(f"{loss['cause']:28} {loss['gold']:21} got {loss['got']:21} {'H' if loss['held_out'] else ' '} "
                  f"{loss['sentence']}  [{'; '.join(loss['events'])}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
