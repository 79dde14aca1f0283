"""The verb coverage sweep (tests/fixtures/verb_sweep39.tsv): how much of wire copy's vocabulary for each CAMEO act
the coder reads, measured on sentences written for it, 12-15 per root in different words, and controls with no event.

Each half of the sweep (A, written on; B, held out) is scored on its main event (evaluate/main_class.py's choice,
as the wire censuses score theirs): the silence rate (event rows with no event at all), the root accuracy (the
main event's CAMEO root is the gold root; a control is right where nothing is coded), the exact code, the
five-way class, and the share of controls that got an event. `--misses` lists half A's wrong rows only; half B's
rows are never listed (read them as figures), unless `--held-out` is given at the very end of the work.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
SWEEP = ROOT / "tests" / "fixtures" / "verb_sweep39.tsv"
HEADER = ["code", "source", "target", "sentence", "phenomenon", "half"]
NO_EVENT = "--"


def sweep_rows(path: Path = SWEEP) -> list[tuple[str, ...]]:
    """(code, source, target, sentence, phenomenon, half) for each row, the header row left out."""
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == HEADER, lines[0]
    return [tuple(line) for line in lines[1:]]


def coded(rows: Sequence[tuple[str, ...]], profile: str | None = None, classifier: str | None = None) -> list:
    """The Document each row's sentence is coded to, the settings built as `communique` builds them."""
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    settings = Settings.build(profile=profile, classifier=classifier)
    return list(extract_articles([Article(text=row[3], published="2019-06-01") for row in rows], settings))


def got_code(document) -> str:
    """The CAMEO code of the document's main event, NO_EVENT where it has none."""
    from communique.evaluate.main_class import main_event

    chosen = main_event(document.events)
    return str(chosen.cameo.get("code") or NO_EVENT) if chosen else NO_EVENT


def figures(rows: Sequence[tuple[str, ...]], codes: Sequence[str]) -> dict[str, Any]:
    """Silence, root, exact and class accuracy over a set of rows and the codes they got."""
    from communique.evaluate.main_class import class_of_cameo

    pairs = list(zip([r[0] for r in rows], codes))
    events = [(g, c) for g, c in pairs if g != NO_EVENT]
    controls = [(g, c) for g, c in pairs if g == NO_EVENT]

    def share(n: int, of: int) -> float:
        return round(n / of, 3) if of else 0.0

    def same_class(g: str, c: str) -> bool:
        return (g == c == NO_EVENT) or (g != NO_EVENT and c != NO_EVENT and class_of_cameo(g) == class_of_cameo(c))

    return {"rows": len(pairs), "events": len(events), "controls": len(controls),
            "silence": share(sum(c == NO_EVENT for _, c in events), len(events)),
            "root": share(sum(g[:2] == c[:2] for g, c in pairs), len(pairs)),
            "exact": share(sum(g == c for g, c in pairs), len(pairs)),
            "class": share(sum(same_class(g, c) for g, c in pairs), len(pairs)),
            "controls_coded": share(sum(c != NO_EVENT for _, c in controls), len(controls))}


def report(rows: Sequence[tuple[str, ...]], codes: Sequence[str]) -> dict[str, Any]:
    """The figures of each half and of both, and the root accuracy of each gold root in each half."""
    out: dict[str, Any] = {}
    for half in ("A", "B", "both"):
        keep = [i for i, r in enumerate(rows) if half == "both" or r[5] == half]
        out[half] = figures([rows[i] for i in keep], [codes[i] for i in keep])
        per_root: Counter = Counter()
        right: Counter = Counter()
        for i in keep:
            per_root[rows[i][0][:2]] += 1
            right[rows[i][0][:2]] += rows[i][0][:2] == codes[i][:2]
        out[half]["per_root"] = {root: f"{right[root]}/{n}" for root, n in sorted(per_root.items())}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", type=Path, default=SWEEP)
    parser.add_argument("--profile", default=None)
    parser.add_argument("--classifier", default=None, choices=("off", "events", "all"))
    parser.add_argument("--misses", action="store_true", help="list half A's wrong rows (code got, gold, sentence)")
    parser.add_argument("--held-out", action="store_true", help="with --misses, list half B's too (at the end only)")
    args = parser.parse_args(argv)
    if not args.sweep.is_file():
        print(f"Sweep file {args.sweep} does not exist.", file=sys.stderr)
        return 2
    rows = sweep_rows(args.sweep)
    codes = [got_code(d) for d in coded(rows, args.profile, args.classifier)]
    for half, f in report(rows, codes).items():
        print(f"half {half:4} rows {f['rows']:3}  silence {f['silence']:.3f}  root {f['root']:.3f}  "
              f"exact {f['exact']:.3f}  class {f['class']:.3f}  controls coded {f['controls_coded']:.3f}")
        print("   per root: " + " ".join(f"{k}:{v}" for k, v in f["per_root"].items()))
    if args.misses:
        for row, code in zip(rows, codes):
            if row[0][:2] != code[:2] and (row[5] == "A" or args.held_out):
                print(f"{row[5]} {row[0]:5} got {code:5} {row[4]:40.40} {row[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
