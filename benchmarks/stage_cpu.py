"""CPU seconds by stage of one end-to-end run (`communique ingest` of the benchmark's corpus), not part of the tests.

Builds the corpus of benchmarks/throughput.py (`--repeat N` copies), loads the model and warms up as it does, then
wraps each stage's function (the table STAGES: module, function or Class.method, label) with a timer of the calling
thread's CPU (`time.thread_time`) and runs `communique ingest` once. A stage's time is exclusive: while a wrapped
function calls another wrapped one, the time goes to the inner one (so "coder: compose + phenomena" is `code_view`
less the phrase view, the matcher and the actor references it calls). Threads are apart, so the main thread's coding,
the encoder's worker threads and their helpers each count their own CPU, whatever runs at once. The parse process
(setting `parse_ahead = on`) is a forked child: its CPU is read from `getrusage(RUSAGE_CHILDREN)`, less the packing of
its Docs, which it times itself (it inherits the wrappers) and writes to a file after each batch. Time in no wrapped
stage is printed as "untracked (thread)".

    python benchmarks/stage_cpu.py [--repeat N] [--encoder student3] [--classifier off]

Figures: benchmarks/README.md, "Session 44". The wrappers cost ~1 us a call (some 40,000 calls over one copy of the
corpus): within the noise of a shared machine.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build_corpus  # noqa: E402  (the same corpus as the throughput benchmark)

STAGES = (  # (module, function or Class.method, stage label); several functions may share a label
    ("communique.time.dates", "find_dates", "dates (document)"),
    ("communique.time.dates", "date_for_event", "dates (per event)"),
    ("communique.time.dates", "deadline_for_event", "dates (per event)"),
    ("communique.extract.actors", "find_actors", "actor reader"),
    ("communique.coder.actors.person_names", "document_name_words", "actor reader"),
    ("communique.coder.actors.common_words", "document_common_words", "actor reader"),
    ("communique.resolve.coreference", "link_references", "actor reader (coreference)"),
    ("communique.resolve.possessed_states", "link_possessed_states", "actor reader (coreference)"),
    ("communique.resolve.title_antecedents", "link_titles", "actor reader (coreference)"),
    ("communique.places.recognise", "find_places", "places (geoparse)"),
    ("communique.places.locate", "location_for_event", "places (per event)"),
    ("communique.quotes", "find_quotes", "quotes"),
    ("communique.resolve.quote_speakers", "link_quote_speakers", "quotes"),
    ("communique.coder.adapter", "document_candidates", "coder: other (candidates, records)"),
    ("communique.coder.phrases", "phrase_view", "coder: phrase view"),
    ("communique.coder.match", "match_verb", "coder: dictionary matcher"),
    ("communique.coder.sentence", "code_view", "coder: compose + phenomena"),
    ("communique.coder.side_actors", "actor_refs", "coder: actor references"),
    ("communique.pipeline", "_event_mention", "event mention (modality, PLOVER, ACLED, ...)"),
    ("communique.pipeline", "code_document", "code_document: other"),
    ("communique.classify.apply", "choose_sentences", "classify: choose sentences"),
    ("communique.nlp", "release_tables", "release Doc tables"),
    ("communique.classify.apply", "start_reading", "classify: start reading"),
    ("communique.classify.apply", "finish_reading", "classify: finish, other"),
    ("communique.classify.scoring", "Classifier.scores_of", "classify: event heads"),
    ("communique.classify.sentence_class", "class_probabilities", "classify: class head"),
    ("communique.classify.arbiter", "arbitrate", "classify: arbiter"),
    ("communique.classify.learned_events", "with_learned_events", "classify: learned events"),
    ("communique.classify.apply", "_apply", "classify: weigh + recall"),
    ("communique.classify.overlap", "_encoded", "encoder: other"),
    ("communique.classify.encoder", "Encoder.chunks", "encoder: tokenise + chunk"),
    ("communique.classify.encoder", "Encoder.chunk_vectors", "encoder: network"),
    ("communique.parse_process", "ParseProcess.result", "parse: Docs read back (parent)"),
    ("communique.batches", "parsed", "parse: in this process"),
    ("communique.parse_process", "PipeDocBin.__init__", "child: pack Docs"),
    ("communique.store.writing", "StoreWriting._prepare", "store: rows"),
    ("communique.store.writing", "StoreWriting._assign_stories", "stories"),
    ("communique.records", "Document.to_dict", "records to dicts (the JSON shape)"),
    ("communique.store.writing", "StoreWriting._write", "DuckDB writes"),
    ("communique.store.writing", "StoreWriting.stored_keys", "duplicate check"),
)
CHILD_PACK = "child: pack Docs"


class StageClock:
    """Per thread: a stack of the stages entered and the CPU of each, charged to the innermost stage."""

    def __init__(self):
        self.local, self.threads = threading.local(), []

    def state(self) -> dict:
        s = getattr(self.local, "s", None)
        if s is None or s["pid"] != os.getpid():  # a forked child starts afresh
            s = self.local.s = {"stack": [], "last": time.thread_time(), "acc": {}, "pid": os.getpid(),
                                "name": threading.current_thread().name}
            self.threads.append(s)
        return s

    @staticmethod
    def charge(s: dict) -> None:
        now = time.thread_time()
        top = s["stack"][-1] if s["stack"] else "untracked"
        s["acc"][top] = s["acc"].get(top, 0.0) + now - s["last"]
        s["last"] = now

    def wrapped(self, function, label: str):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            s = self.state()
            self.charge(s)
            s["stack"].append(label)
            try:
                return function(*args, **kwargs)
            finally:
                self.charge(s)
                s["stack"].pop()
        return timed

    def install(self, stages=STAGES) -> None:
        for module_name, name, label in stages:
            module = importlib.import_module(module_name)
            if "." in name:
                owner, attribute = name.split(".")
                cls = getattr(module, owner)
                found = cls.__dict__[attribute]
                if isinstance(found, staticmethod):
                    setattr(cls, attribute, staticmethod(self.wrapped(found.__func__, label)))
                else:
                    setattr(cls, attribute, self.wrapped(found, label))
            else:
                self._everywhere(getattr(module, name), label)

    def _everywhere(self, function, label: str) -> None:
        """`function` replaced by its timed wrapper in every module that holds it (`from x import f` copies)."""
        timed = self.wrapped(function, label)
        for module in list(sys.modules.values()):
            names = getattr(module, "__dict__", None)
            if module is sys.modules["__main__"] or not names:
                continue
            for key, value in list(names.items()):
                if value is function:
                    names[key] = timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="copies of the corpus")
    parser.add_argument("--encoder", help="the setting encoder (COMMUNIQUE_ENCODER)")
    parser.add_argument("--classifier", choices=("off", "events", "all"), help="the setting classifier")
    args = parser.parse_args()
    if args.encoder:
        os.environ["COMMUNIQUE_ENCODER"] = args.encoder
    if args.classifier:
        os.environ["COMMUNIQUE_CLASSIFIER"] = args.classifier
    from communique.cli import main as cli
    from communique.nlp import load_model
    from communique.pipeline import extract_text
    from communique.settings import Settings
    import communique.parse_process as parse_process

    settings = Settings.build()
    base = build_corpus()
    corpus = [dict(a, id=f"{a['id']}-{r}", text=a["text"] + f"\n\n(Copy {r}.)" * bool(r))
              for r in range(args.repeat) for a in base]
    nlp = load_model(settings.model)
    for _ in nlp.pipe([a["text"] for a in corpus[:settings.batch_size]], batch_size=settings.batch_size):
        pass  # the warm-up of throughput.py
    extract_text("Kenya accused Uganda of arming rebels in Kampala on Monday.", "2020-01-01", settings)
    importlib.import_module("communique.classify.pieces")  # loaded before wrapping (the CLI imports it later)

    clock = StageClock()
    clock.install()
    with tempfile.TemporaryDirectory() as tmp:
        child_file = Path(tmp) / "child-{}.json"
        packed = parse_process.packed

        def packed_and_written(docs):  # in the child: its stage times so far, after each batch
            out = packed(docs)
            s = clock.state()
            clock.charge(s)
            Path(str(child_file).format(os.getpid())).write_text(json.dumps(s["acc"]), encoding="utf-8")
            return out

        parse_process.packed = packed_and_written
        corpus_file = Path(tmp) / "corpus.jsonl"
        corpus_file.write_text("".join(json.dumps(a) + "\n" for a in corpus), encoding="utf-8")
        before = {id(s): dict(s["acc"]) for s in clock.threads}
        me = clock.state()
        clock.charge(me)
        before[id(me)] = dict(me["acc"])
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, cpu = time.perf_counter(), time.process_time()
        code = cli(["ingest", str(corpus_file), "--db", str(Path(tmp) / "stages.duckdb")])
        clock.charge(me)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
        child_pack = sum(json.loads(p.read_text(encoding="utf-8")).get(CHILD_PACK, 0.0)
                         for p in Path(tmp).glob("child-*.json"))
    rows: dict[str, float] = {}
    for s in clock.threads:
        if s["pid"] != os.getpid():
            continue
        for label, seconds in s["acc"].items():
            seconds -= before.get(id(s), {}).get(label, 0.0)
            key = label if label != "untracked" else f"untracked ({s['name']})"
            rows[key] = rows.get(key, 0.0) + seconds
    rows[CHILD_PACK] = child_pack
    rows["child: spaCy parse (the pipe, communique's components included)"] = child_cpu - child_pack
    print(f"communique ingest exited {code}: {len(corpus)} articles, encoder {settings.encoder}, classifier "
          f"{settings.classifier}; wall {wall:.1f} s; CPU: this process {cpu:.2f} s, parse process {child_cpu:.2f} s; "
          f"1-minute load {os.getloadavg()[0]:.1f}")
    total = cpu + child_cpu
    for label, seconds in sorted(rows.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.005:
            print(f"{seconds:8.2f} s  {seconds / total:6.1%}  {label}")


if __name__ == "__main__":
    main()
