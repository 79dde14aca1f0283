"""The PLOVER census (tests/fixtures/plover_census.tsv): event type and (source, target, type) triples on written sentences.

Sentences written from the PLOVER 2.0 manual, 12-13 for each of its sixteen types and some with no event
(`none`), each with the actor codes an analyst gives its one event. Codes every sentence with the whole
pipeline, the settings built as `communique` builds them (defaults < COMMUNIQUE_* environment < `--profile`,
`--classifier`), and scores it as `communique eval` scores a PLOVER gold record: the census's rows are read
and judged by evaluate/plover.py (its `read` and `judge`, through evaluate/runner.py, which leaves negated and
hypothetical events unscored), so the matching is the scorer's own. A `none` row has no gold type and no gold
triple: every type and triple coded for it is spurious.

Figures: event type P/R/F1 and triple P/R/F1, micro-averaged, for all the rows, the two-thirds mechanisms may
be written on (`dev`) and the held-out third (`held out`: the sentence's SHA-1, read as a number, is 0 modulo
3, the rule of tools/wire_census.py, fixed before any output was looked at); and per gold type.
`--losses` lists every dev row (the held-out third's only with `--held-out`, marked H) whose type or a triple was
missed or spurious, with the scorer's reason and the
coder step that lost it (evaluate/steps.py). `--counts` prints only how the missed and spurious items fall (kind,
measure, type and the scorer's reason and step, counted), never a sentence or an actor, so that a census kept fresh
can be measured once and its losses counted without its rows being read.

    PYTHONPATH=src python tools/plover_census.py [--profile petrarch2] [--classifier off] [--losses [--held-out]]
        [--json] [--counts]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from wire_census import held_out  # noqa: E402  (the held-out third: the wire censuses' SHA-1 rule)

CENSUS = ROOT / "tests" / "fixtures" / "plover_census.tsv"
COLUMNS = ["type", "source", "target", "sentence", "phenomenon"]
NONE = "none"
PARTS = ("all", "dev", "held out")
PUBLISHED = "20180301"


def census_rows(path: Path = CENSUS) -> list[tuple[str, str, str, str, str]]:
    """(type, source codes, target codes, sentence, phenomenon) for each row, the header row left out."""
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == COLUMNS, lines[0]
    return [tuple(line) for line in lines[1:]]


def _actors(codes: str) -> list[dict]:
    return [{"code": c.strip()} for c in codes.split(",") if c.strip() and c.strip() != "---"]


def gold_record(row: Sequence[str], number: int):
    """A row as the PLOVER scorer's gold record (evaluate/plover.py `read`); a `none` row has no type."""
    from communique.evaluate import plover
    from communique.evaluate.judgement import GoldRecord

    kind, source, target, sentence = row[:4]
    if kind == NONE:
        return GoldRecord(str(number), sentence, "2018-03-01", {"type": None, "triples": set(), "eventText": ""})
    return plover.read({"id": number, "event": kind, "text": sentence, "date": PUBLISHED,
                        "source": _actors(source), "target": _actors(target)}, number)


class CensusFormat:
    """evaluate/plover.py's scoring, with a row of no event judged as one whose every type is spurious."""
    NAME = "plover census"

    @staticmethod
    def judge(record, document):
        from communique.evaluate import plover
        from communique.evaluate.judgement import Finding, Judgement, describe_event
        from communique.evaluate.scoring import compare_sets

        if record.gold["type"] is not None:
            return plover.judge(record, document)
        types = {plover.plover_2_type(str(e.plover["type"])) for e in document.events if e.plover.get("type")}
        triples = set().union(*(plover.predicted_event_triples(e) for e in document.events))
        judgement = Judgement(record, gold=["no event"], output=[describe_event(e) for e in document.events],
                              error=document.error)
        judgement.counts = {"type": compare_sets(set(), types), "triple": compare_sets(set(), triples)}
        judgement.values = {"gold_type": None, "predicted_types": types}
        judgement.findings = [Finding("spurious", "type", t, t, "gold none") for t in sorted(types)]
        return judgement

    @staticmethod
    def figures(judgements) -> dict[str, Any]:
        return figures(judgements)


def figures(judgements: Sequence) -> dict[str, Any]:
    """Type and triple P/R/F1 (micro-averaged) and the type counts per gold or predicted type."""
    from communique.evaluate.scoring import per_label, total

    per_type = per_label(({j.values["gold_type"]} - {None} for j in judgements),
                         (j.values["predicted_types"] for j in judgements))
    return {"rows": len(judgements),
            "type": total(j.counts["type"] for j in judgements).as_dict(),
            "triple": total(j.counts["triple"] for j in judgements).as_dict(),
            "per_type": {label: counts.as_dict() for label, counts in per_type.items()}}


def judged(rows: Sequence[Sequence[str]], profile: str | None = None, classifier: str | None = None) -> list:
    """Each row's Judgement, its sentence coded by the pipeline with the settings `communique` builds."""
    from communique.evaluate.runner import evaluate_records
    from communique.settings import Settings

    records = [gold_record(row, number) for number, row in enumerate(rows, start=1)]
    settings = Settings.build(profile=profile, classifier=classifier)
    return evaluate_records(CensusFormat, records, str(CENSUS), settings).judgements


def parted(rows: Sequence[Sequence[str]], judgements: Sequence) -> dict[str, Any]:
    """The figures of all the rows, of the dev two-thirds and of the held-out third."""
    keeps = {"all": [True] * len(rows), "dev": [not held_out(r[3]) for r in rows],
             "held out": [held_out(r[3]) for r in rows]}
    return {name: figures([j for j, k in zip(judgements, keep) if k]) for name, keep in keeps.items()}


def losses(rows: Sequence[Sequence[str]], judgements: Sequence) -> list[dict[str, Any]]:
    """Every row with a missed or spurious type or triple: its gold, what was coded and the scorer's findings."""
    out = []
    for row, judgement in zip(rows, judgements):
        if not judgement.findings or all(f.kind == "wrong" for f in judgement.findings):
            continue
        out.append({"sentence": row[3], "gold": row[0], "source": row[1], "target": row[2], "phenomenon": row[4],
                    "held_out": held_out(row[3]), "got": sorted(judgement.values["predicted_types"]),
                    "output": judgement.output,
                    "findings": [f"{f.kind} {f.measure} {f.item}: {f.reason}" + (f" [{f.step}]" if f.step else "")
                                 for f in judgement.findings if f.kind != "wrong"],
                    "counted": [(f.kind, f.measure, f.group, f.reason, f.step)
                                for f in judgement.findings if f.kind != "wrong"]})
    return out


def loss_counts(losses: Sequence[dict]) -> list[tuple[int, str]]:
    """(count, line) for the findings' (kind, measure, reason, step) and (kind, measure, type) of every row with a
    loss, most frequent first: no sentence, no actor."""
    from collections import Counter

    reasons, types = Counter(), Counter()
    for loss in losses:
        for kind, measure, group, reason, step in loss["counted"]:
            reasons[f"{kind} {measure}: {reason}" + (f" [{step}]" if step else "")] += 1
            types[f"{kind} {measure} {group}"] += 1
    return sorted(((n, line) for line, n in reasons.items()), reverse=True) + \
        sorted(((n, line) for line, n in types.items()), reverse=True)


def report(profile: str | None = None, classifier: str | None = None, path: Path = CENSUS) -> dict[str, Any]:
    rows = census_rows(Path(path))
    judgements = judged(rows, profile, classifier)
    return {"parts": parted(rows, judgements), "losses": losses(rows, judgements)}


def _line(name: str, f: dict[str, Any]) -> str:
    t, x = f["type"], f["triple"]
    return (f"  {name:9} n={f['rows']:3}  type F1 {t['f1']:.3f} (P {t['precision']:.3f} R {t['recall']:.3f}; "
            f"tp {t['tp']} fp {t['fp']} fn {t['fn']})  triple F1 {x['f1']:.3f} (P {x['precision']:.3f} "
            f"R {x['recall']:.3f}; tp {x['tp']} fp {x['fp']} fn {x['fn']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--census", type=Path, default=CENSUS, metavar="FILE", help="the census file to score")
    parser.add_argument("--profile", default=None, help="the coding profile (default: the settings' own, communique)")
    parser.add_argument("--classifier", default=None, choices=("off", "events", "all"),
                        help="the learned classifier's setting (default: the settings' own, events)")
    parser.add_argument("--losses", action="store_true",
                        help="list every dev row with a missed or spurious item (the held-out third's rows only with "
                             "--held-out: a held-out row is not to be read)")
    parser.add_argument("--held-out", action="store_true", help="with --losses, list the held-out third's too (H)")
    parser.add_argument("--json", action="store_true", help="print the figures and the losses as JSON")
    parser.add_argument("--counts", action="store_true",
                        help="print how the losses fall (kinds, types, reasons, counted), never a sentence")
    args = parser.parse_args(argv)
    if not args.census.is_file():
        print(f"Census file {args.census} does not exist; check the path given to --census.", file=sys.stderr)
        return 2
    out = report(args.profile, args.classifier, args.census)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for name in PARTS:
        print(_line(name, out["parts"][name]))
    print("  per type (all rows): " + "  ".join(
        f"{label} {c['f1']:.2f} ({c['tp']}/{c['fp']}/{c['fn']})" for label, c in out["parts"]["all"]["per_type"].items()))
    if args.counts:
        for n, line in loss_counts(out["losses"]):
            print(f"{n:4}  {line}")
    if args.losses:
        for loss in (x for x in out["losses"] if args.held_out or not x["held_out"]):
            print(f"\n{'H' if loss['held_out'] else ' '} {loss['gold']:9} {loss['source']} -> {loss['target']}  "
                  f"got {','.join(loss['got']) or '-'}  ({loss['phenomenon']})\n    {loss['sentence']}")
            for line in loss["output"]:
                print(f"    = {line}")
            for line in loss["findings"]:
                print(f"    - {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
