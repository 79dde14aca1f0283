"""Robustness figures for the README: a fuzz run and kill-and-resume trials of the real `communique ingest`.

    .venv/bin/python benchmarks/robustness.py --fuzz 2000 --trials 8

1. Fuzz: hypothesis feeds `--fuzz` batches of made-up articles (word salad with dates, line separators,
   NUL bytes, out-of-range publication dates) through `extract_articles`, and as many made-up JSONL files
   through `read_jsonl_lines`; a crash is any exception, or a document count that differs from the input.
2. Kill and resume: `communique ingest` of 300 short articles (written here from templates) into a fresh
   store, killed with SIGKILL at three random moments, then run to the end. Compared with one clean run:
   lost = articles or event mentions missing, duplicated = rows stored twice (documents, mentions,
   story links). `commit_size` is 16, so most kills land inside a transaction.
Not a test: it takes minutes. The tests hold lighter versions of both (tests/test_poison_pipeline.py,
tests/test_crash_safety.py).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMUNIQUE = Path(sys.executable).with_name("communique")
ACTORS = ["Turkey", "Russia", "Egypt", "Ethiopia", "Kenya", "Uganda", "Greece", "Japan", "India", "Chile"]
ACTS = ["urged {b} to halt the fighting", "criticised {b} over the dam", "signed an agreement with {b}",
        "accused {b} of violating its airspace", "praised {b} for the talks", "met officials from {b}"]
DAYS = ["on Monday", "on Tuesday", "last week", "on Friday", "yesterday"]


def articles(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.sample(ACTORS, 2)
        sentences = [f"{a} {rng.choice(ACTS).format(b=b)} {rng.choice(DAYS)}, officials said." for _ in range(3)]
        out.append({"id": f"art-{i:04d}", "text": f"Report {i}. " + " ".join(sentences),
                    "published": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "url": f"https://wire.example/{i}"})
    return out


def _ingest(jsonl: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "COMMUNIQUE_COMMIT_SIZE": "16"}
    return subprocess.Popen([str(COMMUNIQUE), "ingest", str(jsonl), "--db", str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _facts(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    q = lambda sql: con.execute(sql).fetchall()[0]  # noqa: E731
    facts = {"documents": q("SELECT count(*), count(DISTINCT id), count(DISTINCT text_hash) FROM documents"),
             "mentions": q("SELECT count(*), count(DISTINCT id) FROM event_mentions"),
             "links": q("SELECT count(*), count(DISTINCT mention_id) FROM story_mentions"),
             "mention_ids": {r[0] for r in con.execute("SELECT id FROM event_mentions").fetchall()}}
    con.close()
    return facts


def kill_and_resume(trials: int, n: int = 300) -> dict:
    work = Path(tempfile.mkdtemp(prefix="communique-kill-"))
    jsonl = work / "articles.jsonl"
    jsonl.write_text("\n".join(json.dumps(a) for a in articles(n)) + "\n", encoding="utf-8")
    start = time.monotonic()
    clean = _ingest(jsonl, work / "clean.duckdb")
    clean.communicate()
    full = time.monotonic() - start
    reference = _facts(work / "clean.duckdb")
    rng = random.Random(11)
    totals = {"trials": trials, "kills": 0, "lost": 0, "duplicated": 0, "clean_run_s": round(full, 1)}
    for trial in range(trials):
        db = work / f"trial{trial}.duckdb"
        for _ in range(3):
            process = _ingest(jsonl, db)
            time.sleep(rng.uniform(0.2, full))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                totals["kills"] += 1
            process.communicate()
        final = _ingest(jsonl, db)
        final.communicate()
        facts = _facts(db)
        totals["lost"] += (reference["documents"][0] - facts["documents"][1]) + \
            len(reference["mention_ids"] - facts["mention_ids"])
        totals["duplicated"] += sum(facts[k][0] - facts[k][1] for k in ("documents", "mentions", "links"))
        print(f"trial {trial + 1}: documents {facts['documents']}, mentions {facts['mentions']}", flush=True)
    return totals


def fuzz(examples: int) -> dict:
    from hypothesis import HealthCheck, given, settings, strategies as st

    from communique.ingest.reading import read_jsonl_lines
    from communique.pipeline import extract_articles
    from communique.records import Article

    words = st.sampled_from(["Turkey", "Russia", "urged", "attacked", "the", "village", "on", "Monday", "in",
                             "Libya", "did", "not", "will", "police", "arrested", "9999", "0001", "December",
                             "next", "last", "week", ",", ".", "\n\n", "\u2028", "\x85", "\x0b", "“", "said",
                             "by", "midnight", "Sunday", "2019", "ago", "days", "\x00", "é", "—"])
    published = st.one_of(st.none(), st.dates().map(str), st.text(max_size=12))
    tried = {"extract": 0, "jsonl": 0}

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.lists(words, max_size=40).map(" ".join), published), min_size=1, max_size=4))
    def extract(batch):
        tried["extract"] += 1
        items = [Article(text=t, id=f"a{i}", published=p) for i, (t, p) in enumerate(batch)]
        assert [d.id for d in extract_articles(items)] == [a.id for a in items]

    folder = Path(tempfile.mkdtemp(prefix="communique-fuzz-"))

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.one_of(st.binary(max_size=80), st.dictionaries(
        st.sampled_from(["id", "text", "url", "title", "source", "published"]),
        st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
        max_size=6).map(lambda r: json.dumps(r, ensure_ascii=False).encode())), min_size=1, max_size=6))
    def reader(lines):
        tried["jsonl"] += 1
        lines = [line.replace(b"\n", b" ") for line in lines]
        path = folder / "in.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        items = list(read_jsonl_lines(path))
        assert lines[0].startswith((b"\xff\xfe", b"\xfe\xff")) or len(items) == len(lines)

    crashes = 0
    for run in (extract, reader):
        try:
            run()
        except Exception as exc:  # noqa: BLE001 -- counted and shown
            crashes += 1
            print(f"crash: {type(exc).__name__}: {exc}", flush=True)
    return {"inputs": tried, "crashes": crashes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fuzz", type=int, default=2000, help="hypothesis examples per target")
    parser.add_argument("--trials", type=int, default=8, help="kill-and-resume trials (three kills each)")
    args = parser.parse_args()
    if args.fuzz:
        print("fuzz:", fuzz(args.fuzz), flush=True)
    if args.trials:
        print("kill and resume:", kill_and_resume(args.trials), flush=True)


if __name__ == "__main__":
    main()
