"""Readable output of an evaluation: the scoreboard, and the report of every miss and spurious item."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .judgement import Finding, Judgement
from .runner import Evaluation

MEASURE_NAMES = {
    "type": "event type", "triple": "(source, target, type) triple", "per_type": "per type",
    "exact": "exact (source, target, CAMEO) triple", "coarse": "(country, country, root) triple",
    "overlap": "toponym spans (overlapping)", "exact_span": "toponym spans (identical)", "resolution": "resolved within 161 km",
    "main_class": "main event class",
}


def format_scoreboard(evaluation: Evaluation) -> str:
    """The figures as aligned text lines."""
    figures = evaluation.figures
    lines = [f"{evaluation.path} ({evaluation.format}, {figures['records']} records)"]
    errors = sum(1 for j in evaluation.judgements if j.error)
    if errors:
        lines.append(f"  extraction errors: {errors}")
    for key, value in figures.items():
        if isinstance(value, dict) and "f1" in value:
            lines.append(f"  {MEASURE_NAMES.get(key, key):40} {_prf(value)}")
    if "geocoding" in figures:
        from .geo import scoreboard_lines
        lines.extend(scoreboard_lines(figures))
    for key in ("accuracy", "weighted_f1", "macro_f1_political"):
        if key in figures:
            lines.append(f"  {key.replace('_', ' '):40} {figures[key]:.3f}")
    if "noevents" in figures:
        n = figures["noevents"]
        lines.append(f"  {'noevents records given no event':40} {n['correct']}/{n['records']}")
    if "non_political" in figures:
        n = figures["non_political"]
        lines.append(f"  {'non-political coded political':40} {n['coded_political']}/{n['records']}"
                     f" ({n['rate']:.1%})")
    if "main_class" in figures:
        from .main_class import scoreboard_lines as main_class_lines
        lines.extend(main_class_lines(figures["main_class"]))
    for key in ("per_type", "per_label"):
        if key in figures:
            lines.append(f"  {key.replace('_', ' ')}:")
            lines.extend(f"    {label:32} {_prf(c)}" for label, c in figures[key].items())
    return "\n".join(lines)


def _prf(c: dict[str, Any]) -> str:
    return (f"P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}"
            f"  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")


def write_report(evaluation: Evaluation, path: Path | str) -> None:
    """Every miss and spurious item, grouped; JSONL where `path` ends in .jsonl, else markdown."""
    path = Path(path)
    text = report_jsonl(evaluation) if path.suffix == ".jsonl" else report_markdown(evaluation)
    path.write_text(text, encoding="utf-8")


def grouped_findings(judgements: list[Judgement]) -> dict[tuple[str, str, str], list[tuple[Finding, Judgement]]]:
    """(measure, kind, group) -> the findings in it with their records, largest groups first."""
    groups: dict[tuple[str, str, str], list[tuple[Finding, Judgement]]] = defaultdict(list)
    for judgement in judgements:
        for finding in judgement.findings:
            groups[(finding.measure, finding.kind, finding.group)].append((finding, judgement))
    return dict(sorted(groups.items(), key=lambda item: (item[0][0], -len(item[1]), item[0])))


def reason_counts(judgements: list[Judgement]) -> Counter:
    """(measure, kind, reason) -> how many findings give that reason."""
    return Counter((f.measure, f.kind, f.reason) for j in judgements for f in j.findings if f.reason)


def step_counts(judgements: list[Judgement]) -> Counter:
    """(measure, step) -> how many missed items the coder lost at that step (evaluate/steps.py)."""
    return Counter((f.measure, f.step) for j in judgements for f in j.findings if f.kind == "missed" and f.step)


def report_markdown(evaluation: Evaluation) -> str:
    lines = [f"# Evaluation report: {evaluation.path}", "", "```", format_scoreboard(evaluation), "```", ""]
    steps = step_counts(evaluation.judgements)
    if steps:
        lines += ["## Misses by the step that lost them", "",
                  "pattern: no verb code or pattern; role: source or target not found; actor: the noun phrase was "
                  "found but its code is wrong or empty; composition: a nested event dropped or transformed.", ""]
        lines += [f"- {MEASURE_NAMES.get(m, m)} / {step}: {n}" for (m, step), n in sorted(steps.items())]
        lines.append("")
    groups = grouped_findings(evaluation.judgements)
    lines += ["## Groups", ""]
    lines += [f"- {MEASURE_NAMES.get(m, m)} / {kind} / {group}: {len(items)}"
              for (m, kind, group), items in groups.items()]
    lines += ["", "## Reasons", ""]
    lines += [f"- {MEASURE_NAMES.get(m, m)} / {kind} / {reason}: {n}"
              for (m, kind, reason), n in reason_counts(evaluation.judgements).most_common()]
    for (measure, kind, group), items in groups.items():
        lines += ["", f"## {kind.capitalize()} {group} ({MEASURE_NAMES.get(measure, measure)}): {len(items)}", ""]
        for finding, judgement in items:
            because = f" ({finding.reason})" if finding.reason else ""
            because += f" [lost at: {finding.step}]" if finding.step else ""
            lines += [f"### {judgement.record.id}: {finding.item}{because}", "", f"> {judgement.record.text}", "",
                      "| gold | output |", "|---|---|"]
            lines += [_row(judgement)]
            if judgement.error:
                lines.append(f"\nextraction error: {judgement.error}")
            lines.append("")
    return "\n".join(lines) + "\n"


def _row(judgement: Judgement) -> str:
    def cell(items: list[str]) -> str:
        return "<br>".join(i.replace("|", "\\|") for i in items) or "(none)"
    return f"| {cell(judgement.gold)} | {cell(judgement.output)} |"


def report_jsonl(evaluation: Evaluation) -> str:
    lines = []
    for (measure, kind, group), items in grouped_findings(evaluation.judgements).items():
        for finding, judgement in items:
            lines.append(json.dumps({
                "measure": measure, "kind": kind, "group": group, "item": finding.item, "reason": finding.reason,
                "step": finding.step or None,
                "id": judgement.record.id, "text": judgement.record.text,
                "gold": judgement.gold, "output": judgement.output, "error": judgement.error,
            }, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")
