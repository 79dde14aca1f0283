"""PETRARCH-2 validation records: `{id, date, text, events: [{source, target, code}], noevents}`.

Measures: exact (source actor code, target actor code, CAMEO code) triples, where the predicted
triples are every source x target pair of every extracted event; the same at (3-letter country
prefix, 3-letter prefix, 2-digit root); and how many `noevents` records got no event at all.
"""
from __future__ import annotations

from typing import Any

from ..codes import UnknownCameoCode, event_code
from ..records import Document, EventMention
from .formats import cameo_event_code, iso_date
from . import main_class
from .judgement import Finding, GoldRecord, Judgement, describe_event, triple_reason
from .scoring import compare_sets, total
from .steps import Coded, lost_at

NAME = "petr2"
Triple = tuple[str | None, str | None, str]


def matches(record: dict) -> bool:
    return "text" in record and isinstance(record.get("events"), list) and "noevents" in record


def read(record: dict, number: int) -> GoldRecord:
    exact = {(_actor(e.get("source")), _actor(e.get("target")), cameo_event_code(e.get("code", "")))
             for e in record["events"] if isinstance(e, dict)}
    gold = {"exact": exact, "coarse": {coarse(t) for t in exact}, "noevents": bool(record.get("noevents")),
            "class": main_gold_class(record["events"])}
    return GoldRecord(str(record.get("id", number)), str(record["text"]), iso_date(record.get("date")), gold)


def judge(record: GoldRecord, document: Document) -> Judgement:
    predicted = set().union(*(predicted_event_triples(e) for e in document.events))
    gold_exact = record.gold["exact"]
    judgement = Judgement(
        record, gold=[_show(t) for t in sorted(gold_exact, key=str)] or ["(no events)"],
        output=[describe_event(e) for e in document.events], error=document.error)
    judgement.counts["exact"] = compare_sets(gold_exact, predicted)
    judgement.counts["coarse"] = compare_sets(record.gold["coarse"], {coarse(t) for t in predicted})
    judgement.values = {"noevents": record.gold["noevents"], "no_output": not document.events}
    coded = coded_records(document)
    for triple in sorted(gold_exact - predicted, key=str):
        judgement.findings.append(Finding("missed", "exact", root_group(triple[2]), _show(triple),
                                          triple_reason(triple, predicted, 2), lost_at(triple, coded)))
    for triple in sorted(predicted - gold_exact, key=str):
        judgement.findings.append(Finding("spurious", "exact", root_group(triple[2]), _show(triple),
                                          triple_reason(triple, gold_exact, 2)))
    main_class.judge(judgement, record.gold.get("class"), document)
    return judgement


def figures(judgements: list[Judgement]) -> dict[str, Any]:
    noevents = [j for j in judgements if j.values["noevents"]]
    return {
        "records": len(judgements),
        "exact": total(j.counts["exact"] for j in judgements).as_dict(),
        "coarse": total(j.counts["coarse"] for j in judgements).as_dict(),
        "noevents": {"records": len(noevents), "correct": sum(j.values["no_output"] for j in noevents)},
        "main_class": main_class.figures(judgements),
    }


def main_gold_class(events: list) -> str | None:
    """The five-way class of a record's main event: its first listed event (PETRARCH-2's validation lists the
    main clause's event first), None for a record without events."""
    for event in events:
        if isinstance(event, dict):
            return main_class.class_of_cameo(cameo_event_code(event.get("code", "")))
    return None


def predicted_event_triples(event: EventMention) -> set[Triple]:
    code = cameo_event_code(event.cameo.get("code", ""))
    sources = [_actor(a.code) for a in event.source] or [None]
    targets = [_actor(a.code) for a in event.target] or [None]
    return {(s, t, code) for s in sources for t in targets}


def coded_records(document: Document) -> list[Coded]:
    """Every (source, target, code) the coder output or dropped, with its steps, for `steps.lost_at`."""
    out = [Coded(s, t, code, event.steps) for event in document.events
           for s, t, code in predicted_event_triples(event)]
    out += [Coded(_actor(s), _actor(t), cameo_event_code(code), steps, dropped=True)
            for s, t, code, steps in document.dropped]
    return out


def coarse(triple: Triple) -> Triple:
    """(3-letter country prefix, 3-letter prefix, 2-digit root) of an exact triple."""
    source, target, code = triple
    return (source[:3] if source else None, target[:3] if target else None, code[:2])


def root_group(code: str) -> str:
    """The report group of a CAMEO code: its root and the root's label ("19 FIGHT")."""
    try:
        return f"{code[:2]} {event_code(code[:2]).label}"
    except UnknownCameoCode:
        return code[:2]


def _actor(code: object) -> str | None:
    """An actor code; PETRARCH's '---' (no actor) counts as none."""
    text = str(code or "").strip().upper()
    return None if text in ("", "---") else text


def _show(triple: Triple) -> str:
    source, target, code = triple
    return f"({source or '-'} -> {target or '-'}, {code})"
