"""Fix the margin from which the classifier overrides a decisive CAMEO rule, on our own held-out sentences.

    .venv/bin/python tools/calibrate_override.py

Uses the split of tools/build_classifier_head.py: a trial head fitted on four fifths of
data/classify_training.tsv (and the class descriptions) scores the fifth it did not see. Each held-out sentence
is coded by the coder (classifier off, profile communique); for every event whose ACLED type comes from a
rule that is decisive by its CAMEO code alone (choice.is_decisive and not choice.is_evidence_rule) and where
the trial head's best class differs from the rule's and fits the event (choice.fits), it records the margin
(best score minus the score of the rule's class) and whether the rule or the classifier names the sentence's
written class. It prints, for each margin, how many such events would be right if the classifier overrode
from there, and the best margin (the largest among equals: the rules keep the most). The margin is then set by hand in
classify/choice.py (OVERRIDE_MARGIN); no evaluation set is read.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

from build_classifier_head import _every_nth_per_class, _stack  # noqa: E402

from communique.acled import NOT_TAKEN_PLACE, deciding_rule  # noqa: E402
from communique.classify.choice import fits, is_decisive, is_evidence_rule  # noqa: E402
from communique.classify.encoder import load_encoder  # noqa: E402
from communique.classify.head import FitSettings, fit  # noqa: E402
from communique.classify.labels import acled_class, acled_classes, training_sentences  # noqa: E402
from communique.pipeline import extract_text  # noqa: E402

MARGINS = [round(0.05 * n, 2) for n in range(0, 21)]


def main() -> int:
    encoder = load_encoder()
    sentences = training_sentences()
    classes = [c.label for c in acled_classes()]
    labels = [s.label for s in sentences]
    rows = [i for i, label in enumerate(labels) if label is not None]
    test = sorted(set(_every_nth_per_class(rows, labels)))
    train = [i for i in rows if i not in set(test)]
    vectors = encoder.encode([s.text for s in sentences])
    described = encoder.encode([c.description for c in acled_classes()])
    head = fit(_stack(vectors[train], described), [labels[i] for i in train] + classes, tuple(classes), FitSettings())
    probabilities = head.probabilities(vectors[test])
    cases = []  # (margin, rule right, classifier right)
    vetoes = []  # (summed non-political score, the sentence is non-political) for events with a political type
    events_seen = 0
    for row, i in zip(probabilities, test):
        gold = labels[i]
        best = int(row.argmax())
        best_cls = acled_class(classes[best])
        for event in extract_text(sentences[i].text).events:
            rule = deciding_rule(event)
            if event.acled is None or rule is None:
                continue
            events_seen += 1
            if "communique_type" not in event.acled:
                unpolitical = sum(float(row[k]) for k, c in enumerate(classes) if not acled_class(c).political)
                vetoes.append((unpolitical, not acled_class(gold).political, best_cls.political))
            if is_evidence_rule(rule) or not is_decisive(rule):
                continue
            rule_label = next((c.label for c in acled_classes() if c.acled() == {k: v for k, v in event.acled.items()
                                                                             if k in ("event_type", "sub_event_type")}),
                              None)
            if rule_label == best_cls.label or not best_cls.political or not fits(best_cls, event):
                continue
            if event.modality in NOT_TAKEN_PLACE:
                continue
            margin = float(row[best] - (row[classes.index(rule_label)] if rule_label else 0.0))
            cases.append((margin, rule_label == gold, best_cls.label == gold))
    print(f"{len(test)} held-out sentences, {events_seen} events with a political ACLED type; "
          f"{len(cases)} where a code-only decisive rule and the classifier disagree")
    print(f"rule right {sum(c[1] for c in cases)}, classifier right {sum(c[2] for c in cases)}, neither "
          f"{sum(not c[1] and not c[2] for c in cases)}")
    best_margin, best_right = None, -1
    for m in MARGINS:
        right = sum(c[2] if c[0] >= m else c[1] for c in cases)
        overridden = sum(c[0] >= m for c in cases)
        print(f"margin {m:.2f}: {right}/{len(cases)} right, {overridden} overridden")
        if right >= best_right:
            best_margin, best_right = m, right
    never = sum(c[1] for c in cases)
    print(f"best margin {best_margin:.2f} ({best_right}/{len(cases)}; never overriding: {never})")
    print("veto (best class non-political and the non-political classes summing to at least v):")
    for v in (0.3, 0.4, 0.5, 0.6, 0.7):
        kept_wrong = sum(1 for u, np, bp in vetoes if np and not (not bp and u >= v))
        lost = sum(1 for u, np, bp in vetoes if not np and (not bp and u >= v))
        print(f"  v {v:.1f}: events of non-political sentences kept political {kept_wrong}/{sum(v_[1] for v_ in vetoes)},"
              f" events of political sentences vetoed {lost}/{sum(not v_[1] for v_ in vetoes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
