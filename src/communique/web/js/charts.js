// The overview's charts as SVG: the timeline (stacked QuadClass counts per day, Goldstein sum line) and the
// dyad matrix (who acts on whom: size by count, colour by mean Goldstein).
import { el, svg, QUAD_COLOURS, QUAD_NAMES, goldsteinColour } from "./dom.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayRange(first, last) {
  const days = [];
  for (let d = new Date(first + "T00:00:00Z"); d <= new Date(last + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

export function timeline(items) {
  const daily = items.filter((i) => DAY.test(i.date || ""));
  const vague = items.filter((i) => !DAY.test(i.date || "")).reduce((n, i) => n + i.events, 0);
  const box = el("div", { class: "timeline" });
  if (!daily.length) {
    box.append(el("p", { class: "muted" }, "No events with a day date for this filter."));
    return box;
  }
  const byDay = new Map(daily.map((i) => [i.date, i]));
  const span = dayRange(daily[0].date, daily[daily.length - 1].date);
  const days = span.length <= 400 ? span : daily.map((i) => i.date);  // long spans: only days with events
  const W = 900, H = 240, left = 40, right = 44, top = 12, bottom = 34;
  const plotW = W - left - right, plotH = H - top - bottom;
  const maxCount = Math.max(...daily.map((i) => i.events));
  const maxAbsG = Math.max(1, ...daily.map((i) => Math.abs(i.goldstein)));
  const step = plotW / days.length, barW = Math.max(1, step * 0.78);
  const y = (n) => top + plotH - (n / maxCount) * plotH;
  const yg = (g) => top + plotH / 2 - (g / maxAbsG) * (plotH / 2);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "Events per day by QuadClass" });
  for (const n of [0, Math.ceil(maxCount / 2), maxCount]) {
    chart.append(svg("line", { x1: left, x2: W - right, y1: y(n), y2: y(n), stroke: "#eef1f4" }),
                 svg("text", { x: left - 6, y: y(n) + 3, "text-anchor": "end" }, String(n)));
  }
  chart.append(svg("text", { x: W - right + 6, y: yg(maxAbsG) + 3 }, `+${Math.round(maxAbsG)}`),
               svg("text", { x: W - right + 6, y: yg(-maxAbsG) + 3 }, `-${Math.round(maxAbsG)}`),
               svg("text", { x: W - right + 6, y: yg(0) + 3 }, "0 G"));
  const line = [];
  days.forEach((day, index) => {
    const item = byDay.get(day);
    const x = left + index * step + (step - barW) / 2;
    if (item) {
      let base = 0;
      for (const q of [1, 2, 3, 4]) {
        const n = item[`q${q}`];
        if (!n) continue;
        chart.append(svg("rect", { class: `bar q${q}`, x, y: y(base + n), width: barW, height: y(base) - y(base + n),
          fill: QUAD_COLOURS[q], "data-date": day, "data-quad": q, "data-count": n },
          svg("title", {}, `${day}: ${n} ${QUAD_NAMES[q]}`)));
        base += n;
      }
      line.push(`${x + barW / 2},${yg(item.goldstein)}`);
    }
    const every = Math.ceil(days.length / 10);
    if (index % every === 0) {
      chart.append(svg("text", { x: x + barW / 2, y: H - bottom + 14, "text-anchor": "middle" }, day.slice(5)));
    }
  });
  chart.append(svg("text", { x: left, y: H - 4 }, `${days[0]} … ${days[days.length - 1]}`));
  if (line.length > 1) {
    chart.append(svg("polyline", { points: line.join(" "), fill: "none", stroke: "#17202b", "stroke-width": 1.5,
      "stroke-dasharray": "4 2", class: "goldstein-line" }));
  }
  for (const point of line) {
    const [cx, cy] = point.split(",");
    chart.append(svg("circle", { cx, cy, r: 2.5, fill: "#17202b", class: "goldstein-point" }));
  }
  box.append(chart, el("div", { class: "legend" },
    ...[1, 2, 3, 4].map((q) => el("span", {}, el("i", { class: `q${q}` }), `${q} ${QUAD_NAMES[q]}`)),
    el("span", {}, "- - Goldstein sum per day (right scale)"),
    vague ? el("span", {}, `${vague} events dated only to a month or year are not drawn`) : null));
  return box;
}

export function dyadMatrix(items, onPick) {
  const dyads = items.filter((i) => !i.group.includes("-"));
  const box = el("div", { class: "dyads" });
  if (!dyads.length) {
    box.append(el("p", { class: "muted" }, "No events with both a source and a target country for this filter."));
    return box;
  }
  const weight = new Map();
  for (const d of dyads) for (const c of d.group.split(">")) weight.set(c, (weight.get(c) || 0) + d.events);
  const countries = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([c]) => c);
  const cell = 30, left = 46, top = 40, W = left + cell * countries.length + 10, H = top + cell * countries.length + 10;
  const max = Math.max(...dyads.map((d) => d.events));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: Math.min(W * 1.3, 560), role: "img", "aria-label": "Dyads" });
  countries.forEach((c, i) => {
    chart.append(svg("text", { x: left - 6, y: top + i * cell + cell / 2 + 3, "text-anchor": "end" }, c),
                 svg("text", { x: left + i * cell + cell / 2, y: top - 8, "text-anchor": "middle" }, c));
  });
  chart.append(svg("text", { x: 2, y: 12 }, "source ↓  target →"));
  for (const d of dyads) {
    const [source, target] = d.group.split(">");
    const row = countries.indexOf(source), col = countries.indexOf(target);
    if (row < 0 || col < 0) continue;
    const size = 6 + (cell - 8) * Math.sqrt(d.events / max);
    const mean = d.goldstein / d.events;
    chart.append(svg("rect", { class: "dyad-cell", x: left + col * cell + (cell - size) / 2, y: top + row * cell + (cell - size) / 2,
      width: size, height: size, rx: 3, fill: goldsteinColour(mean), "data-dyad": `${source},${target}`, "data-count": d.events,
      onclick: () => onPick(`${source},${target}`) },
      svg("title", {}, `${source} → ${target}: ${d.events} events, Goldstein sum ${d.goldstein} (mean ${mean.toFixed(1)})`)));
  }
  box.append(chart, el("div", { class: "legend" }, el("span", {}, "square size: events; colour: mean Goldstein, "),
    el("span", {}, el("i", { style: `background:${goldsteinColour(-8)}` }), "conflict"),
    el("span", {}, el("i", { style: `background:${goldsteinColour(0)}` }), "neutral"),
    el("span", {}, el("i", { style: `background:${goldsteinColour(8)}` }), "cooperation"),
    el("span", {}, "click a square to filter on that dyad")));
  return box;
}
