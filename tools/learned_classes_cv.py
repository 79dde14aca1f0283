"""Score the switch `learned_classes` (classify/learned_events.py) on left-out censuses.

    PYTHONPATH=src:tests .venv/bin/python tools/build_class_head.py --cv CV.tsv
    PYTHONPATH=src:tests .venv/bin/python tools/learned_classes_cv.py CV.tsv [--new 0.4] [--limit N] [--statements]

Codes every sentence of wire censuses 8-32 and PLOVER censuses 1-20 (never the newest, being written:
build_class_head.NEWEST_UNREAD) once with the switch's events held back, keeping for each sentence the switch could
act on the event it would make for each class (none where learned_events.barred bars it); then decides, sentence by
sentence, with the probabilities of the head that was NOT fitted on that sentence's census (CV.tsv) and the
thresholds given, and prints per left-out census the wire accuracy (main-event class) with and without the switch,
and the PLOVER type and triple F1, with their means. docs/evaluation.md ("learned40") holds its figures.
--statements also scores the switch `learned_statements` over a grid of its two thresholds (the head's least
statement probability, the most of its "none"), chosen by nested leave-one-census-out: for each left-out wire census,
the pair with the best mean accuracy on the other wire censuses (docs/evaluation.md, "learnfix45").
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

FIXTURES = REPO / "tests" / "fixtures"


WIRE, PLOVER = range(8, 34), [""] + list(range(2, 22))  # wire 34 and PLOVER 22 are never read (NEWEST_UNREAD)
LEAST = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # --statements' grid: the head's statement probability at least ...
NONE_BELOW = (0.05, 0.1, 0.15, 0.2, 0.3, 1.01)  # ... and its "none" below (1.01: no cap)


def rows_to_score() -> list[tuple[str, str, tuple, str]]:
    """(kind, census, row, sentence) of wire censuses 8-32 and PLOVER censuses 1-20."""
    out = []
    for n in WIRE:
        path = FIXTURES / f"wire_census{n}.tsv"
        out += [("wire", path.stem, row, row[2]) for row in wire_census.census_rows(path)]
    for n in PLOVER:
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
            made = {c: None if learned_events.barred(c, sentence, context)
                    else learned_events.learned_event(sentence, c, 1.0, context) for c in classes}
            candidates.setdefault(context.doc_id, []).append(made)
        return events

    learned_events.with_learned_events = recording
    documents = list(extract_articles([Article(text=r[3], published="2018-03-01") for r in rows], Settings.build()))
    return [(d, candidates.get(d.id, [])) for d in documents]


def decided_events(document, candidates, probabilities: dict[str, float], new: float | None,
                   statements: tuple[float, float] | None = None):
    events = list(document.events)
    if new is None:
        return events
    for made in candidates:
        found = learned_events.decide(probabilities, new, statements)
        if found is not None and made[found[0]] is not None:
            events.append(made[found[0]])
    return events


def wire_figures(items, new: float | None, statements: tuple[float, float] | None) -> dict[str, tuple[float, float]]:
    """Per wire census: (accuracy, macro-F1) of the main event's class under the thresholds given."""
    from communique.evaluate.main_class import NO_EVENT, classes as main_classes, event_class, main_event
    from communique.evaluate.scoring import macro_f1

    gold: dict[str, list[str]] = {}
    got: dict[str, list[str]] = {}
    for census, row, document, candidates, probabilities in items:
        chosen = main_event(decided_events(document, candidates, probabilities, new, statements))
        gold.setdefault(census, []).append(row[0])
        got.setdefault(census, []).append(event_class(chosen) if chosen else NO_EVENT)
    labels = list(main_classes())
    return {c: (sum(a == b for a, b in zip(gold[c], got[c])) / len(gold[c]), macro_f1(gold[c], got[c], labels))
            for c in gold}


def nested_statements(items, new: float) -> None:
    """learned_statements' thresholds chosen by nested leave-one-census-out over the wire censuses (module
    docstring): per left-out census the pair chosen on the others and its figures, against the switch off."""
    grid = [(least, none) for least in LEAST for none in NONE_BELOW]
    base = wire_figures(items, new, None)
    figures = {pair: wire_figures(items, new, pair) for pair in grid}
    for pair in grid:
        f = figures[pair]
        print(f"grid {pair}\tmean accuracy / macro-F1\t{sum(a for a, _ in f.values()) / len(f):.4f} / "
              f"{sum(m for _, m in f.values()) / len(f):.4f}")
    nested = {}
    for census in base:
        chosen = max(grid, key=lambda p: (sum(figures[p][c][0] for c in base if c != census), -p[1], p[0]))
        nested[census] = figures[chosen][census]
        print(f"nested\t{census}\tchosen {chosen}\t{base[census][0]:.3f} / {base[census][1]:.3f} -> "
              f"{nested[census][0]:.3f} / {nested[census][1]:.3f}")
    n = len(base)
    print(f"nested mean of {n} wire censuses\t{sum(a for a, _ in base.values()) / n:.4f} / "
          f"{sum(m for _, m in base.values()) / n:.4f} -> {sum(a for a, _ in nested.values()) / n:.4f} / "
          f"{sum(m for _, m in nested.values()) / n:.4f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cv", type=Path, help="build_class_head.py --cv's output")
    parser.add_argument("--new", type=float, default=learned_events.NEW_EVENT)
    parser.add_argument("--limit", type=int, help="only the first N rows (a quick check)")
    parser.add_argument("--statements", action="store_true", help="also the switch learned_statements (nested)")
    args = parser.parse_args(argv)
    lines = args.cv.read_text(encoding="utf-8").splitlines()
    classes = lines[0].split("\t")[3:]
    cv = {(f[0], f[2]): dict(zip(classes, map(float, f[3:]))) for f in (line.split("\t") for line in lines[1:])}
    rows = rows_to_score()[:args.limit]
    coded = coded_with_candidates(rows)
    items = [(census, row, document, candidates, cv[(census, hashlib.sha1(sentence.encode()).hexdigest())])
             for (kind, census, row, sentence), (document, candidates) in zip(rows, coded) if kind == "wire"]
    for label, new, statements in (("switch off", None, None), ("switch on", args.new, None),
                                   ("with statements", args.new, learned_events.STATEMENTS)):
        if statements is not None and not args.statements:
            continue
        wire = wire_figures(items, new, statements)
        for census, (accuracy, _) in wire.items():
            print(f"{label}\t{census}\twire accuracy\t{accuracy:.3f}")
        plover: dict[str, list] = {}
        none_rows = events_on_none = 0
        for n, ((kind, census, row, sentence), (document, candidates)) in enumerate(zip(rows, coded)):
            if kind != "plover":
                continue
            probabilities = cv[(census, hashlib.sha1(sentence.encode()).hexdigest())]
            events = decided_events(document, candidates, probabilities, new, statements)
            if row[0] == "none":
                none_rows += 1
                events_on_none += bool(events)
            judgement = plover_census.CensusFormat.judge(plover_census.gold_record(row, n),
                                                         dataclasses.replace(document, events=events))
            plover.setdefault(census, []).append(judgement)
        figures = {census: plover_census.figures(js) for census, js in plover.items()}
        for census, f in figures.items():
            print(f"{label}\t{census}\tPLOVER type / triple F1\t{f['type']['f1']:.3f} / {f['triple']['f1']:.3f}")
        if wire:
            print(f"{label}\tmean of {len(wire)} wire censuses\t{sum(a for a, _ in wire.values()) / len(wire):.4f}"
                  f" / {sum(m for _, m in wire.values()) / len(wire):.4f}")
        if figures:
            print(f"{label}\tmean of {len(figures)} PLOVER censuses\t"
                  f"{sum(f['type']['f1'] for f in figures.values()) / len(figures):.4f} / "
                  f"{sum(f['triple']['f1'] for f in figures.values()) / len(figures):.4f}; "
                  f"PLOVER none rows with an event {events_on_none} of {none_rows}")
    if args.statements:
        nested_statements(items, args.new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
