"""Score the switch `learned_classes` (classify/learned_events.py) on left-out censuses.

    PYTHONPATH=src:tests .venv/bin/python tools/build_class_head.py --cv CV.tsv
    PYTHONPATH=src:tests .venv/bin/python tools/learned_classes_cv.py CV.tsv [--new 0.4] [--limit N]

Codes every sentence of wire censuses 8-27 and PLOVER censuses 1-15 once with the switch's events held back, keeping
for each sentence the switch could act on the event it would make for each class; then decides, sentence by
sentence, with the probabilities of the head that was NOT fitted on that sentence's census (CV.tsv) and the
thresholds given, and prints per left-out census the wire accuracy (main-event class) with and without the switch,
and the PLOVER type and triple F1, with their means. docs/evaluation.md ("learned40") holds its figures.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

import plover_census  # noqa: E402
import wire_census  # noqa: E402
from communique.classify import learned_events  # noqa: E402
from communique.classify.candidates import has_trigger_word  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"


def rows_to_score() -> list[tuple[str, str, tuple, str]]:
    """(kind, census, row, sentence) of wire censuses 8-27 and PLOVER censuses 1-15."""
    out = []
    for n in range(8, 28):
        path = FIXTURES / f"wire_census{n}.tsv"
        out += [("wire", path.stem, row, row[2]) for row in wire_census.census_rows(path)]
    for n in [""] + list(range(2, 16)):
        path = FIXTURES / f"plover_census{n}.tsv"
        out += [("plover", path.stem, row, row[3]) for row in plover_census.census_rows(path)]
    return out


def coded_with_candidates(rows) -> list[tuple[object, list]]:
    """Each row's Document without the switch's events, and per sentence the switch could act on:
    {class: the event it would make or None}."""
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    candidates: dict[str, list] = {}
    classes = list(learned_events.class_defaults())

    def recording(events, context, read, probabilities):
        coded = {event.sentence for event in events}
        for sentence in read:
            if sentence.index in coded:
                continue
            made = {c: learned_events.learned_event(sentence, c, 1.0, context) for c in classes}
            if has_trigger_word(sentence.text):
                made[learned_events.MATERIAL_CONFLICT] = None
            candidates.setdefault(context.doc_id, []).append(made)
        return events

    learned_events.with_learned_events = recording
    documents = list(extract_articles([Article(text=r[3], published="2018-03-01") for r in rows], Settings.build()))
    return [(d, candidates.get(d.id, [])) for d in documents]


def decided_events(document, candidates, probabilities: dict[str, float], new: float | None):
    events = list(document.events)
    if new is None:
        return events
    for made in candidates:
        found = learned_events.decide(probabilities, new)
        if found is not None and made[found[0]] is not None:
            events.append(made[found[0]])
    return events


def main(argv: list[str] | None = None) -> int:
    from communique.evaluate.main_class import NO_EVENT, event_class, main_event

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cv", type=Path, help="build_class_head.py --cv's output")
    parser.add_argument("--new", type=float, default=learned_events.NEW_EVENT)
    parser.add_argument("--limit", type=int, help="only the first N rows (a quick check)")
    args = parser.parse_args(argv)
    lines = args.cv.read_text(encoding="utf-8").splitlines()
    classes = lines[0].split("\t")[3:]
    cv = {(f[0], f[2]): dict(zip(classes, map(float, f[3:]))) for f in (line.split("\t") for line in lines[1:])}
    rows = rows_to_score()[:args.limit]
    coded = coded_with_candidates(rows)
    for label, new in (("switch off", None), ("switch on", args.new)):
        wire: dict[str, list[bool]] = {}
        plover: dict[str, list] = {}
        for n, ((kind, census, row, sentence), (document, candidates)) in enumerate(zip(rows, coded)):
            probabilities = cv[(census, hashlib.sha1(sentence.encode()).hexdigest())]
            events = decided_events(document, candidates, probabilities, new)
            if kind == "wire":
                chosen = main_event(events)
                wire.setdefault(census, []).append((event_class(chosen) if chosen else NO_EVENT) == row[0])
            else:
                judgement = plover_census.CensusFormat.judge(plover_census.gold_record(row, n),
                                                             dataclasses.replace(document, events=events))
                plover.setdefault(census, []).append(judgement)
        for census, right in wire.items():
            print(f"{label}\t{census}\twire accuracy\t{sum(right) / len(right):.3f}")
        figures = {census: plover_census.figures(js) for census, js in plover.items()}
        for census, f in figures.items():
            print(f"{label}\t{census}\tPLOVER type / triple F1\t{f['type']['f1']:.3f} / {f['triple']['f1']:.3f}")
        if wire:
            print(f"{label}\tmean of {len(wire)} wire censuses\t{sum(sum(r) / len(r) for r in wire.values()) / len(wire):.4f}")
        if figures:
            print(f"{label}\tmean of {len(figures)} PLOVER censuses\t"
                  f"{sum(f['type']['f1'] for f in figures.values()) / len(figures):.4f} / "
                  f"{sum(f['triple']['f1'] for f in figures.values()) / len(figures):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
