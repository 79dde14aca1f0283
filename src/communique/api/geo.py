"""World country outlines for the dashboard's map: the vendored world-atlas TopoJSON (Natural Earth,
see web/vendor/world-atlas/README.md) decoded into GeoJSON, each country keyed by its ISO alpha-3 code."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry

ATLAS = "web/vendor/world-atlas/countries-110m.json"
_NO_NUMERIC_CODE = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}  # drawn with the country they sit in


@lru_cache(maxsize=1)
def countries_geojson() -> dict[str, Any]:
    topology = json.loads(resources.files("communique").joinpath(ATLAS).read_text("utf-8"))
    arcs = decode_arcs(topology["arcs"], topology.get("transform"))
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = (geometry.get("properties") or {}).get("name")
        features.append({"type": "Feature", "id": iso3(geometry.get("id"), name),
                         "properties": {"name": name, "iso3": iso3(geometry.get("id"), name)},
                         "geometry": _geometry(geometry, arcs)})
    return {"type": "FeatureCollection", "features": features}


def decode_arcs(arcs: list[list[list[float]]], transform: dict | None) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of each arc: quantised arcs are deltas from the previous point."""
    out = []
    for arc in arcs:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((round(x * sx + tx, 4), round(y * sy + ty, 4)))
        else:
            points = [(p[0], p[1]) for p in arc]
        out.append(points)
    return out


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from arc indices; a negative index ~i is arc i reversed. Arcs share their end points."""
    ring: list[tuple[float, float]] = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _geometry(geometry: dict[str, Any], arcs) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(r, arcs) for r in geometry["arcs"]]}
    if kind == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[_ring(r, arcs) for r in p] for p in geometry["arcs"]]}
    return None


def iso3(numeric: str | None, name: str | None) -> str | None:
    if numeric:
        found = pycountry.countries.get(numeric=str(numeric).zfill(3))
        if found:
            return found.alpha_3
    return _NO_NUMERIC_CODE.get(name or "")
