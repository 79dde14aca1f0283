"""The main event's five-way class (issue 10): statement/appeal, verbal and material cooperation and conflict.

Each PLOVER or PETRARCH-2 gold record has a main event; its class comes from its CAMEO root or PLOVER type
(data/eval_main_class.tsv). The predicted class is that of the record's most confident scored event (the
first among equals), NO_EVENT where there is none, which counts as wrong. Measures: accuracy, macro-F1 over
the classes the gold has (PLOVER's gold has no statements or appeals), per-class P/R/F1, and the share of records with no event. A wrong record is put down to
one general cause: no event; the ordering (an event of the gold class was coded, but another was more
confident); or the class (no event of the gold class at all).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..records import Document, EventMention
from .formats import table_rows
from .judgement import Finding, Judgement, most_confident
from .scoring import accuracy, macro_f1, single_label_counts

CLASSES_FILE = "eval_main_class.tsv"
MEASURE = "main_class"
NO_EVENT = "(no event)"
CAUSE_NO_EVENT, CAUSE_ORDER, CAUSE_CLASS = "no event", "ordering: a less confident event had it", "class: no event had it"


def class_of_cameo(code: str | None) -> str | None:
    """The class of a CAMEO code by its 2-digit root ("0231" -> statement/appeal), None where unknown."""
    return _tables()[0].get(str(code or "")[:2])


def class_of_plover(plover_type: str | None) -> str | None:
    """The class of a PLOVER 0.5 or 2.0 type ("DEMAND" -> verbal conflict), None where unknown."""
    return _tables()[1].get(str(plover_type or "").upper())


def classes() -> list[str]:
    return list(dict.fromkeys(_tables()[0].values()))


def main_event(events: list[EventMention]) -> EventMention | None:
    """The most confident event with a known class, the first among equals; None where none has one."""
    return most_confident(events, event_class)


def event_class(event: EventMention) -> str | None:
    return class_of_cameo(event.cameo.get("code")) or class_of_plover(event.plover.get("type"))


def judge(judgement: Judgement, gold_class: str | None, document: Document) -> None:
    """Record the gold and predicted class in `judgement.values`, and a finding with its cause where wrong.

    A record without a gold class (a PETRARCH-2 `noevents` record) is left out of the figure."""
    if gold_class is None:
        return
    chosen = main_event(document.events)
    predicted = event_class(chosen) if chosen else NO_EVENT
    judgement.values["main_class"] = (gold_class, predicted)
    if predicted == gold_class:
        return
    if chosen is None:
        cause = CAUSE_NO_EVENT
    elif any(event_class(e) == gold_class for e in document.events):
        cause = CAUSE_ORDER
    else:
        cause = CAUSE_CLASS
    judgement.findings.append(Finding("wrong", MEASURE, gold_class, f"{gold_class}, got {predicted}", cause))


def figures(judgements: list[Judgement]) -> dict[str, Any]:
    pairs = [j.values["main_class"] for j in judgements if "main_class" in j.values]
    gold = [g for g, _ in pairs]
    predicted = [p for _, p in pairs]
    counts = single_label_counts(gold, predicted)
    causes = {cause: sum(1 for j in judgements for f in j.findings if f.measure == MEASURE and f.reason == cause)
              for cause in (CAUSE_NO_EVENT, CAUSE_ORDER, CAUSE_CLASS)}
    return {
        "records": len(pairs),
        "accuracy": round(accuracy(gold, predicted), 4),
        "macro_f1": round(macro_f1(gold, predicted, [c for c in classes() if c in gold]), 4),
        "no_event": round(predicted.count(NO_EVENT) / len(pairs), 4) if pairs else 0.0,
        "per_class": {label: counts[label].as_dict() for label in classes() if label in counts},
        "lost": causes,
    }


def scoreboard_lines(figure: dict[str, Any]) -> list[str]:
    lines = [f"  {'main event class (5-way), records':40} {figure['records']}",
             f"  {'  accuracy':40} {figure['accuracy']:.3f}",
             f"  {'  macro F1':40} {figure['macro_f1']:.3f}",
             f"  {'  no event':40} {figure['no_event']:.1%}"]
    lines += [f"    {label:34} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}"
              f"  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})" for label, c in figure["per_class"].items()]
    lines += [f"    lost by {cause:31} {n}" for cause, n in figure["lost"].items()]
    return lines


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    by_root, by_type = {}, {}
    for label, roots, types in table_rows(CLASSES_FILE, 3):
        by_root.update({root: label for root in roots.split()})
        by_type.update({kind: label for kind in types.split() if kind != "-"})
    return by_root, by_type
