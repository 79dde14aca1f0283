"""The places stage alone: ms per article of `find_places` on parsed articles, and the gazetteer's load.

Parses the bundled samples (samples/articles.jsonl) once, or a JSONL file of `{"text": ...}` lines given
with --jsonl, then times `find_places` over every Doc `--repeat` times (CPU time, after one warm-up pass)
and reports the median pass. Also prints the time and the peak memory (ru_maxrss) the gazetteer's first
load takes. Run: `.venv/bin/python benchmarks/places_stage.py [--jsonl FILE] [--repeat 5]`.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", type=Path, default=SAMPLES, help="articles, one JSON object a line")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (the median is reported)")
    args = parser.parse_args()

    from communique.nlp import load_model
    try:
        from communique.places.gazetteer import load_gazetteer
        from communique.places.recognise import find_places
    except ImportError:  # before the places package
        from communique.extract.gazetteer import load_gazetteer
        from communique.extract.places import find_places

    texts = [json.loads(line)["text"] for line in args.jsonl.read_text(encoding="utf-8").split("\n") if line.strip()]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    load_gazetteer()
    load_seconds = time.process_time() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    docs = list(load_model().pipe(texts))
    for doc in docs:
        find_places(doc)  # warm-up: per-process caches
    passes = []
    for _ in range(args.repeat):
        started = time.process_time()
        for doc in docs:
            find_places(doc)
        passes.append((time.process_time() - started) * 1000 / len(docs))
    print(f"{len(docs)} articles from {args.jsonl}")
    print(f"gazetteer load: {load_seconds:.2f} s CPU, peak memory +{(after - before) / 1024:.0f} MB")
    print(f"find_places: {statistics.median(passes):.2f} ms/article (median of {args.repeat} passes; "
          f"range {min(passes):.2f}-{max(passes):.2f})")


if __name__ == "__main__":
    main()
