"""The sweep of acts at home (tests/fixtures/home_acts_sweep42.tsv, written and labelled before running, session 42):
a state's yielding at home and its deployments on its own soil are directed at the home state, the corrected ruling
of plover_census17.tsv's header; ratifications, signatures, resignations, exercises, tests and acts aimed abroad keep
their reading. Each half (by SHA-1 parity) is held at a floor just below what the coder reaches."""
from __future__ import annotations

import hashlib

from fixture_tables import coded_rows, fixture_rows


def sweep_hit(row: tuple[str, ...], document) -> bool:
    """Whether a row is coded as labelled: an event of its type (any, for "*") by the source country whose target
    countries are the labelled ones; for a target "-", no such event aimed at anyone."""
    _, kind, source, target = row[:4]
    events = [e for e in document.events if e.modality not in ("hypothetical", "negated")
              and (kind == "*" or e.plover.get("type") == kind)
              and source in {r.code[:3] for r in e.source}]
    targets = [{r.code[:3] for r in e.target if r.code} for e in events]
    if target == "-":
        return not any(targets) and (kind == "*" or bool(events))
    return set(target.split(",")) in targets


def built_on(sentence: str) -> bool:
    return int(hashlib.sha1(sentence.encode("utf-8")).hexdigest(), 16) % 2 == 0


def sweep_figures() -> dict[str, tuple[int, int]]:
    rows = fixture_rows("home_acts_sweep42.tsv")
    figures: dict[str, list[int]] = {}
    for row, document in coded_rows(rows):
        hit = sweep_hit(row, document)
        for part in ("all", "built" if built_on(row[0]) else "measured", row[4]):
            figures.setdefault(part, [0, 0])
            figures[part][0] += hit
            figures[part][1] += 1
    return {part: (hits, n) for part, (hits, n) in figures.items()}


def test_acts_at_home_are_directed_at_the_home_state(nlp):
    figures = sweep_figures()
    assert figures["all"][1] >= 36
    assert figures["built"][0] >= FLOORS["built"] and figures["measured"][0] >= FLOORS["measured"], figures


FLOORS = {"built": 11, "measured": 20}  # of 14 and 24; session 42 reached 12 and 22 (before the switches: 5 and 11)
