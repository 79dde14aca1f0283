// Building the page: every text from the store goes in as a text node, never as HTML.
const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "text") node.textContent = String(value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function el(tag, attrs, ...children) { return fill(document.createElement(tag), attrs, children); }
export function svg(tag, attrs, ...children) { return fill(document.createElementNS(SVG_NS, tag), attrs, children); }

export function actorNames(actors) {
  if (!actors || !actors.length) return "—";
  return actors.map((a) => `${a.name || a.text} (${a.code})`).join(" + ");
}

export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
export const QUAD_COLOURS = { 1: "#7fbf7b", 2: "#1b7837", 3: "#f4a582", 4: "#b2182b" };

export function quadDot(q) { return el("span", { class: `qc q${q}`, title: QUAD_NAMES[q] || "" }); }

// A colour from red (conflict, -10) through grey to green (cooperation, +10), for a mean Goldstein score.
export function goldsteinColour(value) {
  const t = Math.max(-1, Math.min(1, (value || 0) / 10));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const [r, g, b] = t < 0 ? [mix(150, 178, -t), mix(150, 24, -t), mix(165, 43, -t)]
                          : [mix(150, 27, t), mix(150, 120, t), mix(165, 55, t)];
  return `rgb(${r},${g},${b})`;
}

// The text with spans [start, end) wrapped in <mark>s (as text nodes; overlapping spans are merged in order).
export function highlighted(text, spans) {
  const sorted = spans.filter((s) => s.start != null && s.end > s.start).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (start >= span.end) continue;
    if (start > at) out.push(document.createTextNode(text.slice(at, start)));
    out.push(el("mark", { class: span.cls || "", id: span.id || null, title: span.title || null, "data-event": span.event || null },
      text.slice(start, span.end)));
    at = span.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}
