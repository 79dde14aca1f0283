"""Geoparsing gold: `{id, text, published, toponyms: [{start, end, name, lat, lon, geonameid?, country?, fcode?}]}`
(LGL as released by Gritta et al.; lat/lon null where the annotators found no gazetteer entry).

Measured as the field reports it (Gritta et al. 2018, "What's missing in geoparsing?"):
- recognition: a predicted place matches a gold toponym whose span it overlaps (one to one, in text order);
  precision, recall and F1 over the spans; `exact` counts only identical spans;
- resolution, over the matched toponyms that have gold coordinates: the share placed within 161 km (100
  miles), the median error in km, and the AUC of the error curve (the mean of ln(1 + error) / ln(20039),
  0 for a perfect geocoder, 1 for every point at the antipode). A matched place without coordinates counts
  as the largest error.
- a population baseline on the same matched toponyms: the gold name's most populous gazetteer entry,
  which is the baseline the published tables print beside each system.
"""
from __future__ import annotations

import math
import statistics
from typing import Any

from ..records import Document, Place
from .judgement import Finding, GoldRecord, Judgement
from .scoring import Counts, total

NAME = "geo"
EARTH_RADIUS_KM = 6371.0088
LARGEST_ERROR_KM = 20039.0  # half the Earth's circumference: the farthest two points can be
NEAR_KM = 161.0  # 100 miles, the field's threshold


def matches(record: dict) -> bool:
    return "text" in record and isinstance(record.get("toponyms"), list)


def read(record: dict, number: int) -> GoldRecord:
    toponyms = [{"start": int(t["start"]), "end": int(t["end"]), "name": str(t.get("name") or ""),
                 "lat": t.get("lat"), "lon": t.get("lon"), "fcode": t.get("fcode"), "country": t.get("country")}
                for t in record["toponyms"]]
    published = record.get("published")
    return GoldRecord(str(record.get("id", number)), str(record["text"]), str(published)[:10] if published else None,
                      {"toponyms": sorted(toponyms, key=lambda t: t["start"])})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def judge(record: GoldRecord, document: Document) -> Judgement:
    gold = record.gold["toponyms"]
    pairs = _pair(gold, document.places)
    matched_gold = {id(g) for g, _ in pairs}
    matched_places = {id(p) for _, p in pairs}
    judgement = Judgement(record, gold=[_describe_gold(g) for g in gold],
                          output=[_describe_place(p) for p in document.places], error=document.error)
    judgement.counts["overlap"] = Counts(len(pairs), len(document.places) - len(pairs), len(gold) - len(pairs))
    exact = sum(1 for g, p in pairs if (g["start"], g["end"]) == (p.start, p.end))
    judgement.counts["exact_span"] = Counts(exact, len(document.places) - exact, len(gold) - exact)
    for g in gold:
        if id(g) not in matched_gold:
            judgement.findings.append(Finding("missed", "overlap", g["fcode"] or "none", _describe_gold(g)))
    for p in document.places:
        if id(p) not in matched_places:
            judgement.findings.append(Finding("spurious", "overlap", p.feature, _describe_place(p)))
    errors, baseline = [], []
    for g, p in pairs:
        if g["lat"] is None or g["lon"] is None:
            continue
        error = _error(g, p.lat, p.lon)
        errors.append(error)
        baseline.append(_error(g, *_population_choice(record.text[g["start"]:g["end"]])))
        if error > NEAR_KM:
            reason = getattr(p, "reason", "") or ""
            judgement.findings.append(Finding("far", "resolution", p.feature,
                                              f"{_describe_gold(g)} -> {_describe_place(p)}: {error:.0f} km", reason))
    judgement.values = {"errors": errors, "baseline": baseline}
    return judgement


def figures(judgements: list[Judgement]) -> dict[str, Any]:
    errors = [e for j in judgements for e in j.values["errors"]]
    baseline = [e for j in judgements for e in j.values["baseline"]]
    return {
        "records": len(judgements),
        "toponyms": sum(len(j.record.gold["toponyms"]) for j in judgements),
        "overlap": total(j.counts["overlap"] for j in judgements).as_dict(),
        "exact_span": total(j.counts["exact_span"] for j in judgements).as_dict(),
        "geocoding": _resolution(errors),
        "population_baseline": _resolution(baseline),
    }


def scoreboard_lines(figures: dict[str, Any]) -> list[str]:
    """The resolution figures beside the population baseline's, for the scoreboard."""
    ours, base = figures["geocoding"], figures["population_baseline"]
    lines = [f"  {'resolution (matched, with coordinates)':40} {'communique':>12} {'population':>12}"]
    for key, label in (("scored", "toponyms scored"), ("within_161km", "within 161 km"),
                       ("median_km", "median error km"), ("auc", "AUC (lower is better)")):
        lines.append(f"  {label:40} {_number(ours[key]):>12} {_number(base[key]):>12}")
    return lines


def _number(value: float | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _resolution(errors: list[float]) -> dict[str, Any]:
    if not errors:
        return {"scored": 0, "within_161km": 0.0, "median_km": 0.0, "auc": 0.0}
    scale = math.log(LARGEST_ERROR_KM + 1)
    return {"scored": len(errors),
            "within_161km": round(sum(e <= NEAR_KM for e in errors) / len(errors), 4),
            "median_km": round(statistics.median(errors), 1),
            "auc": round(sum(math.log(e + 1) / scale for e in errors) / len(errors), 4)}


def _pair(gold: list[dict], places: list[Place]) -> list[tuple[dict, Place]]:
    """Each gold toponym with the first unused predicted place whose span overlaps it."""
    pairs, used = [], set()
    for g in gold:
        for n, p in enumerate(places):
            if n not in used and p.start < g["end"] and g["start"] < p.end:
                pairs.append((g, p))
                used.add(n)
                break
    return pairs


def _error(gold: dict, lat: float | None, lon: float | None) -> float:
    if lat is None or lon is None:
        return LARGEST_ERROR_KM
    return distance_km(gold["lat"], gold["lon"], lat, lon)


def _population_choice(name: str) -> tuple[float | None, float | None]:
    """The most populous gazetteer entry of the name (areas by the people of their places)."""
    from ..places.gazetteer import load_gazetteer

    candidates = [c.entry for c in load_gazetteer().lookup(name) if c.entry.lat is not None]
    if not candidates:
        return None, None
    best = max(candidates, key=lambda e: e.population)
    return best.lat, best.lon


def _describe_gold(g: dict) -> str:
    where = f"{g['lat']:.2f},{g['lon']:.2f}" if g["lat"] is not None else "no coordinates"
    return f"{g['name']} [{g['start']}:{g['end']}] {g['fcode'] or '-'} {g['country'] or '-'} {where}"


def _describe_place(p: Place) -> str:
    where = f"{p.lat:.2f},{p.lon:.2f}" if p.lat is not None else "no coordinates"
    return f"{p.text} [{p.start}:{p.end}] {p.name} {p.feature} {p.country or '-'} {where}"
