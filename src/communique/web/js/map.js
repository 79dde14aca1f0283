// The map: country outlines (Natural Earth via world-atlas, served by /api/geo/countries) in an
// equirectangular projection, zoomed to the located events. Events located only to a country colour that
// country (no centroid dot posing as a city); admin areas are dashed rings, cities solid dots.
import { el, svg, goldsteinColour } from "./dom.js";

const K = 2.5;  // map units per degree
const project = ([lon, lat]) => [(lon + 180) * K, (90 - lat) * K];

function pathOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => "M" + ring.map((p) => project(p).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("")).join("");
}

function boundsOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const points = polygons.flat(2);
  return [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])),
          Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
}

export function worldMap(world, places, onPick) {
  const byCountry = new Map();
  for (const p of places.filter((p) => p.feature === "country")) byCountry.set(p.country, p);
  const points = places.filter((p) => p.feature !== "country" && p.lat != null && p.lon != null);
  const box = [];  // lon/lat bounds of everything located
  const features = world.features.filter((f) => f.geometry);
  for (const f of features) if (byCountry.has(f.id)) box.push(boundsOf(f.geometry));
  for (const p of points) box.push([p.lon, p.lat, p.lon, p.lat]);
  let [w, s, e, n] = box.length ? [Math.min(...box.map((b) => b[0])), Math.min(...box.map((b) => b[1])),
    Math.max(...box.map((b) => b[2])), Math.max(...box.map((b) => b[3]))] : [-180, -60, 180, 85];
  const padLon = Math.max(8, (e - w) * 0.15), padLat = Math.max(6, (n - s) * 0.15);
  [w, s, e, n] = [Math.max(-180, w - padLon), Math.max(-90, s - padLat), Math.min(180, e + padLon), Math.min(90, n + padLat)];
  let [x0, y0] = project([w, n]), [x1, y1] = project([e, s]);
  const minHeight = (x1 - x0) / 1.8;  // no thin strip: widen the latitudes shown to a readable shape
  if (y1 - y0 < minHeight) {
    const middle = (y0 + y1) / 2;
    [y0, y1] = [Math.max(0, middle - minHeight / 2), Math.min(180 * K, middle + minHeight / 2)];
  }
  const unit = (x1 - x0) / 100;  // symbol sizes follow the zoom
  const chart = svg("svg", { viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, width: "100%", role: "img",
    "aria-label": "Map of located events", preserveAspectRatio: "xMidYMid meet", class: "map" });
  chart.append(svg("rect", { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: "#d6e4ef" }));
  for (const f of features) {
    const place = byCountry.get(f.id);
    const attrs = { d: pathOf(f.geometry), class: "map-country", "vector-effect": "non-scaling-stroke", "data-country": f.id };
    if (place) {
      Object.assign(attrs, { class: "map-country has-events", style: `fill:${goldsteinColour(place.goldstein / place.events)}`,
        "data-count": place.events, onclick: () => onPick({ place: f.id }) });
    }
    chart.append(svg("path", attrs, svg("title", {}, place
      ? `${f.properties.name}: ${place.events} events located to the country as a whole (precision: country), Goldstein sum ${place.goldstein}`
      : f.properties.name)));
  }
  const maxEvents = Math.max(1, ...points.map((p) => p.events));
  for (const p of points) {
    const [cx, cy] = project([p.lon, p.lat]);
    const r = unit * (0.7 + 1.1 * Math.sqrt(p.events / maxEvents));
    const colour = goldsteinColour(p.goldstein / p.events);
    const admin = p.feature === "admin" || p.feature === "region";
    chart.append(svg("circle", { cx, cy, r: admin ? r * 1.8 : r, class: `map-point ${admin ? "admin" : "city"}`,
      fill: admin ? "none" : colour, stroke: admin ? colour : "#fff", "vector-effect": "non-scaling-stroke",
      "data-place": p.name, "data-count": p.events, onclick: () => onPick({ place: p.name }) },
      svg("title", {}, `${p.name} (${p.country}): ${p.events} events, precision: ${p.feature}, Goldstein sum ${p.goldstein}`)));
  }
  const countryEvents = [...byCountry.values()].reduce((t, p) => t + p.events, 0);
  const pointEvents = points.reduce((t, p) => t + p.events, 0);
  return el("div", {}, chart, el("div", { class: "legend" },
    el("span", {}, el("i", { style: "background:#c8b0b0;border:1px solid #555" }), `country shaded: ${countryEvents} events located only to a country`),
    el("span", {}, el("i", { style: "background:#b2182b;border-radius:50%" }), `dot: city (${points.filter((p) => !["admin", "region"].includes(p.feature)).length} places)`),
    el("span", {}, el("i", { style: "border:2px dashed #b2182b;border-radius:50%" }), "dashed ring: province or region"),
    el("span", {}, `${pointEvents + countryEvents} located events; colour = mean Goldstein (red conflict, green cooperation)`)));
}
