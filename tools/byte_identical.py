"""Check that a speed-up leaves communique's output byte-identical, and time the coding stages alone.

Codes the texts of the evaluation sets in ../shared/eval (all four dev sets, with their publication
dates), the bundled samples (samples/, ../shared/samples) and the benchmark's article-sized texts
(benchmarks/throughput.py) with `pipeline.code_document`, under both profiles, and writes every
Document as the JSON line `communique extract --jsonl` writes. The texts are parsed once and the Docs
kept in a DocBin file (`--docs`), so that later runs time our own stages without spaCy's parse.

    python tools/byte_identical.py --docs /tmp/perf_docs.spacy --out /tmp/base.jsonl   # before a change
    python tools/byte_identical.py --docs /tmp/perf_docs.spacy --out /tmp/new.jsonl --compare /tmp/base.jsonl

Prints the CPU seconds (`time.process_time`) of `code_document` per profile (median of `--passes`
passes, the Docs read afresh from the DocBin for each pass), so that a change's gain is measured on our
own stages alone; `--profile N` prints the top N functions of a cProfile run of one pass.
Exits 1 where the output differs from `--compare`, naming each differing line (the first SHOWN_DIFFERENCES) and
counting them.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import io
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_SETS = ("case2021_task2_dev.jsonl", "geo_lgl_dev.jsonl", "petr2_gsr_dev.jsonl", "plover_gsr_dev.jsonl")
PROFILES = ("communique", "petrarch2")
SHOWN_DIFFERENCES = 40  # differing documents named by --compare; the rest are counted


def articles() -> list:
    """Every text the check codes, as Articles with ids and publication dates."""
    from communique.evaluate.formats import read_gold
    from communique.records import Article

    found = []
    for name in EVAL_SETS:
        path = SHARED / "eval" / name
        if path.is_file():
            _, records = read_gold(path)
            found += [Article(text=r.text, id=f"{name}:{r.id}", published=r.published) for r in records]
    for folder in (ROOT / "samples", SHARED / "samples"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            found.append(Article(text=path.read_text(encoding="utf-8"), id=path.name, published="2020-01-08"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from throughput import build_corpus

    found += [Article(text=a["text"], id=a["id"], published=a["published"]) for a in build_corpus(SHARED / "eval")]
    return found


def parsed(texts: list[str], cache: Path) -> list:
    """The parsed Docs of `texts`, from the DocBin at `cache` where it holds these texts, else parsed now."""
    from spacy.tokens import DocBin

    from communique.nlp import TEXT_KEY, load_model, parse_many

    nlp = load_model()
    digest = hashlib.sha256("\0".join(texts).encode()).hexdigest()
    stamp = cache.with_suffix(".sha256")
    if not (cache.is_file() and stamp.is_file() and stamp.read_text() == digest):
        bin_ = DocBin(store_user_data=True)
        for doc in parse_many(texts):
            bin_.add(doc)
        cache.write_bytes(bin_.to_bytes())
        stamp.write_text(digest)
    docs = list(DocBin(store_user_data=True).from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    for doc, text in zip(docs, texts):
        doc.user_data = {TEXT_KEY: text}
    return docs


def code_all(items: list, docs: list, profile: str, lines: list[str] | None) -> float:
    """CPU seconds of `code_document` over every article; each Document's JSON line appended to `lines`."""
    from communique.jsonl import dumps_line
    from communique.nlp import release_tables
    from communique.pipeline import Knowledge, code_document
    from communique.settings import Settings

    settings = Settings.build(profile=profile, classifier="off")  # the coder alone: the classifier has its own checks
    knowledge = Knowledge.load(settings)
    spent = 0.0
    for article, doc in zip(items, docs):
        start = time.process_time()
        document = code_document(article, doc, knowledge, settings)
        spent += time.process_time() - start
        release_tables(doc)
        if lines is not None:
            lines.append(dumps_line(document.to_dict()))
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=Path, default=Path("/tmp/communique_byte_identical.spacy"),
                    help="DocBin file of the parsed texts (made on the first run)")
    ap.add_argument("--out", type=Path, help="write the JSON lines here")
    ap.add_argument("--compare", type=Path, help="a file written by an earlier run: exit 1 where the output differs")
    ap.add_argument("--passes", type=int, default=1, help="timed passes per profile (median printed)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile one pass, print the top N")
    ap.add_argument("--only", choices=PROFILES, help="one profile only")
    args = ap.parse_args(argv)

    from communique.nlp import load_model
    from communique.pipeline import Knowledge
    from communique.places.gazetteer import load_gazetteer
    from communique.settings import Settings

    items = articles()
    texts = [a.text for a in items]
    docs_bytes_cache = args.docs
    parsed(texts, docs_bytes_cache)  # made once
    for profile in PROFILES:  # one-off loads, out of the timings
        load_model(), load_gazetteer(), Knowledge.load(Settings.build(profile=profile))
    gc.freeze()  # as extract_articles does: later full collections skip the loaded model and data
    lines: list[str] = []
    for profile in (args.only,) if args.only else PROFILES:
        times = []
        for n in range(max(1, args.passes)):
            docs = parsed(texts, docs_bytes_cache)
            times.append(code_all(items, docs, profile, lines if n == 0 else None))
        print(f"{profile}: {len(items)} articles, code_document CPU {statistics.median(times):.2f} s "
              f"(passes: {', '.join(f'{t:.2f}' for t in times)})", flush=True)
        if args.profile:
            docs = parsed(texts, docs_bytes_cache)
            profiler = cProfile.Profile()
            profiler.enable()
            code_all(items, docs, profile, None)
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
            stats.print_stats(args.profile)
            print(out.getvalue())
    text = "".join(line + "\n" for line in lines)
    print(f"output: {len(lines)} documents, sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.compare:
        old = args.compare.read_text(encoding="utf-8").splitlines()
        new = text.splitlines()
        differing = [(number, json.loads(a).get("id")) for number, (a, b) in enumerate(zip(old, new), start=1)
                     if a != b]
        for number, doc_id in differing[:SHOWN_DIFFERENCES]:
            print(f"DIFFERENT at line {number}: {doc_id}")
        if len(differing) > SHOWN_DIFFERENCES:
            print(f"... and {len(differing) - SHOWN_DIFFERENCES} more")
        if len(old) != len(new):
            print(f"DIFFERENT: {len(old)} lines before, {len(new)} now")
        if differing or len(old) != len(new):
            print(f"{len(differing)} of {min(len(old), len(new))} documents differ")
            return 1
        print("byte-identical to", args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
