"""The roles of events on tools/corpora/roles.txt: how many sentences get every expected (source, target) pair.

    .venv/bin/python tools/roles_corpus.py [--file FILE] [--off SWITCH,SWITCH] [--quiet]

Each line of the corpus is a sentence and, after a tab, its expected pairs (`SOURCE>TARGET` with full actor codes,
` ; `-separated; `A<>B` a reciprocal event: A>B, B>A or the list A,B with no target; `-` nothing expected). A
sentence is right where every expected pair is among its events' (source, target) pairs. `--off` codes with those
switches of the `communique` profile off (coder/profiles.py), to read a mechanism's share. Prints each sentence
(OK or XX, the events coded, the pairs expected) and the count right.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.coder import profiles  # noqa: E402
from communique.pipeline import extract_text  # noqa: E402

FILE = REPO / "tools" / "corpora" / "roles.txt"


def events(document) -> list[tuple[str, list[str], list[str]]]:
    return [(e.cameo["code"], [r.code for r in e.source], [r.code for r in e.target]) for e in document.events]


def right(expected: str, got: list[tuple[str, list[str], list[str]]]) -> bool:
    for item in (part.strip() for part in expected.split(" ; ")):
        if item == "-":
            continue
        if "<>" in item:
            a, b = item.split("<>")
            hit = any((a in s and b in t) or (b in s and a in t) or (a in s and b in s and not t) for _, s, t in got)
        else:
            a, b = item.split(">")
            hit = any(a in s and b in t for _, s, t in got)
        if not hit:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(FILE))
    parser.add_argument("--off", default="", help="switches of the communique profile to turn off, comma-separated")
    parser.add_argument("--quiet", action="store_true", help="print the count only")
    args = parser.parse_args(argv)
    off = [name for name in args.off.split(",") if name]
    if off:
        profiles.PROFILES["communique"] = dataclasses.replace(profiles.PROFILES["communique"],
                                                              **{name: False for name in off})
    rows = [line.rstrip("\n").split("\t") for line in open(args.file, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    good = 0
    for sentence, expected in rows:
        got = events(extract_text(sentence, "2024-05-01"))
        ok = right(expected, got)
        good += ok
        if not args.quiet:
            shown = "; ".join(f"{c} {'+'.join(s) or '-'}>{'+'.join(t) or '-'}" for c, s, t in got) or "none"
            print(f"{'OK' if ok else 'XX'} {shown}\t[{expected}]\t{sentence}")
    print(f"roles right {good}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
