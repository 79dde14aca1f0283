"""Sentence F1 for police arrests, killings and use of force on all-lowercase news (issue 11), on the
sentences of tests/fixtures/police_lowercase.tsv, with the classifier off and on, beside a keyword baseline.

    .venv/bin/python tools/police_sentence_f1.py [--file FILE] [--modes off,events]

Each sentence is coded as one article. A sentence is predicted
- ARREST where an event of it has CAMEO 173 (arrest, detain) or the ACLED type Arrests;
- FORCE where an event of it is done by the police or security forces (a source of sector COP, MIL or SPY)
  and is violent: PLOVER ASSAULT, CAMEO 175 (violent repression), or the ACLED types Protest with
  intervention or Excessive force against protesters;
- KILL where such a FORCE event counts dead (its `size.dead`) or has a CAMEO code of killing (1823, 186, 20).
The keyword baseline predicts a class where the sentence holds one of its words (KEYWORDS below).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.pipeline import extract_articles  # noqa: E402
from communique.records import Article, EventMention  # noqa: E402
from communique.settings import Settings  # noqa: E402

FILE = REPO / "tests" / "fixtures" / "police_lowercase.tsv"
CLASSES = ("ARREST", "KILL", "FORCE")
SECURITY = {"COP", "MIL", "SPY"}
FORCE_ACLED = {"Protest with intervention", "Excessive force against protesters"}
KEYWORDS = {
    "ARREST": r"\b(arrest|detain|custody|nabbed|held|rounded up|apprehend)",
    "KILL": r"\b(kill|shot dead|gunned down|died|death|dead)",
    "FORCE": r"\b(fire[ds]?\b|firing|lathi|baton|tear gas|beat|thrash|water cannon|pellet|rubber bullet)",
}


def read(path: Path) -> list[tuple[set[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("labels\t"):
            continue
        labels, sentence = line.split("\t", 1)
        rows.append(({x for x in labels.split(",") if x in CLASSES}, sentence.strip()))
    return rows


def classes_of(events: list[EventMention]) -> set[str]:
    found = set()
    for e in events:
        code = str(e.cameo.get("code") or "")
        acled = (e.acled or {}).get("sub_event_type")
        if code.startswith("173") or acled == "Arrests":
            found.add("ARREST")
        by_security = any(ref.sector in SECURITY for ref in e.source)
        violent = e.plover.get("type") == "ASSAULT" or code.startswith("175") or acled in FORCE_ACLED
        if by_security and violent:
            found.add("FORCE")
            if (e.size is not None and (e.size.dead or 0) > 0) or code.startswith(("1823", "186", "20")):
                found.add("KILL")
    return found


def keyword_classes(sentence: str) -> set[str]:
    return {c for c, pattern in KEYWORDS.items() if re.search(pattern, sentence)}


def scores(gold: list[set[str]], predicted: list[set[str]]) -> dict[str, tuple[float, float, float]]:
    out = {}
    for c in CLASSES:
        tp = sum(c in g and c in p for g, p in zip(gold, predicted))
        fp = sum(c not in g and c in p for g, p in zip(gold, predicted))
        fn = sum(c in g and c not in p for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        out[c] = (precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return out


def measure(rows: list[tuple[set[str], str]], mode: str, show: bool = False) -> dict[str, tuple[float, float, float]]:
    articles = [Article(text=s, id=f"p{n}", published="2002-03-01") for n, (_, s) in enumerate(rows)]
    documents = list(extract_articles(articles, Settings.build(classifier=mode)))
    predicted = [classes_of(d.events) for d in documents]
    if show:
        for (gold, sentence), found, d in zip(rows, predicted, documents):
            if gold != found:
                events = "; ".join(f"{e.cameo.get('code')} {e.plover.get('type')} {e.origin} "
                                   f"{[r.code for r in e.source]}>{[r.code for r in e.target]}" for e in d.events)
                print(f"  [{mode}] gold {sorted(gold)} got {sorted(found)}: {sentence} || {events}")
    return scores([g for g, _ in rows], predicted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=FILE)
    parser.add_argument("--modes", default="off,events")
    parser.add_argument("--show", action="store_true", help="print each sentence whose classes were not all found")
    args = parser.parse_args(argv)
    rows = read(args.file)
    results = {"keywords": scores([g for g, _ in rows], [keyword_classes(s) for _, s in rows])}
    for mode in args.modes.split(","):
        results[f"classifier {mode}"] = measure(rows, mode, args.show)
    print(f"{args.file.name}: {len(rows)} sentences; " +
          ", ".join(f"{c} {sum(c in g for g, _ in rows)}" for c in CLASSES))
    for name, result in results.items():
        print(f"  {name:20} " + "  ".join(f"{c} P {p:.2f} R {r:.2f} F1 {f:.2f}" for c, (p, r, f) in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
