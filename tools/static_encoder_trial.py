"""Measure a static encoder distilled from MiniLM (classify/trials/static.py), alone and as a cascade before MiniLM.

    .venv/bin/python tools/static_encoder_trial.py [--case] [--bench] [--table /tmp/table.npy]

1. Builds the static table from the packaged MiniLM (timed, CPU seconds); --table caches it in a file
   between runs of this tool (the pipeline never reads such a file).
2. Encodes data/classify_training.tsv both ways and, over the five folds of tools/calibrate_override.py
   (every sentence held out once), fits a static and a MiniLM ACLED head on the other four fifths: prints
   each's held-out accuracy (fold 0 is the build tool's split), and for each threshold on the static head's
   top-two margin, the cascade's accuracy and the share of sentences it sends to MiniLM. The threshold kept
   is the smallest whose pooled accuracy is within `TOLERANCE` of MiniLM alone (our sentences only).
3. --case: CASE 2021 dev with `classifier = events`, the classifier replaced by the static one (unless
   --cascade-only) and then by the cascade (heads fitted on all our sentences; the MiniLM heads are the
   shipped ones). --calibrate first refits classify/choice.py's thresholds on the cascade's fold scores of
   our sentences, by tools/calibrate_override.py's grid, and uses them for this run only (no file changes).
4. --bench: benchmarks/throughput.py --classifier events --repeat 1 --rounds N with the cascade (or, with
   --bench-static, the static classifier alone), and the share of the corpus's read sentences sent to MiniLM.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

from build_classifier_head import _stack  # noqa: E402
from calibrate_override import _folds  # noqa: E402
from encoder_trial_runs import bench, case  # noqa: E402

from communique.classify.encoder import load_encoder  # noqa: E402
from communique.classify.head import FitSettings, fit, load_heads  # noqa: E402
from communique.classify.labels import acled_classes, plover_classes, training_sentences  # noqa: E402
from communique.classify.scoring import Classifier  # noqa: E402
from communique.classify.trials.static import Cascade, StaticEncoder, build_table, top_two_margin  # noqa: E402

STEPS = [round(0.05 * n, 2) for n in range(0, 21)]
TOLERANCE = 0.01


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, help="a .npy file caching the static table between runs")
    parser.add_argument("--case", action="store_true")
    parser.add_argument("--bench", action="store_true")
    parser.add_argument("--bench-static", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cascade-only", action="store_true", help="with --case, skip the static head alone")
    parser.add_argument("--threshold", type=float, help="use this cascade threshold instead of the folds' choice")
    parser.add_argument("--calibrate", action="store_true", help="refit choice.py's thresholds on the cascade's "
                        "fold scores of our sentences (as tools/calibrate_override.py --folds 5) before --case")
    args = parser.parse_args(argv)
    encoder = load_encoder()
    if args.table and args.table.is_file():
        table = numpy.load(args.table)
    else:
        start = time.process_time()
        table = build_table(encoder)
        print(f"static table {table.shape} built in {time.process_time() - start:.1f} CPU-s")
        if args.table:
            numpy.save(args.table, table)
    static = StaticEncoder(encoder, table)
    sentences = training_sentences()
    texts = [s.text for s in sentences]
    schemes = {"acled": ([c.label for c in acled_classes()], [c.description for c in acled_classes()],
                         [s.label for s in sentences]),
               "plover": ([c.type for c in plover_classes()], [c.description for c in plover_classes()],
                          [s.plover for s in sentences])}
    dense = encoder.encode(texts)
    cheap = static.encode(texts)
    threshold, folds = choose_threshold(schemes["acled"], dense, cheap, encoder, static, args.threshold)
    if args.calibrate:
        calibrate(sentences, schemes["acled"], folds)
    static_heads = {}
    for name, (classes, descriptions, labels) in schemes.items():
        rows = [i for i, label in enumerate(labels) if label is not None]
        static_heads[name] = fit(_stack(cheap[rows], static.encode(descriptions)), [labels[i] for i in rows] + classes,
                                 tuple(classes), FitSettings())
    heads = load_heads().heads
    assert all(heads[n].labels == static_heads[n].labels for n in heads), "the heads' classes differ in order"
    if args.case:
        if not (args.calibrate or args.cascade_only):  # the calibrated thresholds are the cascade's
            case(Classifier(static, static_heads), "static alone")
        cascade = Cascade(static, static_heads, encoder, heads, threshold)
        case(cascade, f"cascade, threshold {threshold:.2f}")
        print(f"  cascade sent {cascade.sent}/{cascade.seen} CASE sentences to MiniLM")
    if args.bench or args.bench_static:
        cascade = Cascade(static, static_heads, None if args.bench_static else encoder, heads, threshold)
        bench(cascade, args.rounds)
        print(f"bench: {'static alone' if args.bench_static else f'cascade {threshold:.2f}'}: "
              f"{cascade.sent}/{cascade.seen} read sentences sent to MiniLM")
    return 0


def choose_threshold(scheme, dense, cheap, encoder, static, fixed):
    """The cascade threshold (the folds' choice, or `fixed`) and, per sentence, (index, cascade probabilities)."""
    classes, descriptions, labels = scheme
    dense_described, cheap_described = encoder.encode(descriptions), static.encode(descriptions)
    gold, static_p, dense_p, fold_of = [], [], [], []
    for n, fold in enumerate(_folds(labels, 5)):
        held = set(fold)
        train = [i for i in range(len(labels)) if i not in held]
        y = [labels[i] for i in train] + classes
        s = fit(_stack(cheap[train], cheap_described), y, tuple(classes), FitSettings())
        d = fit(_stack(dense[train], dense_described), y, tuple(classes), FitSettings())
        static_p.append(s.probabilities(cheap[fold]))
        dense_p.append(d.probabilities(dense[fold]))
        gold += [classes.index(labels[i]) for i in fold]
        fold_of += [n] * len(fold)
        print(f"fold {n}: held-out accuracy static {_acc(static_p[-1], gold[-len(fold):]):.3f}, "
              f"MiniLM {_acc(dense_p[-1], gold[-len(fold):]):.3f} ({len(fold)} sentences)", flush=True)
    static_p, dense_p, gold = numpy.vstack(static_p), numpy.vstack(dense_p), numpy.array(gold)
    margin = top_two_margin(static_p)
    target = _acc(dense_p, gold) - TOLERANCE
    print(f"pooled: static {_acc(static_p, gold):.3f}, MiniLM {_acc(dense_p, gold):.3f}")
    chosen = None
    for t in STEPS:
        mixed = numpy.where((margin < t)[:, None], dense_p, static_p)
        accuracy, share = _acc(mixed, gold), float((margin < t).mean())
        print(f"  threshold {t:.2f}: cascade accuracy {accuracy:.3f}, sent to MiniLM {share:.2f}")
        if chosen is None and accuracy >= target:
            chosen = t
    chosen = STEPS[-1] if chosen is None else chosen
    print(f"chosen threshold {chosen:.2f} (smallest within {TOLERANCE} of MiniLM alone)")
    chosen = chosen if fixed is None else fixed
    order = [i for fold in _folds(labels, 5) for i in fold]
    mixed = numpy.where((margin < chosen)[:, None], dense_p, static_p)
    return chosen, list(zip(order, mixed))


def calibrate(sentences, scheme, folds) -> None:
    """calibrate_override's grid on the cascade's held-out scores; sets choose()'s default thresholds."""
    import itertools

    import communique.classify.choice as choice
    from calibrate_override import STEPS as GRID, label
    from communique.acled import deciding_rule
    from communique.classify.scoring import SentenceScores, _ranked
    from communique.pipeline import extract_text

    classes = tuple(scheme[0])
    cases = [(sentences[i].label, SentenceScores(sentences[i].text, _ranked(classes, row), ()),
              [(e, deciding_rule(e)) for e in extract_text(sentences[i].text).events]) for i, row in folds]
    best = max(((sum(label(s, e, choice.Thresholds(o, t, v))[0] == g for g, s, e in cases), o, v, t)
                for o, t, v in itertools.product(GRID, GRID, GRID)))
    shipped = sum(label(s, e, choice.THRESHOLDS)[0] == g for g, s, e in cases)
    print(f"calibrated on the cascade: override {best[1]:.2f}, take {best[3]:.2f}, veto {best[2]:.2f}: "
          f"{best[0]}/{len(cases)} right (shipped thresholds {shipped})", flush=True)
    choice.choose.__defaults__ = (choice.Thresholds(override=best[1], take=best[3], veto=best[2]),)


def _acc(probabilities, gold) -> float:
    return float((probabilities.argmax(1) == numpy.asarray(gold)).mean())


if __name__ == "__main__":
    sys.exit(main())
