"""Fit the learned arbiter (classify/arbiter.py) on the project's census sentences, score it leave-one-census-out,
and write data/classify_arbiter.tsv.

    PYTHONPATH=src:tests .venv/bin/python tools/build_class_head.py --cv CV.tsv
    PYTHONPATH=src:tests .venv/bin/python tools/learned_arbiter_cv.py CV.tsv --coded CODED.pkl \
        [--margin M ...] [--learned-margin L ...] [--learned-below B ...] [--write]
    (tools/build_learned.sh runs both, and the head's own build, in order)

Codes every sentence of wire censuses 8-29 and PLOVER censuses 1-17 once (the default profile, the arbiter held
back), keeping for each read sentence with events its events' facts and the learned event of each class
(cached in CODED.pkl); each sentence's head probabilities are those of a head NOT fitted on its census (CV.tsv).
Then, one census left out at a time, fits the arbiter's weights on the others' candidates (a candidate is right
where its class is the sentence's labelled class; wire rows as labelled, PLOVER rows by their type's class but
REQUEST and none) and prints, for the left-out census, the wire accuracy and macro-F1 of the main event's class
(or the PLOVER type and triple F1, and the events' precision on its no-event rows) without and with the arbiter,
with their means, and how many sentences changed and how many of those became right or wrong, for each point of a
grid of margins: re-ranking's margin, the learned margin for adding the head's class (inf: never) and the line
below which the present main event's confidence must be for adding. Nested: each left-out wire census is scored
with the grid point best on the other wire censuses. --write fits on every census and writes the data file with the
grid point best on all of them. docs/evaluation.md ("learned41", "learned42").
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import pickle
import sys
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

import plover_census  # noqa: E402
import wire_census  # noqa: E402
from communique.classify import arbiter as arb  # noqa: E402
from communique.classify import learned_events  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"
WIRE, PLOVER = range(8, 34), [""] + list(range(2, 22))  # the shipped arbiter's (session 46 refit): every census
# measured once at an earlier session's end (wire 33, PLOVER 21 added), as the class head's fit
UNSURE_TYPES = {"REQUEST"}
STEPS, RATE, L2 = 400, 0.5, 1e-3
NO_ADDING = float("inf")  # a learned margin never reached: re-ranking only


def rows_to_score() -> list[tuple[str, str, tuple, str]]:
    out = []
    for n in WIRE:
        path = FIXTURES / f"wire_census{n}.tsv"
        out += [("wire", path.stem, row, row[2]) for row in wire_census.census_rows(path)]
    for n in PLOVER:
        path = FIXTURES / f"plover_census{n}.tsv"
        out += [("plover", path.stem, row, row[3]) for row in plover_census.census_rows(path)]
    return out


def coded(rows):
    """Each row's Document (the arbiter held back) and, per read sentence with events, (event ids, facts,
    {class: the learned event or None})."""
    from communique.classify import apply
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    found: dict[str, list] = {}

    def recording(events, context, read, probabilities):
        for sentence in read:
            own = [e for e in events if e.sentence == sentence.index]
            facts = [(e.id, arb.facts_of(e, context.doc)) for e in own]
            facts = [(i, f) for i, f in facts if f is not None]
            if not facts:
                continue
            made = {c: learned_events.learned_event(sentence, c, 1.0, context) if arb.may_add(c, sentence, context)
                    else None for c in arb.CLASSES}
            found.setdefault(context.doc_id, []).append(([i for i, _ in facts], [f for _, f in facts], made))
        return events

    apply.arbitrate = recording
    documents = list(extract_articles([Article(text=r[3], published="2018-03-01") for r in rows], Settings.build()))
    return [(d, found.get(d.id, [])) for d in documents]


def gold_class(kind: str, row) -> str | None:
    from communique.evaluate.main_class import class_of_plover
    if kind == "wire":
        return row[0]
    return None if row[0] in UNSURE_TYPES or row[0] == "none" else class_of_plover(row[0])


def training_rows(items, probabilities):
    """(census, features, right) of every candidate of every sentence with a gold class."""
    out = []
    for (kind, census, row, sentence), (document, sentences) in items:
        gold = gold_class(kind, row)
        if gold is None:
            continue
        p = probabilities[(census, hashlib.sha1(sentence.encode()).hexdigest())]
        for _, facts, _ in sentences:
            now = max(range(len(facts)), key=lambda i: (facts[i].confidence, -i))
            for i, (cls, f) in enumerate(arb.candidates(facts, p)):
                out.append((census, arb.features(cls, f, p, i == now, len(facts)), cls == gold))
    return out


def fit(x: numpy.ndarray, y: numpy.ndarray) -> numpy.ndarray:
    """Logistic regression by gradient descent with momentum and L2 (no bias shrinkage)."""
    w, v = numpy.zeros(x.shape[1]), numpy.zeros(x.shape[1])
    shrink = numpy.full(x.shape[1], L2)
    shrink[0] = 0.0
    for _ in range(STEPS):
        ahead = w + 0.9 * v
        p = 1 / (1 + numpy.exp(-(x @ ahead)))
        grad = x.T @ (p - y) / len(y) + shrink * ahead
        v = 0.9 * v - RATE * grad
        w = w + v
    return w


def decided(document, sentences, p, arbiter, text: str):
    """The document's events with the arbiter's word (as arbiter.arbitrate does), and whether it changed them."""
    events = list(document.events)
    by_id = {e.id: n for n, e in enumerate(events)}
    changed = False
    for ids, facts, made in sentences:
        chosen = arbiter.choice(facts, p) if arbiter is not None else None
        present = [by_id[i] for i in ids if i in by_id]
        if chosen is None or not present:
            continue
        top = min(1.0, max(events[n].confidence for n in present) + arb.RAISE)
        if chosen < len(ids):
            if ids[chosen] not in by_id:
                continue
            n = by_id[ids[chosen]]
            events[n] = dataclasses.replace(events[n], confidence=top)
            others = [m for m in present if m != n]
        else:
            cls = arb.candidates(facts, p)[chosen][0]
            if made[cls] is None:  # (arbiter.may_add read at coding time)
                continue
            events.append(dataclasses.replace(made[cls], confidence=top))
            others = present
        for m in others:
            if events[m].confidence >= top:
                events[m] = dataclasses.replace(events[m], confidence=round(top - arb.RAISE, 3))
        changed = True
    return events, changed


def score(items, probabilities, arbiters: dict[str, object]):
    """Per census: figures without and with its arbiter (arbiters[census]), and the changed rows' outcome."""
    from communique.evaluate.main_class import NO_EVENT, event_class, main_event
    from communique.evaluate.scoring import macro_f1

    out: dict[str, dict] = {}
    for n, ((kind, census, row, sentence), (document, sentences)) in enumerate(items):
        p = probabilities[(census, hashlib.sha1(sentence.encode()).hexdigest())]
        entry = out.setdefault(census, {"kind": kind, "gold": [], "off": [], "on": [], "changed": [0, 0, 0],
                                        "judged_off": [], "judged_on": []})
        events, changed = decided(document, sentences, p, arbiters.get(census), sentence)
        if kind == "wire":
            before, after = main_event(document.events), main_event(events)
            before = event_class(before) if before else NO_EVENT
            after = event_class(after) if after else NO_EVENT
            entry["gold"].append(row[0])
            entry["off"].append(before)
            entry["on"].append(after)
            if before != after:
                entry["changed"][0] += 1
                entry["changed"][1] += after == row[0]
                entry["changed"][2] += before == row[0]
        else:
            gold = plover_census.gold_record(row, n)
            entry["judged_off"].append(plover_census.CensusFormat.judge(gold, document))
            with_arbiter = dataclasses.replace(document, events=events)
            entry["judged_on"].append(plover_census.CensusFormat.judge(gold, with_arbiter))
            entry["changed"][0] += changed
            entry["changed"][1] += row[0] == "none" and len(events) > len(document.events)
    table = {}
    for census, e in out.items():
        if e["kind"] == "wire":
            classes = sorted(set(e["gold"]))
            table[census] = {side: (sum(g == x for g, x in zip(e["gold"], e[side])) / len(e["gold"]),
                                    macro_f1(e["gold"], e[side], classes)) for side in ("off", "on")}
        else:
            table[census] = {side: _plover(e[f"judged_{side}"], items, census) for side in ("off", "on")}
        table[census]["changed"] = e["changed"]
    return table


def _plover(judgements, items, census):
    f = plover_census.figures(judgements)
    return f["type"]["f1"], f["triple"]["f1"], f["type"]["precision"]


def print_table(table) -> None:
    wire = {c: t for c, t in table.items() if c.startswith("wire")}
    plover = {c: t for c, t in table.items() if c.startswith("plover")}
    for census, t in wire.items():
        ch = t["changed"]
        print(f"{census}\t{t['off'][0]:.3f} / {t['off'][1]:.3f} -> {t['on'][0]:.3f} / {t['on'][1]:.3f}"
              f"\tchanged {ch[0]}: {ch[1]} now right, {ch[2]} were right")
    if wire:
        mean = lambda side, k: sum(t[side][k] for t in wire.values()) / len(wire)  # noqa: E731
        changed = lambda k: sum(t["changed"][k] for t in wire.values())  # noqa: E731
        print(f"mean of {len(wire)} wire\t{mean('off', 0):.4f} / {mean('off', 1):.4f} -> "
              f"{mean('on', 0):.4f} / {mean('on', 1):.4f}\tchanged {changed(0)}: {changed(1)} now right, "
              f"{changed(2)} were right")
    for census, t in plover.items():
        print(f"{census}\ttype/triple/type P {t['off'][0]:.3f}/{t['off'][1]:.3f}/{t['off'][2]:.3f} -> "
              f"{t['on'][0]:.3f}/{t['on'][1]:.3f}/{t['on'][2]:.3f}\tsentences changed {t['changed'][0]}, "
              f"no-event rows given an event {t['changed'][1]}")
    if plover:
        mean = lambda side, k: sum(t[side][k] for t in plover.values()) / len(plover)  # noqa: E731
        print(f"mean of {len(plover)} PLOVER\t{mean('off', 0):.4f}/{mean('off', 1):.4f}/{mean('off', 2):.4f} -> "
              f"{mean('on', 0):.4f}/{mean('on', 1):.4f}/{mean('on', 2):.4f}")


def print_nested(tables, label: str = "") -> None:
    """Each wire census's figure with the margins chosen on the other wire censuses (nested: the left-out census's
    own figures never choose them)."""
    wire = [c for c in next(iter(tables.values())) if c.startswith("wire")]
    chosen = {}
    for census in wire:
        others = lambda key: sum(tables[key][c]["on"][0] for c in wire if c != census)  # noqa: E731
        chosen[census] = max(tables, key=others)
        t = tables[chosen[census]][census]
        print(f"nested{label}\t{census}\tmargins {chosen[census]}\t{t['off'][0]:.3f} / {t['off'][1]:.3f} -> "
              f"{t['on'][0]:.3f} / {t['on'][1]:.3f}\tchanged {t['changed'][0]}: {t['changed'][1]} now right, "
              f"{t['changed'][2]} were right")
    mean = lambda side, k: sum(tables[chosen[c]][c][side][k] for c in wire) / len(wire)  # noqa: E731
    total = lambda k: sum(tables[chosen[c]][c]["changed"][k] for c in wire)  # noqa: E731
    print(f"nested{label} mean\t{mean('off', 0):.4f} / {mean('off', 1):.4f} -> {mean('on', 0):.4f} / "
          f"{mean('on', 1):.4f}\tchanged {total(0)}: {total(1)} now right, {total(2)} were right")


def load_probabilities(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8").splitlines()
    classes = lines[0].split("\t")[3:]
    return {(f[0], f[2]): dict(zip(classes, map(float, f[3:]))) for f in (line.split("\t") for line in lines[1:])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cv", type=Path, help="build_class_head.py --cv's output")
    parser.add_argument("--coded", type=Path, required=True, help="cache of the coded census sentences (.pkl)")
    parser.add_argument("--margin", type=float, nargs="+", default=[0.0])
    parser.add_argument("--learned-margin", type=float, nargs="+", default=[NO_ADDING],
                        help="margins for adding the head's class (inf: never; re-ranking only)")
    parser.add_argument("--learned-below", type=float, nargs="+", default=[1.01],
                        help="add only where the present main event's confidence is below this")
    parser.add_argument("--write", action="store_true",
                        help="fit on every census and write the data file, with the grid's margins best on the mean "
                             "of every left-out wire census")
    args = parser.parse_args(argv)
    probabilities = load_probabilities(args.cv)
    rows = rows_to_score()
    if args.coded.exists():
        documents = pickle.loads(args.coded.read_bytes())
    else:
        documents = coded(rows)
        args.coded.write_bytes(pickle.dumps(documents))
    items = list(zip(rows, documents))
    train = training_rows(items, probabilities)
    censuses = list(dict.fromkeys(r[1] for r in rows))
    x = numpy.stack([f for _, f, _ in train])
    y = numpy.asarray([right for _, _, right in train], dtype=float)
    names = numpy.asarray([c for c, _, _ in train])
    weights = {c: fit(x[names != c], y[names != c]) for c in censuses}
    tables = {}
    for margin in args.margin:
        for learned_margin in args.learned_margin:
            for below in (args.learned_below if learned_margin != NO_ADDING else [1.01]):
                key = (margin, learned_margin, below)
                print(f"== margin {margin} learned margin {learned_margin} learned below {below}")
                tables[key] = score(items, probabilities, {c: arb.Arbiter(w, *key) for c, w in weights.items()})
                print_table(tables[key])
    if len(tables) > 1:
        print_nested(tables)
        reranking = {k: t for k, t in tables.items() if k[1] == NO_ADDING}
        if reranking and len(reranking) < len(tables):
            print_nested(reranking, " re-rank only")
    if args.write:
        w = fit(x, y)
        files = [f"tests/fixtures/{c}.tsv" for c in censuses]
        wire = [c for c in censuses if c.startswith("wire")]
        key = max(tables, key=lambda k: sum(tables[k][c]["on"][0] for c in wire))
        print(f"margins, learned margin, learned below: {key}")
        from communique.classify.encoders import encoder_choice
        from communique.settings import Settings

        out = encoder_choice(Settings.build().encoder).path(arb.ARBITER_FILE)  # COMMUNIQUE_ENCODER's file
        arb.write_arbiter(out, arb.Arbiter(w, *key), {
            "built": dt.date.today().isoformat(), "built_by": "tools/learned_arbiter_cv.py", "fitted_on": files,
            "candidates": int(len(y)), "head_probabilities": "leave-one-census-out (build_class_head.py --cv)",
            "fit": {"steps": STEPS, "rate": RATE, "l2": L2},
            "margins": "the grid's best on the mean of the left-out wire censuses: " + json.dumps(list(tables))})
        print(f"wrote {out} ({len(y)} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
