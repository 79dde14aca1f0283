// The dashboard's views. Each takes the filters (from the query string) and returns the nodes to show.
import { get, withFilters } from "./api.js";
import { el, actorNames, quadDot, highlighted, QUAD_NAMES } from "./dom.js";
import { timeline, dyadMatrix } from "./charts.js";
import { worldMap } from "./map.js";

const card = (title, note, ...body) => el("section", { class: "card" }, el("h2", {}, title, note ? el("small", {}, " — ", note) : null), ...body);
const figure = (value, label, id) => el("div", { class: "figure" }, el("b", { id }, String(value)), el("span", {}, label));
const when = (d) => (d && d.value) || "—";

export async function overview(filters, go) {
  const [events, stories, counts, dyads, places, world, deadlines] = await Promise.all([
    get("events", { ...filters, limit: 1 }), get("stories", { ...filters, limit: 50 }),
    get("counts", { ...filters, limit: 1000 }), get("counts", { ...filters, group: "dyad", per: "all", limit: 200 }),
    get("locations", filters), get("geo/countries"), get("deadlines", { limit: 1 })]);
  const pick = (extra) => go(withFilters("/", { ...filters, ...extra }));
  const storyRows = stories.items.map((s) => el("tr", { class: "story-row" },
    el("td", {}, when(s.date)), el("td", {}, actorNames(s.source)),
    el("td", {}, el("a", { href: `/stories/${encodeURIComponent(s.id)}`, class: "story-link" }, `${s.cameo.code} ${s.cameo.name}`)),
    el("td", {}, actorNames(s.target)), el("td", {}, s.location ? s.location.name : "—"),
    el("td", {}, String(s.mentions)), el("td", {}, String(s.documents))));
  const goldstein = counts.items.reduce((t, i) => t + i.goldstein, 0);
  return [
    el("div", { class: "figures" }, figure(events.total, "event mentions", "total-events"),
      figure(stories.total, "stories", "total-stories"), figure(goldstein.toFixed(1), "Goldstein sum", "total-goldstein"),
      el("div", { class: "figure" }, el("b", {}, el("a", { href: "/deadlines" }, String(deadlines.total))), el("span", {}, "commitments followed up"))),
    el("div", { class: "grid" },
      el("section", { class: "card wide", id: "timeline" }, el("h2", {}, "Timeline ", el("small", {}, "— events per day by QuadClass, and the Goldstein sum")), timeline(counts.items)),
      el("section", { class: "card", id: "map" }, el("h2", {}, "Where ", el("small", {}, "— located events, at the precision the text gives")), worldMap(world, places.items, pick)),
      el("section", { class: "card", id: "dyads" }, el("h2", {}, "Who acts on whom ", el("small", {}, "— dyads by country")), dyadMatrix(dyads.items, (dyad) => pick({ dyad }))),
      el("section", { class: "card wide", id: "stories" }, el("h2", {}, "Stories ", el("small", {}, `— ${stories.total} matching, first ${stories.items.length} shown`)),
        el("table", { class: "list" }, el("thead", {}, el("tr", {}, ...["When", "Who", "What", "Whom", "Where", "Mentions", "Docs"].map((h) => el("th", {}, h)))),
          el("tbody", {}, ...storyRows)))),
  ];
}

function mentionDetails(e) {
  return el("div", { class: "mention", id: `m-${e.id}` },
    el("div", {}, quadDot(e.quad_class), el("b", {}, `${e.cameo.code} ${e.cameo.name}`), " · ", actorNames(e.source), " → ", actorNames(e.target)),
    el("div", { class: "meta" }, `date ${when(e.date)}${e.date && e.date.text ? ` (“${e.date.text}”)` : ""} · modality ${e.modality} · confidence ${e.confidence}`,
      e.deadline ? ` · deadline ${e.deadline.value} (“${e.deadline.text}”)` : "",
      e.location ? ` · at ${e.location.name} (${e.location.feature})` : "",
      e.speaker ? ` · said by ${e.speaker.name || e.speaker.text}` : "", ` · trigger “${e.trigger || ""}”`));
}

function articleBlock(doc, events) {
  const spans = events.map((e) => ({ start: e.start, end: e.end, cls: `q${e.quad_class}`, event: e.id,
    title: `${e.cameo.code} ${e.cameo.name} — ${QUAD_NAMES[e.quad_class]}` }));
  return el("div", { class: "article", "data-document": doc.id }, ...highlighted(doc.text || "", spans));
}

export async function storyPage(id) {
  const [story, board] = await Promise.all([get(`stories/${encodeURIComponent(id)}`), get("deadlines", { limit: 1000 })]);
  const followup = board.items.find((d) => d.id === story.id);
  const parts = [el("p", {}, el("a", { href: "/" }, "← overview")),
    el("h1", {}, `${story.cameo.code} ${story.cameo.name}`),
    el("p", { class: "meta" }, `${actorNames(story.source)} → ${actorNames(story.target)} · ${when(story.date)} · `,
      `${story.mentions} mentions in ${story.documents} documents · first seen ${story.first_seen}, last seen ${story.last_seen}`,
      story.deadline ? ` · deadline ${story.deadline.value}` : "")];
  if (followup) {
    parts.push(el("p", { class: "followup" }, el("a", { href: "/deadlines" }, "Deadline follow-up"), ": ",
      el("span", { class: `badge status-${followup.status}` }, followup.status), ` ${followup.kind}, confidence ${followup.confidence_status} — ${followup.reason}`));
  }
  for (const doc of story.documents_detail) {
    const events = story.events.filter((e) => e.document_id === doc.id);
    parts.push(el("section", { class: "card", style: "margin-bottom:14px" },
      el("h2", {}, el("a", { href: `/documents/${encodeURIComponent(doc.id)}`, class: "doc-title" }, doc.title || doc.id)),
      el("p", { class: "meta" }, `${doc.source || "unknown source"} · published ${doc.published || "—"} · `,
        doc.url ? el("a", { href: doc.url, rel: "noopener noreferrer" }, doc.url) : "no URL"),
      ...events.map(mentionDetails), articleBlock(doc, events)));
  }
  return parts;
}

export async function documentPage(id) {
  const doc = await get(`documents/${encodeURIComponent(id)}`);
  return [el("p", {}, el("a", { href: "/" }, "← overview")), el("h1", { class: "doc-title" }, doc.title || doc.id),
    el("p", { class: "meta" }, `${doc.source || "unknown source"} · published ${doc.published || "—"} · ${doc.events.length} events, ${doc.quotes.length} quotes · `,
      doc.url ? el("a", { href: doc.url, rel: "noopener noreferrer" }, doc.url) : "no URL"),
    el("div", { class: "legend" }, ...[1, 2, 3, 4].map((q) => el("span", {}, el("i", { class: `q${q}` }), QUAD_NAMES[q]))),
    el("div", { class: "grid" }, el("div", {}, articleBlock(doc, doc.events)),
      el("div", {}, ...doc.events.map((e) => el("div", {}, mentionDetails(e), e.story ? el("a", { href: `/stories/${encodeURIComponent(e.story)}`, class: "meta" }, "story →") : null))))];
}

export async function deadlinesPage(filters) {
  const board = await get("deadlines", { actor: filters.actor, country: filters.country, since: filters.since, until: filters.until, limit: 1000 });
  const rows = board.items.map((d) => el("tr", { class: `deadline status-row-${d.status}` },
    el("td", {}, el("span", { class: `badge status-${d.status}` }, d.status), el("div", { class: "meta" }, `confidence ${d.confidence_status}`)),
    el("td", {}, el("b", {}, d.kind), el("div", { class: "meta" }, `${d.cameo.code} ${d.cameo.name || ""}`)),
    el("td", {}, actorNames(d.promised_by), el("div", { class: "meta" }, "binding ", actorNames(d.bound))),
    el("td", {}, d.date), el("td", {}, d.deadline ? `${d.deadline.value}` : "—", d.deadline ? el("div", { class: "meta" }, `“${d.deadline.text}”`) : null),
    el("td", {}, el("div", {}, d.evidence), el("div", {}, ...d.document_ids.map((doc) => el("a", { href: `/documents/${encodeURIComponent(doc)}`, class: "meta" }, `${doc} `)))),
    el("td", {}, el("div", {}, d.reason), ...d.deciding.map((x) => el("div", { class: "meta" },
      `${x.date} ${x.effect}: `, el("a", { href: `/documents/${encodeURIComponent(x.document_id)}` }, x.evidence))))));
  const tally = ["met", "broken", "pending", "unclear"].map((s) => el("span", {}, el("span", { class: `badge status-${s}` }, s), ` ${board.items.filter((d) => d.status === s).length}`));
  return [el("h1", {}, "Deadline board"), el("p", { class: "meta" }, `${board.total} commitments and deadlines; each status is decided by later events between the same parties and places.`),
    el("div", { class: "legend", id: "deadline-tally" }, ...tally),
    el("section", { class: "card" }, el("table", { class: "list" },
      el("thead", {}, el("tr", {}, ...["Status", "What", "Promised by", "Made", "Deadline", "Evidence", "Decided by"].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows)))];
}
