// The filters bar shared by the search and map views: one chip per active filter, each with a
// button that removes it; entity filters show the entity's name as the server resolved it.

import {h} from "./dom.js";
import {link} from "./route.js";

const LABELS = {q: "text", from: "from", to: "to", language: "language", site: "source"};

export function filterChips(view, f, resolved) {
  const chips = [];
  const names = new Map((resolved || []).map((e) => [e.id, e]));
  const without = (key, value) => {
    const g = {...f, entity: [...f.entity]};
    if (key === "entity") g.entity = g.entity.filter((x) => x !== value);
    else g[key] = "";
    return link(view, g);
  };
  for (const k of ["q", "from", "to", "language", "site"]) {
    if (f[k]) {
      chips.push(h("span", {class: "chip", data: {filter: k}},
        h("span", {class: "chip-key"}, LABELS[k]), " ", f[k], " ",
        h("a", {href: without(k), class: "chip-remove", title: "remove this filter",
          "aria-label": "remove filter " + LABELS[k]}, "×")));
    }
  }
  for (const id of f.entity) {
    const e = names.get(id);
    chips.push(h("span", {class: "chip", data: {filter: "entity", id}},
      h("span", {class: "chip-key"}, e ? e.type : "entity"), " ",
      e ? h("a", {href: link("entity", null, e.id)}, e.name) : id, " ",
      h("a", {href: without("entity", id), class: "chip-remove", title: "remove this filter",
        "aria-label": "remove entity filter"}, "×")));
  }
  return chips.length ? h("div", {class: "chips"}, chips) : null;
}
