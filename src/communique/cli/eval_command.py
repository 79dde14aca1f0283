"""`communique eval`: run extraction over a gold file and print the scoreboard."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..coder.profiles import PROFILES
from ..model_check import MODELS


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "eval", help="Score extraction against a gold file (PLOVER, PETRARCH-2, CASE 2021 or geoparsing JSONL).",
        description="Run extraction over a gold file and print precision, recall and F1 "
                    "(the format is detected from the records; see docs/evaluation.md).")
    p.add_argument("gold", metavar="GOLD", help="gold file: one JSON record per line")
    p.add_argument("--limit", type=int, metavar="N", help="score only the first N records")
    p.add_argument("--report", metavar="FILE",
                   help="write every miss and spurious item, grouped, to FILE (.jsonl for JSONL, else markdown)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--profile", choices=sorted(PROFILES),
                   help="coding conventions: communique (default) or petrarch2 (PETRARCH-2's, see README)")
    p.add_argument("--model", choices=sorted(MODELS),
                   help="the spaCy English model: sm (default) or md (with word vectors; see README)")
    p.add_argument("--classifier", choices=("events", "all"), metavar="MODE",
                   help="score twice, with the learned event classifier off and then on in this mode "
                        "(events or all), and print both")
    p.set_defaults(run=run_eval)


def run_eval(args) -> int:
    from ..errors import BadInput
    from ..evaluate.report import format_scoreboard, write_report
    from ..evaluate.runner import evaluate_file
    from ..settings import Settings

    if args.limit is not None and args.limit < 1:
        raise BadInput("--limit must be a positive number of records.")
    if args.classifier:
        return _with_and_without_classifier(args)
    evaluation = evaluate_file(Path(args.gold), limit=args.limit,
                               settings=Settings.build(profile=args.profile, model=args.model))
    if args.report:
        write_report(evaluation, args.report)
    if args.json:
        json.dump(evaluation.to_dict(), sys.stdout, indent=2)
        print()
    else:
        print(format_scoreboard(evaluation))
        if args.report:
            print(f"report written to {args.report}")
    return 0


def _with_and_without_classifier(args) -> int:
    """The figures with the classifier off and on; the report, where asked for, is of the run with it on."""
    from ..evaluate.report import format_scoreboard, write_report
    from ..evaluate.runner import evaluate_file
    from ..settings import Settings

    runs = {mode: evaluate_file(Path(args.gold), limit=args.limit,
                                settings=Settings.build(profile=args.profile, classifier=mode, model=args.model))
            for mode in ("off", args.classifier)}
    if args.report:
        write_report(runs[args.classifier], args.report)
    if args.json:
        json.dump({f"classifier_{mode}": e.to_dict() for mode, e in runs.items()}, sys.stdout, indent=2)
        print()
    else:
        for mode, evaluation in runs.items():
            print(f"classifier {mode}:")
            print(format_scoreboard(evaluation))
        if args.report:
            print(f"report written to {args.report} (classifier {args.classifier})")
    return 0
