// The map view: the places the matching articles mention, on a world map drawn from local files
// (world-atlas borders, d3-geo projection). It follows the current query: the same filters as the
// search view, and the query box redraws it.

import {h, replace, num} from "./dom.js";
import {get} from "./api.js";
import {filtersOf, link} from "./route.js";
import {worldMap} from "./charts.js";
import {filterChips} from "./filters.js";

export async function renderMap(root, route, live) {
  const f = filtersOf(route.query);
  const res = await get("places", f);
  if (!live()) return;
  const hrefOf = (p) => link("search", {...f, entity: [...f.entity.filter((x) => x !== p.id), p.id]});
  const svg = await worldMap(res.places, hrefOf);
  if (!live()) return;
  replace(root,
    h("div", {class: "map-layout"},
      filterChips("map", f, res.entities),
      h("p", {class: "summary"},
        h("span", {id: "map-total"}, num(res.places.length) + " place" + (res.places.length === 1 ? "" : "s")
          + " in " + num(res.read) + " matching article" + (res.read === 1 ? "" : "s")),
        " · ", h("a", {href: link("search", f)}, "list these articles"),
        res.capped && res.note ? h("span", {class: "note"}, " · " + res.note) : null),
      h("div", {class: "map-box", id: "world-map"}, svg),
      h("div", {class: "map-lists"},
        h("section", {class: "place-list"}, h("h2", null, "Places"),
          h("table", {class: "places-table"},
            h("thead", null, h("tr", null, h("th", null, "place"), h("th", null, "kind"),
              h("th", null, "articles"), h("th", null, "mentions"), h("th", null, ""))),
            h("tbody", null, res.places.map((p) => h("tr", {data: {id: p.id}},
              h("td", null, h("a", {href: link("entity", null, p.id)}, p.name)),
              h("td", null, p.kind + (p.iso3 ? " · " + p.iso3 : "")),
              h("td", {class: "n"}, num(p.articles)),
              h("td", {class: "n"}, num(p.mentions)),
              h("td", null, h("a", {href: hrefOf(p), title: "narrow the search to articles naming it"}, "filter"))))))),
        res.unplaced.length ? h("section", {class: "unplaced"}, h("h2", null, "Not on the map"),
          h("p", {class: "hint"}, "Places the gazetteer cannot put a point on yet."),
          h("ul", {class: "inline"}, res.unplaced.map((p) => h("li", null,
            h("a", {href: link("entity", null, p.id)}, p.name), h("span", {class: "count"}, "×" + p.articles)))))
          : null)));
}
