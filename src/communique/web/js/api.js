// The API under /api/, and the filters kept in the page's query string.
export const FILTER_KEYS = ["actor", "country", "dyad", "pair", "cameo", "quad_class", "modality", "since", "until",
  "place", "min_confidence"];

export function currentFilters() {
  const params = new URLSearchParams(window.location.search);
  const out = {};
  for (const key of FILTER_KEYS) if (params.get(key)) out[key] = params.get(key);
  return out;
}

export async function get(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const response = await fetch(`/api/${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error((body.error && body.error.message) || `HTTP ${response.status}`);
  return body;
}

export function withFilters(path, filters) {
  const query = new URLSearchParams(filters).toString();
  return query ? `${path}?${query}` : path;
}
