"""Regenerate the figures section of docs/evaluation.md by running the evaluation on the dev sets.

    .venv/bin/python tools/update_eval_docs.py [--eval ../shared/eval] [--pins]

Rewrites the text between the `<!-- figures:start -->` and `<!-- figures:end -->` markers; never
type figures in by hand. With --pins it also writes the measured figures into tests/gold_pins.json
(the gold gate's floors and ceilings), to be done when accuracy has improved, never to hide a drop.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "evaluation.md"
PINS = REPO / "tests" / "gold_pins.json"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
DEV_SETS = ("plover_gsr_dev.jsonl", "petr2_gsr_dev.jsonl", "case2021_task2_dev.jsonl", "geo_lgl_dev.jsonl")
# per profile (coder/profiles.py): the dev sets measured and pinned; petrarch2 is judged on PETR2
PROFILE_SETS = {"communique": DEV_SETS, "petrarch2": ("petr2_gsr_dev.jsonl", "plover_gsr_dev.jsonl")}
PINNED = {  # per format: figures the gate keeps from falling (floors) or rising (ceilings)
    "plover": {"floors": ["type.recall", "type.f1", "triple.f1"]},
    "petr2": {"floors": ["exact.f1", "coarse.f1", "noevents.correct"]},
    "case2021": {"floors": ["accuracy", "weighted_f1", "macro_f1_political"], "ceilings": ["non_political.rate"]},
    "geo": {"floors": ["overlap.recall", "overlap.precision", "geocoding.within_161km"], "ceilings": ["geocoding.auc"]},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=REPO.parent / "shared" / "eval", help="folder of dev sets")
    parser.add_argument("--pins", action="store_true", help="also write the figures to tests/gold_pins.json")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    from communique.evaluate.report import format_scoreboard
    from communique.evaluate.runner import evaluate_file
    from communique.settings import Settings

    by_profile = {profile: [evaluate_file(args.eval / name, settings=Settings.build(env={}, profile=profile))
                            for name in names if (args.eval / name).is_file()]
                  for profile, names in PROFILE_SETS.items()}
    if not any(by_profile.values()):
        print(f"no dev sets found in {args.eval}", file=sys.stderr)
        return 1
    write_figures(DOC, figures_section(by_profile, format_scoreboard))
    print(f"updated {DOC.relative_to(REPO)}")
    if args.pins:
        PINS.write_text(json.dumps(pins_for(by_profile), indent=2) + "\n", encoding="utf-8")
        print(f"updated {PINS.relative_to(REPO)}")
    return 0


def figures_section(by_profile, format_scoreboard) -> str:
    lines = [f"Measured {dt.date.today().isoformat()} by `tools/update_eval_docs.py`, per profile.", ""]
    for profile, evaluations in by_profile.items():
        for evaluation in evaluations:
            name = Path(evaluation.path).name
            lines += [f"### {name}, profile `{profile}`", "", "```",
                      format_scoreboard(evaluation).replace(evaluation.path, name), "```", ""]
    return "\n".join(lines)


def write_figures(doc: Path, section: str) -> None:
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{doc} lacks the {START} / {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{START}\n{section}\n{END}{tail}", encoding="utf-8")


def pins_for(by_profile) -> dict:
    pins: dict = {"tolerance": 0.02}
    for profile, evaluations in by_profile.items():
        for evaluation in evaluations:
            wanted = PINNED[evaluation.format]
            entry = {}
            for kind, rounding in (("floors", math.floor), ("ceilings", math.ceil)):
                if kind in wanted:
                    entry[kind] = {name: rounding(evaluation.figure(name) * 1000) / 1000
                                   for name in wanted[kind]}
            pins.setdefault(profile, {})[Path(evaluation.path).name] = entry
    return pins


if __name__ == "__main__":
    raise SystemExit(main())
