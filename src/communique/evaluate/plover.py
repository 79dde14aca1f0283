"""The OEDA PLOVER gold standard (one sentence, a PLOVER 0.5 `event`, source/target actor lists).

Measures: event type (a record's predicted types are the PLOVER types of every event extracted from
its sentence; its gold is its one type, folded into PLOVER 2.0) and (source country, target country,
type) triples, compound actors expanded into every pair, an empty target counted as None.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..codes import UnknownCameoCode, plover_for
from ..records import Document, EventMention
from .formats import country_code, iso_date, table_rows
from . import main_class
from .judgement import Finding, GoldRecord, Judgement, describe_event, triple_reason
from .scoring import compare_sets, per_label, total
from .steps import Coded, lost_at

NAME = "plover"
TYPES_FILE = "eval_plover_types.tsv"
Triple = tuple[str | None, str | None, str]


def matches(record: dict) -> bool:
    return "event" in record and "text" in record and "source" in record


def read(record: dict, number: int) -> GoldRecord:
    plover_type = plover_2_type(str(record["event"]))
    sources = _gold_countries(record.get("source"))
    targets = _gold_countries(record.get("target"))
    gold = {"type": plover_type, "triples": _pairs(sources, targets, plover_type),
            "eventText": record.get("eventText", ""), "class": main_class.class_of_plover(str(record["event"]))}
    return GoldRecord(str(record.get("id", number)), str(record["text"]), iso_date(record.get("date")), gold)


def judge(record: GoldRecord, document: Document) -> Judgement:
    gold_type, gold_triples = record.gold["type"], set(record.gold["triples"])
    predicted_types = {plover_2_type(str(e.plover.get("type"))) for e in document.events if e.plover.get("type")}
    predicted_triples = set().union(*(predicted_event_triples(e) for e in document.events))
    judgement = Judgement(
        record, gold=[f"{gold_type}: " + "; ".join(_show(t) for t in sorted(gold_triples, key=str))
                      + f"  (event text: {record.gold['eventText']})"],
        output=[describe_event(e) for e in document.events], error=document.error)
    judgement.counts["type"] = compare_sets({gold_type}, predicted_types)
    judgement.counts["triple"] = compare_sets(gold_triples, predicted_triples)
    judgement.values = {"gold_type": gold_type, "predicted_types": predicted_types}
    coded = coded_records(document)
    if gold_type not in predicted_types:
        reason = "no event" if not predicted_types else "other types: " + ", ".join(sorted(predicted_types))
        step = lost_at(next(iter(gold_triples), (None, None, gold_type)), coded)
        judgement.findings.append(Finding("missed", "type", gold_type, gold_type, reason, step))
    for extra in sorted(predicted_types - {gold_type}):
        judgement.findings.append(Finding("spurious", "type", extra, extra, f"gold {gold_type}"))
    for triple in sorted(gold_triples - predicted_triples, key=str):
        judgement.findings.append(Finding("missed", "triple", triple[2], _show(triple),
                                          triple_reason(triple, predicted_triples), lost_at(triple, coded)))
    for triple in sorted(predicted_triples - gold_triples, key=str):
        judgement.findings.append(Finding("spurious", "triple", triple[2], _show(triple),
                                          triple_reason(triple, gold_triples)))
    main_class.judge(judgement, record.gold.get("class"), document)
    return judgement


def figures(judgements: list[Judgement]) -> dict[str, Any]:
    per_type = per_label(({j.values["gold_type"]} for j in judgements),
                         (j.values["predicted_types"] for j in judgements))
    return {
        "records": len(judgements),
        "type": total(j.counts["type"] for j in judgements).as_dict(),
        "triple": total(j.counts["triple"] for j in judgements).as_dict(),
        "per_type": {label: counts.as_dict() for label, counts in per_type.items()},
        "main_class": main_class.figures(judgements),
    }


def predicted_event_triples(event: EventMention) -> set[Triple]:
    if not event.plover.get("type"):  # a statement the profile gives no PLOVER type (`plover_statements`)
        return set()
    plover_type = plover_2_type(str(event.plover.get("type")))
    sources = [_actor_country(a.country, a.code) for a in event.source]
    targets = [_actor_country(a.country, a.code) for a in event.target]
    return _pairs(sources, targets, plover_type)


def coded_records(document: Document) -> list[Coded]:
    """Every (source country, target country, type) the coder output or dropped, with its steps."""
    out = [Coded(s, t, kind, event.steps) for event in document.events
           for s, t, kind in predicted_event_triples(event)]
    for source, target, code, steps in document.dropped:
        try:
            kind = plover_2_type(str(plover_for(code).get("type")))
        except UnknownCameoCode:
            continue
        out.append(Coded(country_code(source.replace("~", "---")) if source else None,
                         country_code(target.replace("~", "---")) if target else None, kind, steps, dropped=True))
    return out


def plover_2_type(name: str) -> str:
    """A PLOVER 0.5 category in its PLOVER 2.0 name (FIGHT -> ASSAULT, ...); 2.0 names unchanged."""
    return _folded_types().get(name.upper(), name.upper())


@lru_cache(maxsize=1)
def _folded_types() -> dict[str, str]:
    return {old: new for old, new in table_rows(TYPES_FILE, 2)}


def _gold_countries(actors: object) -> list[str | None]:
    if not isinstance(actors, list):
        return []
    return [country_code(str(a.get("code", ""))) for a in actors if isinstance(a, dict)]


def _actor_country(country: str | None, code: str) -> str | None:
    return country_code(country) if country else country_code(code)


def _pairs(sources: list[str | None], targets: list[str | None], plover_type: str) -> set[Triple]:
    return {(s, t, plover_type) for s in (sources or [None]) for t in (targets or [None])}


def _show(triple: Triple) -> str:
    source, target, plover_type = triple
    return f"({source or '-'} -> {target or '-'}, {plover_type})"
