// The search view: hits with highlighted snippets, a histogram of matches per day, and facets
// (source, month, language, entities by type) that narrow the search when clicked.

import {h, replace, snippet, num, day, hitTitle} from "./dom.js";
import {get} from "./api.js";
import {filtersOf, link} from "./route.js";
import {histogram} from "./charts.js";
import {filterChips} from "./filters.js";

const PAGE = 20;
const TYPES = [["PER", "People"], ["ORG", "Organizations"], ["LOC", "Places"], ["MISC", "Other names"]];

export async function renderSearch(root, route, live) {
  const f = filtersOf(route.query);
  const sort = route.query.get("sort") === "newest" ? "newest" : "relevance";
  const offset = Math.max(0, parseInt(route.query.get("offset") || "0", 10) || 0);
  const [res, facets] = await Promise.all([
    get("search", {...f, sort, limit: PAGE, offset}),
    // without facets the search still shows its hits (an index from before facets answers 503
    // until it is rebuilt, and says how)
    get("facets", f).catch((e) => ({error: e.message})),
  ]);
  // the facets count the matches per day in the same pass; the timeline alone can, without them
  const timeline = facets.error ? await get("timeline", f) : facets;
  if (!live()) return;
  const here = (extra) => link("search", {...f, sort: sort === "newest" ? "newest" : "", ...extra});

  const hits = res.hits.map((hit) => h("li", {class: "hit", data: {id: hit.id}},
    h("a", {class: "hit-title" + (hit.title ? "" : " untitled"), href: link("article", null, hit.id)},
      hitTitle(hit)),
    h("div", {class: "hit-meta"},
      hit.site ? h("span", {class: "site"}, hit.site) : null,
      h("time", {datetime: hit.published || null}, day(hit.published)),
      hit.url ? h("span", {class: "url"}, hit.url) : null),
    hit.snippet ? h("p", {class: "snippet"}, snippet(hit.snippet)) : null));

  const pager = [];
  if (offset > 0) {
    pager.push(h("a", {class: "prev", href: here({offset: Math.max(0, offset - PAGE) || ""})}, "← newer page"));
  }
  if (offset + res.hits.length < res.total && offset + PAGE <= 10_000) {
    pager.push(h("a", {class: "next", href: here({offset: offset + PAGE})}, "next page →"));
  }

  const onDay = (from, to) => { location.hash = link("search", {...f, from, to}); };
  const timelineDays = timeline.days.map((d) => ({day: d.day, value: d.matches}));

  replace(root,
    h("div", {class: "search-layout"},
      h("section", {class: "results", "aria-label": "results"},
        filterChips("search", f, res.entities),
        h("div", {class: "summary"},
          h("span", {id: "total", data: {total: res.total}}, num(res.total) + " article" + (res.total === 1 ? "" : "s")),
          " · ",
          sort === "newest"
            ? h("a", {href: link("search", {...f}), class: "sort"}, "sort by relevance")
            : h("a", {href: link("search", {...f, sort: "newest"}), class: "sort"}, "sort by newest"),
          " · ",
          h("a", {href: link("map", f), id: "to-map"}, "map these matches")),
        h("figure", {class: "timeline"},
          histogram(timelineDays, {label: "matches", onPick: onDay}),
          h("figcaption", null, timelineCaption(timeline))),
        res.hits.length
          ? h("ol", {class: "hits", start: String(offset + 1)}, hits)
          : h("p", {class: "empty"}, "No article matches. Remove a filter, or try fewer words."),
        pager.length ? h("nav", {class: "pager"}, pager) : null),
      h("aside", {class: "facets", "aria-label": "facets"}, facetPanels(f, facets))));
}

function timelineCaption(t) {
  const dated = t.total - t.undated;
  const parts = [num(dated) + " dated match" + (dated === 1 ? "" : "es") + " by day of publication"];
  if (t.undated) parts.push(num(t.undated) + " undated");
  if (t.capped && t.note) parts.push(t.note);
  return parts.join("; ") + "." + (dated > 0 ? " Click a bar for that day." : "");
}

/** The date facet: months, or years when there are more than 24 months. */
export function monthFacet(f, months) {
  if (months.length > 24) {
    // many months: by year (the histogram and a year's search show its months)
    const years = new Map();
    for (const m of months) {
      const y = m.value.slice(0, 4);
      years.set(y, (years.get(y) || 0) + m.matches);
    }
    return facet("Year", "year", [...years.entries()].map(([value, matches]) => ({value, matches})),
      (v) => link("search", {...f, from: v.value + "-01-01", to: v.value + "-12-31"}));
  } else {
    return facet("Month", "month", months, (v) => {
      const [y, m] = v.value.split("-").map(Number);
      const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      return link("search", {...f, from: v.value + "-01", to: end});
    }, (v) => day(v.value));
  }
}

/** From and to dates, typed or picked; empty means open-ended. */
function dateRange(f) {
  const from = h("input", {type: "date", id: "date-from", name: "from", value: f.from || null});
  const to = h("input", {type: "date", id: "date-to", name: "to", value: f.to || null});
  const form = h("form", {class: "date-range", id: "date-range",
    on: {submit: (ev) => {
      ev.preventDefault();
      location.hash = link("search", {...f, from: from.value, to: to.value});
    }}},
    h("label", {for: "date-from"}, "from "), from,
    h("label", {for: "date-to"}, " to "), to,
    h("button", {type: "submit"}, "Apply"));
  return h("section", {class: "facet", data: {facet: "dates"}}, h("h3", null, "Published"), form);
}

/** One facet: a heading and values with counts; each value links to the narrowed search. */
function facet(title, key, values, hrefOf, labelOf) {
  if (!values || values.length === 0) return null;
  return h("section", {class: "facet", data: {facet: key}},
    h("h3", null, title),
    h("ul", null, values.map((v) => h("li", null,
      h("a", {href: hrefOf(v), class: "facet-value", data: {value: v.id || v.value}}, labelOf ? labelOf(v) : v.value),
      h("span", {class: "count"}, num(v.matches))))));
}

function facetPanels(f, facets) {
  const panels = [];
  if (facets.error) {
    return [h("p", {class: "note", id: "facets-error"}, "No facets: " + facets.error)];
  }
  if (facets.capped && facets.note) panels.push(h("p", {class: "note"}, facets.note));
  panels.push(facet("Source", "site", facets.sites, (v) => link("search", {...f, site: v.value})));
  panels.push(dateRange(f));
  panels.push(monthFacet(f, facets.months));
  panels.push(facet("Language", "language", facets.languages, (v) => link("search", {...f, language: v.value})));

  // Entities, one list per type; the type tabs choose which list shows (the entity-type facet).
  const lists = TYPES.map(([type]) => (facets.types && facets.types[type]) || []);
  const present = TYPES.filter((_, i) => lists[i].length > 0);
  if (present.length) {
    const body = h("div", {class: "entity-lists"});
    const tabs = h("div", {class: "tabs", role: "tablist"});
    const pick = (type) => {
      [...tabs.children].forEach((b) => b.setAttribute("aria-selected", String(b.dataset.type === type)));
      const i = TYPES.findIndex(([t]) => t === type);
      const chosen = lists[i].filter((e) => !f.entity.includes(e.id));
      replace(body, facet(TYPES[i][1], "entity-" + type, chosen,
        (e) => link("search", {...f, entity: [...f.entity, e.id]}), (e) => e.name));
    };
    for (const [type, label] of present) {
      tabs.appendChild(h("button", {type: "button", role: "tab", class: "tab t-" + type, data: {type},
        title: label, on: {click: () => pick(type)}}, type + " " + lists[TYPES.findIndex(([t]) => t === type)].length));
    }
    panels.push(h("section", {class: "facet entities", data: {facet: "entities"}},
      h("h3", null, "Entities"), tabs, body));
    pick(present[0][0]);
  }
  return panels;
}
