"""Throughput: end-to-end ingest (read -> extract -> stories -> DuckDB) against bare spaCy `nlp.pipe`.

Builds article-sized texts (~300-600 words) from the development sets in ../shared/eval (CASE 2021
snippets and PETRARCH-2 / PLOVER sentences), then in one process, with the model loaded once first:
  1. bare spaCy: `nlp.pipe(texts, batch_size=N)` with the model's own components, consuming every Doc;
  2. end to end: the same texts as JSONL through `communique ingest` into a temporary DuckDB file.
Prints articles/s, words/s, peak memory and the ratio end-to-end / bare spaCy. The end to end's CPU time
and memory count its parse process (setting `parse_ahead = on`): the CPU of its children, and a peak memory
sampled during the end-to-end passes as this process's resident set (every 0.25 s) plus the memory the children
hold apart from it (every 1 s: what is not shared with this process since the fork); `ru_maxrss` of each is
printed too.
`--rounds N` alternates the two passes N times and reports the median round (a shared machine's
speed drifts by 10% from minute to minute); `--repeat N` uses N copies of the corpus;
`--profile` adds the top functions of a cProfile run of the end-to-end passes (this process only: with
`parse_ahead = on` the parse runs in a child, which it does not see); `--classifier events`
runs the end-to-end passes with the learned event classifier on (see README, setting `classifier`);
`--model md` runs both sides with spaCy's medium model (setting `model`).

Run with `make bench` (not part of the tests).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
EVAL_FILES = ("case2021_task2_dev.jsonl", "petr2_gsr_dev.jsonl", "plover_gsr_dev.jsonl")
MIN_WORDS, MAX_WORDS = 300, 600


def build_corpus(eval_dir: Path = EVAL) -> list[dict]:
    """Article-sized texts: consecutive snippets joined into paragraphs until 300-600 words."""
    snippets = []
    for name in EVAL_FILES:
        path = eval_dir / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "").strip()
            if text:
                snippets.append(text)
    if not snippets:
        sys.exit(f"benchmark: no evaluation files found in {eval_dir}; it needs ../shared/eval.")
    articles, current, words = [], [], 0
    for snippet in snippets:
        n = len(snippet.split())
        if words + n > MAX_WORDS and words >= MIN_WORDS:
            articles.append(current)
            current, words = [], 0
        current.append(snippet)
        words += n
    if words >= MIN_WORDS or not articles:
        articles.append(current)
    return [{"id": f"bench-{i:04d}", "text": "\n\n".join(parts), "published": "2021-03-01"}
            for i, parts in enumerate(articles)]


@contextmanager
def as_shipped(nlp):
    """`nlp` running the model as it ships: communique's own components disabled (OUR_COMPONENTS), the
    model's that communique replaces enabled (REPLACED_COMPONENTS: its attribute_ruler, which it runs
    faster with the same output); all as it was again afterwards."""
    from communique.nlp import OUR_COMPONENTS, REPLACED_COMPONENTS

    ours = [name for name in OUR_COMPONENTS if name in nlp.pipe_names]
    theirs = [name for name in REPLACED_COMPONENTS if name in nlp.disabled]
    for name in ours:
        nlp.disable_pipe(name)
    for name in theirs:
        nlp.enable_pipe(name)
    try:
        yield nlp
    finally:
        for name in theirs:
            nlp.disable_pipe(name)
        for name in ours:
            nlp.enable_pipe(name)


def time_bare_spacy(nlp, texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for parsing every text."""
    with as_shipped(nlp):  # the model as it ships: communique's components are timed as communique's
        start, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        return time.perf_counter() - start, time.process_time() - cpu


def time_end_to_end(corpus_file: Path, db_file: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and of the children it waited for: the parse process, which
    each run ends and waits for) for `communique ingest` of the corpus."""
    from communique.cli import main

    start, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
    code = main(["ingest", str(corpus_file), "--db", str(db_file)])
    elapsed = time.perf_counter() - start, time.process_time() - cpu + children_cpu() - children
    if code != 0:
        sys.exit(f"benchmark: communique ingest exited with {code}")
    return elapsed


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class MemoryWatch:
    """Samples in a thread this process's resident set (every `interval` seconds, from /proc/self/statm) plus the
    private memory (Private_Clean + Private_Dirty of /proc/PID/smaps_rollup, in one read) of each child process
    (every `child_interval` seconds: the kernel walks the whole mapping to sum it, ~20 ms for a 1 GB process), and
    keeps the peak (MB): the memory the run holds, a forked child's pages shared with this process counted once."""

    def __init__(self, interval: float = 0.25, child_interval: float = 1.0):
        import threading

        self.peak, self._interval, self._stop = 0.0, interval, threading.Event()
        self._child_every = max(1, round(child_interval / interval))
        self._thread = threading.Thread(target=self._watch, name="memory-watch", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        import os

        me, page_kb, private, n = os.getpid(), os.sysconf("SC_PAGE_SIZE") // 1024, {}, 0
        while not self._stop.wait(self._interval):
            if n % self._child_every == 0:
                private = {child: _smaps(child, ("Private_Clean", "Private_Dirty")) for child in _children(me)}
            n += 1
            self.peak = max(self.peak, (_resident_pages(me) * page_kb + sum(private.values())) / 1024)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def _resident_pages(pid: int) -> int:
    """The resident set of a process in pages (/proc/PID/statm's second field)."""
    with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1])


def _smaps(pid: int, fields: tuple[str, ...]) -> int:
    """The sum of `fields` of /proc/PID/smaps_rollup in kB, all from one read (0 where the process has ended): the
    kernel walks the process's whole mapping for each read (~20 ms of this process's CPU for the ~1 GB parse
    process), which the end-to-end CPU counts: one read a sample, not one a field (benchmarks/README.md, "Session
    36")."""
    wanted, total = {field + ":" for field in fields}, 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                name, _, rest = line.partition(" ")
                if name in wanted:
                    total += int(rest.split()[0])
    except OSError:
        return 0
    return total


def _children(pid: int) -> list[int]:
    """The process ids of pid's children (Linux's /proc/PID/task/TID/children)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile the end-to-end pass with cProfile")
    parser.add_argument("--repeat", type=int, default=1, help="copies of the corpus (more text, steadier figures)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="alternate bare spaCy and end-to-end passes this many times; report the median")
    parser.add_argument("--classifier", choices=("off", "events", "all"),
                        help="run end to end with this classifier setting (COMMUNIQUE_CLASSIFIER)")
    parser.add_argument("--model", choices=("sm", "md"),
                        help="the spaCy model of both sides (COMMUNIQUE_MODEL; default: the setting's)")
    args = parser.parse_args()
    import os

    if args.classifier:
        os.environ["COMMUNIQUE_CLASSIFIER"] = args.classifier  # read by `communique ingest`'s settings
    if args.model:
        os.environ["COMMUNIQUE_MODEL"] = args.model  # read by `communique ingest`'s settings, as above

    from communique.nlp import load_model
    from communique.settings import Settings

    settings = Settings.build()
    batch_size = settings.batch_size
    base = build_corpus()
    corpus = [dict(a, id=f"{a['id']}-{r}", text=a["text"] + f"\n\n(Copy {r}.)" * bool(r))
              for r in range(args.repeat) for a in base]
    texts = [a["text"] for a in corpus]
    n_words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(corpus)} articles, {n_words} words "
          f"({n_words / len(corpus):.0f} words/article), batch size {batch_size}")

    nlp = load_model(settings.model)  # once, before both timings: the object `communique ingest` runs too
    for _ in nlp.pipe(texts[:batch_size], batch_size=batch_size):
        pass  # a warm-up batch: the first pass of a process runs slower, and bare spaCy is timed first
    # One-off loading is timed on neither side: as the spaCy model above, communique's own tables
    # (actors, patterns, gazetteer, story rules) load once per process; their time is printed apart.
    load_start = time.perf_counter()
    from communique.pipeline import extract_text

    extract_text("Kenya accused Uganda of arming rebels in Kampala on Monday.", "2020-01-01",
                 Settings.build())  # with the classifier setting, so that loading it is not timed either
    load_seconds = time.perf_counter() - load_start
    from communique.nlp import OUR_COMPONENTS, REPLACED_COMPONENTS

    with as_shipped(nlp):
        shipped = list(nlp.pipe_names)
    print(f"spaCy model {settings.model} ({nlp.meta['name']} {nlp.meta['version']}), the same object on both "
          f"sides; bare spaCy runs the model as it ships: {', '.join(shipped)}; end to end runs "
          f"{', '.join(nlp.pipe_names)} (communique's own: {', '.join(OUR_COMPONENTS)}, in place of the "
          f"model's {', '.join(REPLACED_COMPONENTS)}, which gives the same output)")

    rounds, profiler = [], cProfile.Profile() if args.profile else None
    peak_mb = 0.0  # sampled during the end-to-end passes only: the watch's reads cost CPU that bare spaCy's time
    # would otherwise count too
    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = Path(tmp) / "corpus.jsonl"
        corpus_file.write_text("".join(json.dumps(a) + "\n" for a in corpus), encoding="utf-8")
        for n in range(args.rounds):
            bare, bare_cpu = time_bare_spacy(nlp, texts, batch_size)
            if profiler:
                profiler.enable()
            memory = MemoryWatch()
            end_to_end, end_to_end_cpu = time_end_to_end(corpus_file, Path(tmp) / f"bench-{n}.duckdb")
            peak_mb = max(peak_mb, memory.stop())
            if profiler:
                profiler.disable()
            rounds.append((bare, bare_cpu, end_to_end, end_to_end_cpu))
            if args.rounds > 1:
                print(f"round {n + 1}: bare spaCy {bare:.1f} s, end to end {end_to_end:.1f} s, "
                      f"ratio {bare / end_to_end:.2f} (CPU {bare_cpu / end_to_end_cpu:.2f}), "
                      f"1-minute load average {os.getloadavg()[0]:.1f}")

    bare, bare_cpu, end_to_end, end_to_end_cpu = sorted(rounds, key=lambda r: r[0] / r[2])[len(rounds) // 2]
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if args.rounds > 1:
        print(f"median round of {args.rounds} (by wall-clock ratio):")
    print(f"bare spaCy : {len(corpus) / bare:7.2f} articles/s  {n_words / bare:9.0f} words/s  ({bare:.1f} s)")
    print(f"end to end : {len(corpus) / end_to_end:7.2f} articles/s  {n_words / end_to_end:9.0f} words/s  "
          f"({end_to_end:.1f} s)")
    print(f"ratio end-to-end / bare spaCy: {bare / end_to_end:.2f}  (target >= 0.8)")
    print(f"CPU time   : bare spaCy {bare_cpu:.1f} s, end to end {end_to_end_cpu:.1f} s, "
          f"ratio {bare_cpu / end_to_end_cpu:.2f}  (steadier than wall time on a busy machine)")
    print(f"peak memory: {peak_mb:.0f} MB  (target < 1536 MB; sampled: this process's resident set and its children's "
          f"private memory; ru_maxrss {self_mb:.0f} MB, of the largest child {children_mb:.0f} MB, pages shared "
          "with this process included)")
    print(f"load average (1, 5, 15 minutes) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on "
          f"{os.cpu_count()} cores; classifier {settings.classifier}, parse_ahead {settings.parse_ahead} (a parse "
          f"process or thread gains wall time only where a core is free: benchmarks/README.md, \"Session 14\")")
    print(f"one-off loading of communique's tables (not in either timing): {load_seconds:.1f} s")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())


if __name__ == "__main__":
    main()
