"""Fix the classifier's thresholds in the `acled` arbitration (classify/choice.py Thresholds) on our own
held-out sentences.

    .venv/bin/python tools/calibrate_override.py

Uses the split of tools/build_classifier_head.py: a trial head fitted on four fifths of
data/classify_training.tsv (and the class descriptions) scores the fifth it did not see; with --folds 5, each
of the five such fifths in turn, so that every sentence is scored by a head that did not see it. Each held-out sentence
is coded by the coder (classifier off, profile communique); each event's ACLED type is then chosen by
choice.choose under every combination of the thresholds `override`, `take` and `veto`, and the sentence is
labelled as the evaluation labels a snippet (the most confident event's type; else the non-political class the
sentence was read as; else NONE). It prints how each decision (rules alone, classifier over a default, veto)
fared against the sentence's written class, and the combination with the most sentences right; combinations
within TIE_SHARE of the sentences of the best are equals (a difference of two sentences in 2,000 is no
evidence), and among equals the largest thresholds win: the rules keep the most, the classifier vetoes the least. The thresholds are then set
by hand in classify/choice.py; no evaluation set is read. The classifier-made events of sentences the coder
codes nothing in (recall.py) are left out: no threshold here moves them.
"""
from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

from build_classifier_head import HELD_OUT_EVERY, _every_nth_per_class, _stack  # noqa: E402

from communique.acled import deciding_rule  # noqa: E402
from communique.classify.choice import Thresholds, choose, is_decisive  # noqa: E402
from communique.classify.encoder import load_encoder  # noqa: E402
from communique.classify.head import FitSettings, fit  # noqa: E402
from communique.classify.labels import NO_EVENT, acled_class, acled_classes, training_sentences  # noqa: E402
from communique.classify.scoring import _ranked, SentenceScores  # noqa: E402
from communique.evaluate.case2021 import case_label  # noqa: E402
from communique.pipeline import extract_text  # noqa: E402
from communique.settings import Settings  # noqa: E402

STEPS = [round(0.05 * n, 2) for n in range(0, 13)]  # 0 .. 0.6; the veto too: it needs the sentence scored as
# a disaster, accident or crime (that kind above every political class), not merely close to one
TIE_SHARE = 0.001  # results within this share of the sentences of the best count as equal (2 of 2,687)
CODER_ALONE = Settings(classifier="off")  # the events the thresholds weigh are the coder's own


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=1, help="1: the build tool's held-out fifth only; 5: every "
                        "sentence, each scored by a head fitted on the four fifths it is not in")
    args = parser.parse_args(argv)
    encoder = load_encoder()
    sentences = training_sentences()
    classes = [c.label for c in acled_classes()]
    labels = [s.label for s in sentences]
    vectors = encoder.encode([s.text for s in sentences])
    described = encoder.encode([c.description for c in acled_classes()])
    cases = []
    for fold in _folds(labels, args.folds):
        held = set(fold)
        train = [i for i in range(len(labels)) if i not in held]
        head = fit(_stack(vectors[train], described), [labels[i] for i in train] + classes, tuple(classes),
                   FitSettings())
        for row, i in zip(head.probabilities(vectors[fold]), fold):
            scores = SentenceScores(sentences[i].text, _ranked(tuple(classes), row), ())
            events = [(e, deciding_rule(e)) for e in extract_text(sentences[i].text, None, CODER_ALONE).events]
            cases.append((labels[i], scores, events))
    test = cases
    print(f"{len(test)} held-out sentences, {sum(len(c[2]) for c in cases)} coded events")
    results = []
    for override, take, veto in itertools.product(STEPS, STEPS, STEPS):
        thresholds = Thresholds(override=override, take=take, veto=veto)
        right = sum(label(scores, events, thresholds)[0] == gold for gold, scores, events in cases)
        results.append((right, override, veto, take))
    results.sort(reverse=True)
    equals = [r for r in results if r[0] >= results[0][0] - TIE_SHARE * len(cases)]
    right, override, veto, take = max(equals, key=lambda r: (r[1], r[2], r[3]))
    rules_only = Thresholds(override=9.0, take=9.0, veto=9.0)
    never = sum(label(s, e, rules_only)[0] == g for g, s, e in cases)
    print(f"best: override {override:.2f}, take {take:.2f}, veto {veto:.2f}: {right}/{len(cases)} right "
          f"(the rules alone, the classifier never deciding: {never}/{len(cases)})")
    for name, t in (("override", lambda o: Thresholds(o, take, veto)), ("take", lambda o: Thresholds(override, o, veto)),
                    ("veto", lambda o: Thresholds(override, take, o))):
        line = " ".join(f"{o:.2f}:{sum(label(s, e, t(o))[0] == g for g, s, e in cases)}"
                        for o in STEPS)
        print(f"  {name} (others at best): {line}")
    chosen = Thresholds(override=override, take=take, veto=veto)
    tally: dict[str, list[int]] = {}
    for gold, scores, events in cases:
        predicted, by = label(scores, events, chosen)
        kept = tally.setdefault(by, [0, 0])
        kept[0] += predicted == gold
        kept[1] += 1
    for by, (ok, n) in sorted(tally.items()):
        print(f"  decided by {by}: {ok}/{n} right")
    decisive = sum(1 for _, _, events in cases for e, r in events if r is not None and e.acled and is_decisive(r, e))
    print(f"  events whose rule is decisive: {decisive}")
    return 0


def _folds(labels: list[str], folds: int) -> list[list[int]]:
    """Held-out folds: with 1, the build tool's split (every fifth sentence of each class); with 5, the five
    such splits (the n-th of every five sentences of each class), so that every sentence is held out once."""
    if folds == 1:
        return [sorted(_every_nth_per_class(list(range(len(labels))), labels))]
    seen: dict[str, int] = {}
    out: list[list[int]] = [[] for _ in range(HELD_OUT_EVERY)]
    for i, label in enumerate(labels):
        seen[label] = seen.get(label, 0) + 1
        out[seen[label] % HELD_OUT_EVERY].append(i)
    return out


def label(scores: SentenceScores, events: list, thresholds: Thresholds) -> tuple[str, str]:
    """The sentence's label as the evaluation gives a snippet's, and who decided it."""
    best, best_conf = None, -1.0
    for event, rule in events:
        choice = choose(event, rule, scores, thresholds)
        if choice.acled is not None and event.confidence > best_conf:
            best, best_conf = choice, event.confidence
    if best is not None:
        return case_label(best.acled), best.by or "rules"
    top = scores.best_acled.label
    if top != NO_EVENT and not acled_class(top).political:
        return top, "classifier (no political event)"
    return NO_EVENT, "none"


if __name__ == "__main__":
    sys.exit(main())
