"""The main event of long wire sentences (tools/corpora/main_events.txt): is the main clause's event the one coded?

Scores a corpus of class / CAMEO code / sentence rows as tools/wire_census.py scores its censuses (the class of
each sentence's most confident event, `communique eval`'s `main_class`), adds the share whose most confident event
has the written code's CAMEO root, and puts each wrong sentence down to one general cause of the MAIN CLAUSE,
read from the parse (the sentence's root verb; under a verb of saying at the root, "X said [Y did Z]" or
"[Y did Z], officials said", the verb of the clause it reports) and the coder's trace (`EventMention.trigger_start`,
`Document.dropped`):

- *main verb outranked*: an event of the written class was coded at the main verb, another ranked above it;
- *main verb wrong class*: the main verb was coded, with another class (its sense, or a composition);
- *main verb dropped*: the main verb coded nothing that was kept, and the trace holds a dropped record of the
  written class (for want of a source or a target);
- *main verb silent, another clause coded*: nothing at the main verb, an event of another clause was kept;
- *nothing coded*: no event at all and nothing of the written class dropped.

    PYTHONPATH=src python tools/main_events.py [--corpus FILE] [--losses] [--classifier off]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wire_census  # noqa: E402  (tools/ is not a package)

CORPUS = wire_census.ROOT / "tools" / "corpora" / "main_events.txt"
OUTRANKED, WRONG_CLASS, DROPPED = "main verb outranked", "main verb wrong class", "main verb dropped"
SILENT, NOTHING = "main verb silent, another clause coded", "nothing coded"
CAUSES = (OUTRANKED, WRONG_CLASS, DROPPED, SILENT, NOTHING)
REPORTED = ("ccomp", "parataxis")


def main_verbs(sentence: str, nlp) -> tuple[set[int], str]:
    """The character offsets of the main clause's verb and the verbs chained to it by an infinitive (xcomp) or
    coordination (conj), and the verb's text. A verb of saying at the root gives way to the clause it reports."""
    from communique.coder.prominence import reporting_lemmas

    doc = nlp(sentence)
    root = next(t for t in doc if t.dep_ == "ROOT")
    if root.lemma_ in reporting_lemmas():
        reported = [c for c in root.children if c.dep_ in REPORTED and c.pos_ in ("VERB", "AUX")]
        if reported:
            root = reported[0]
    chain, todo = {root}, [root]
    while todo:
        verb = todo.pop()
        for child in verb.children:
            if child.dep_ in ("xcomp", "conj") and child.pos_ == "VERB" and child not in chain:
                chain.add(child)
                todo.append(child)
    return {t.idx for t in chain}, root.text


def cause(gold: str, document, offsets: set[int]) -> str | None:
    """Why the most confident event of `document` is not of class `gold` (module docstring); None where it is."""
    from communique.evaluate.main_class import class_of_cameo, event_class

    if wire_census.predicted(document) == gold:
        return None
    at_main = [e for e in document.events if e.trigger_start in offsets]
    if any(event_class(e) == gold for e in at_main):
        return OUTRANKED
    if at_main:
        return WRONG_CLASS
    if any(class_of_cameo(code) == gold for _, _, code, _ in document.dropped):
        return DROPPED
    return SILENT if document.events else NOTHING


def score(path: Path, classifier: str | None = None) -> dict:
    from communique.evaluate.main_class import main_event
    from communique.nlp import load_model

    rows = wire_census.census_rows(path)
    documents = wire_census.coded(rows, classifier=classifier)
    nlp = load_model()
    losses = []
    root_right = 0
    for row, document in zip(rows, documents):
        chosen = main_event(document.events)
        root_right += bool(chosen) and str(chosen.cameo.get("code", ""))[:2] == row[1][:2]
        offsets, verb = main_verbs(row[2], nlp)
        why = cause(row[0], document, offsets)
        if why:
            losses.append({"cause": why, "gold": row[0], "code": row[1], "verb": verb, "sentence": row[2],
                           "got": wire_census.predicted(document),
                           "events": [f"{e.cameo.get('code')} {e.trigger} {e.confidence}" for e in document.events],
                           "dropped": [code for _, _, code, _ in document.dropped]})
    figures = wire_census.parted(rows, documents)
    figures["root"] = round(root_right / len(rows), 3)
    figures["main causes"] = {c: sum(1 for loss in losses if loss["cause"] == c) for c in CAUSES}
    return {"figures": figures, "losses": losses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a class/code/sentence/phenomenon TSV")
    parser.add_argument("--classifier", default=None, choices=("off", "events", "all"),
                        help="the learned classifier's setting (default: the settings' own)")
    parser.add_argument("--losses", action="store_true", help="list every wrong sentence with its cause")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"Corpus file {args.corpus} does not exist; check the path given to --corpus.", file=sys.stderr)
        return 2
    out = score(args.corpus, args.classifier)
    f = out["figures"]
    for name in wire_census.PARTS:
        print(wire_census.part_line(name, f[name]))
    print(f"main event's CAMEO root right: {f['root']:.3f}")
    print("lost by cause of the main clause: " + ", ".join(f"{c} {n}" for c, n in f["main causes"].items()))
    if args.losses:
        for loss in out["losses"]:
            print(f"{loss['cause']:38} {loss['gold']:20} ({loss['code']}) got {loss['got']:20} main verb "
                  f"{loss['verb']!r}: {loss['sentence']}  [{'; '.join(loss['events'])}] dropped {loss['dropped']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
