// The router: each view has its own URL (/, /stories/{id}, /documents/{id}, /deadlines) with the filters
// in the query string, so a view can be shared and reloaded.
import { currentFilters, get, FILTER_KEYS, withFilters } from "./api.js";
import { el } from "./dom.js";
import { overview, storyPage, documentPage, deadlinesPage } from "./views.js";

const view = document.getElementById("view");
const form = document.getElementById("filters");

function go(url) {
  history.pushState({}, "", url);
  render();
}

async function render() {
  const path = decodeURIComponent(window.location.pathname);
  const filters = currentFilters();
  for (const key of FILTER_KEYS) if (form.elements[key]) form.elements[key].value = filters[key] || "";
  document.querySelectorAll("[data-nav]").forEach((a) => a.classList.toggle("active",
    (a.dataset.nav === "deadlines") === path.startsWith("/deadlines")));
  view.replaceChildren(el("p", { class: "loading" }, "Loading…"));
  try {
    let nodes;
    if (path.startsWith("/stories/")) nodes = await storyPage(path.slice("/stories/".length));
    else if (path.startsWith("/documents/")) nodes = await documentPage(path.slice("/documents/".length));
    else if (path.startsWith("/deadlines")) nodes = await deadlinesPage(filters);
    else nodes = await overview(filters, go);
    view.replaceChildren(...nodes);
    document.title = `communique — ${path === "/" ? "overview" : path.split("/")[1]}`;
    document.body.dataset.ready = "true";
  } catch (error) {
    view.replaceChildren(el("p", { class: "error" }, `Could not load this view: ${error.message}`));
    document.body.dataset.ready = "error";
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const filters = {};
  for (const key of FILTER_KEYS) if (form.elements[key] && form.elements[key].value) filters[key] = form.elements[key].value;
  const path = window.location.pathname.startsWith("/deadlines") ? "/deadlines" : "/";
  go(withFilters(path, filters));
});
document.getElementById("clear-filters").addEventListener("click", () => go(window.location.pathname.startsWith("/deadlines") ? "/deadlines" : "/"));
document.addEventListener("click", (event) => {  // links inside the app change the view without a reload
  const link = event.target.closest("a[href^='/']");
  if (link && !event.ctrlKey && !event.metaKey && !link.getAttribute("href").startsWith("/static/")) {
    event.preventDefault();
    go(link.getAttribute("href"));
  }
});
window.addEventListener("popstate", render);
get("counts", { per: "all", limit: 1 }).then((c) => {
  document.getElementById("store-info").textContent = `${c.items.length ? c.items[0].events : 0} event mentions in the store`;
}).catch(() => {});
render();
