"""Spark throughput: `communique spark` on local[1] and local[2] over the same corpus, step by step.

The corpus is the one `benchmarks/throughput.py` builds (article-sized texts of 300-600 words from
../shared/eval), `--repeat N` copies of it made distinct. Each master runs the whole job (`spark.job.run`):
a fresh SparkSession, reading, coding (one spaCy model per Python worker), stories, writing every Parquet
table. Prints each step's wall-clock seconds, articles/s, the per-article coding cost in core-seconds, and
the machine's load average before and after each run (the machine is shared: note it with the figures).
See benchmarks/README.md for the measured figures and the cluster estimate drawn from them.

Run: `.venv/bin/python benchmarks/spark_throughput.py [--repeat 2] [--masters local[1] local[2]]`
(needs the spark extra and Java; not part of the tests).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build_corpus  # noqa: E402


def cores_of(master: str) -> int:
    found = re.match(r"local\[(\d+)", master)
    return int(found.group(1)) if found else os.cpu_count() or 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="copies of the corpus (default 2)")
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    args = parser.parse_args()

    from communique.spark.job import run

    base = build_corpus()
    corpus = [dict(a, id=f"{a['id']}-{r}", text=a["text"] + f"\n\n(Copy {r}.)" * bool(r))
              for r in range(args.repeat) for a in base]
    words = sum(len(a["text"].split()) for a in corpus)
    print(f"corpus: {len(corpus)} articles, {words} words ({words / len(corpus):.0f} words/article); "
          f"{os.cpu_count()} cores on this machine")
    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = Path(tmp) / "corpus.jsonl"
        corpus_file.write_text("".join(json.dumps(a) + "\n" for a in corpus), encoding="utf-8")
        for master in args.masters:
            cores = cores_of(master)
            before = os.getloadavg()
            summary = run([str(corpus_file)], str(Path(tmp) / f"out-{cores}"), master=master,
                          partitions=2 * cores)
            after = os.getloadavg()
            code = summary.phases.get("code", 0.0)
            print(f"{master} (ran on {summary.master}): {summary.stored} articles, {summary.events} mentions, {summary.stories} stories "
                  f"in {summary.groups} groups; total {summary.seconds:.1f} s = "
                  f"{summary.stored / summary.seconds:.2f} articles/s")
            print("  steps: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in summary.phases.items()))
            print(f"  coding: {summary.stored / code:.2f} articles/s, {code * cores / summary.stored * 1000:.0f} "
                  f"core-ms/article; load average before {before[0]:.1f}, after {after[0]:.1f} "
                  f"(1-minute), on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
