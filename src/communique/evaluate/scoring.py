"""Counting hits, misses and spurious items, and the figures made from them (P/R/F1, accuracy)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Hashable, Iterable


@dataclass(frozen=True)
class Counts:
    """True positives, false positives (spurious) and false negatives (missed)."""
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def compare_sets(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Counts:
    """Counts for one record: each distinct item is found, missed or spurious."""
    gold_set, predicted_set = set(gold), set(predicted)
    return Counts(len(gold_set & predicted_set), len(predicted_set - gold_set), len(gold_set - predicted_set))


def total(counts: Iterable[Counts]) -> Counts:
    """Micro-averaged counts over records."""
    result = Counts()
    for c in counts:
        result = result + c
    return result


def per_label(gold: Iterable[set], predicted: Iterable[set]) -> dict[str, Counts]:
    """Counts per label over records, where each record has a set of gold and of predicted labels."""
    table: dict[str, Counts] = {}
    for gold_set, predicted_set in zip(gold, predicted, strict=True):
        for label in gold_set | predicted_set:
            hit = label in gold_set and label in predicted_set
            extra = Counts(int(hit), int(label in predicted_set and not hit), int(label in gold_set and not hit))
            table[label] = table.get(label, Counts()) + extra
    return dict(sorted(table.items()))


def accuracy(gold: list[str], predicted: list[str]) -> float:
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels differ in number")
    return sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else 0.0


def single_label_counts(gold: list[str], predicted: list[str]) -> dict[str, Counts]:
    """Per-label counts for single-label classification (one gold, one predicted label per record)."""
    return per_label(({g} for g in gold), ({p} for p in predicted))


def weighted_f1(gold: list[str], predicted: list[str]) -> float:
    """F1 per gold label, weighted by the label's gold support (the CASE 2021 task 2 measure)."""
    support = Counter(gold)
    counts = single_label_counts(gold, predicted)
    if not gold:
        return 0.0
    return sum(counts[label].f1 * n for label, n in support.items()) / len(gold)


def macro_f1(gold: list[str], predicted: list[str], labels: Iterable[str]) -> float:
    """Unweighted mean F1 over `labels` (those absent from both sides are left out)."""
    counts = single_label_counts(gold, predicted)
    present = [label for label in labels if label in counts]
    return sum(counts[label].f1 for label in present) / len(present) if present else 0.0
