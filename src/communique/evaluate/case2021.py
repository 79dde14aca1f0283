"""CASE 2021 task 2 snippets: `{id, text, subtype}`, one fine-grained (ACLED-style) label each.

A snippet's predicted label is the ACLED sub-event type of its most confident event that has one,
mapped to the CASE label names by data/case2021_labels.tsv. Where no event has one and the learned event
classifier was on, it is the non-political class (a disaster, a crime, OTHER) the classifier read most
confidently in one of the snippet's sentences (`Document.sentence_classes`): communique codes no political
event there, and says what kind of non-political one it read. NONE where neither gives a label.
Measures: accuracy, weighted F1 over all gold labels (the shared task's measure), macro-F1 over the
political labels, and how often a non-political snippet gets a political label.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..records import Document, EventMention
from .formats import table_rows
from .judgement import Finding, GoldRecord, Judgement, describe_event, most_confident
from .scoring import accuracy, macro_f1, single_label_counts, weighted_f1

NAME = "case2021"
LABELS_FILE = "case2021_labels.tsv"
NO_EVENT = "NONE"


def matches(record: dict) -> bool:
    return "text" in record and "subtype" in record


def read(record: dict, number: int) -> GoldRecord:
    return GoldRecord(str(record.get("id", number)), str(record["text"]), None,
                      {"label": str(record["subtype"]).strip().upper()})


def judge(record: GoldRecord, document: Document) -> Judgement:
    gold, event = record.gold["label"], deciding_event(document.events)
    predicted = case_label(event_acled(event)) if event else non_political_label(document)
    judgement = Judgement(record, gold=[gold], output=[describe_event(e) for e in document.events],
                          error=document.error)
    judgement.values = {"gold": gold, "predicted": predicted}
    if predicted != gold:
        judgement.findings.append(Finding("missed", "label", gold, f"{gold}, got {predicted}", f"got {predicted}"))
        if predicted != NO_EVENT:
            judgement.findings.append(Finding("spurious", "label", predicted, f"{predicted}, gold {gold}",
                                              f"gold {gold}"))
    return judgement


def figures(judgements: list[Judgement]) -> dict[str, Any]:
    gold = [j.values["gold"] for j in judgements]
    predicted = [j.values["predicted"] for j in judgements]
    political = political_labels()
    non_political = [p for g, p in zip(gold, predicted) if g not in political]
    coded_political = sum(p in political for p in non_political)
    counts = single_label_counts(gold, predicted)
    return {
        "records": len(judgements),
        "accuracy": round(accuracy(gold, predicted), 4),
        "weighted_f1": round(weighted_f1(gold, predicted), 4),
        "macro_f1_political": round(macro_f1(gold, predicted, sorted(political)), 4),
        "non_political": {"records": len(non_political), "coded_political": coded_political,
                          "rate": round(coded_political / len(non_political), 4) if non_political else 0.0},
        "per_label": {label: c.as_dict() for label, c in counts.items()},
    }


def deciding_event(events: list[EventMention]) -> EventMention | None:
    """The most confident event with an ACLED type (the first among equals), or None."""
    return most_confident(events, event_acled)


def non_political_label(document: Document) -> str:
    """The non-political class the classifier read most confidently in the document's sentences, or NONE."""
    political = political_labels()
    read = [c for c in document.sentence_classes if c.label != NO_EVENT and c.label not in political]
    return max(read, key=lambda c: c.score).label if read else NO_EVENT


def event_acled(event: EventMention) -> dict[str, str] | None:
    """The event's ACLED object as the pipeline wrote it (it sets one on every event it codes): None is out of
    scope or, with the classifier on, no political event; re-deriving it from the rules here would undo the
    classifier's veto."""
    return event.acled


def case_label(acled: dict[str, str] | None) -> str:
    if not acled:
        return NO_EVENT
    key = acled.get("communique_type") or acled.get("sub_event_type", "")
    return _labels_by_acled().get(key, NO_EVENT)


@lru_cache(maxsize=1)
def political_labels() -> frozenset[str]:
    return frozenset(label for _, label, kind in table_rows(LABELS_FILE, 3) if kind == "political")


@lru_cache(maxsize=1)
def _labels_by_acled() -> dict[str, str]:
    return {acled: label for acled, label, _ in table_rows(LABELS_FILE, 3) if acled != "-"}
