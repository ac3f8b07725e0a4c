// Routes: the hash names a view, an id and the query ("#/entity/per:x", "#/search?q=iraq").

/** The filters every view that lists matches shares (the API's /api/search parameters). */
export const FILTERS = ["q", "from", "to", "entity", "language", "site"];

/** The current route: {view, id, query: URLSearchParams}. */
export function parseHash(hash) {
  const raw = (hash || "").replace(/^#\/?/, "");
  const qmark = raw.indexOf("?");
  const path = qmark < 0 ? raw : raw.slice(0, qmark);
  const query = new URLSearchParams(qmark < 0 ? "" : raw.slice(qmark + 1));
  const slash = path.indexOf("/");
  const view = (slash < 0 ? path : path.slice(0, slash)) || "search";
  let id = null;
  if (slash >= 0) {
    try {
      id = decodeURIComponent(path.slice(slash + 1));
    } catch {
      id = path.slice(slash + 1);
    }
  }
  return {view, id, query};
}

/** The filters of a query string, as an object the API helpers take. */
export function filtersOf(query) {
  const f = {};
  for (const k of FILTERS) {
    if (k === "entity") f.entity = query.getAll("entity");
    else f[k] = query.get(k) || "";
  }
  return f;
}

/** A link to a view: link("search", {q: "iraq", entity: ["loc:iraq"]}). */
export function link(view, query, id) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x !== null && x !== undefined && x !== "") p.append(k, String(x));
    }
  }
  const qs = p.toString();
  return "#/" + view + (id ? "/" + encodeURIComponent(id) : "") + (qs ? "?" + qs : "");
}
