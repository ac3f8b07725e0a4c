// The entity view: one corpus entity across the articles. Its canonical name and variants, the
// roles the articles give it, its mentions over time, the entities seen with it (a radial graph),
// its quotations, the places of its articles on a map, and the articles themselves.

import {h, replace, num, day, titleOf, hitTitle} from "./dom.js";
import {get, seg} from "./api.js";
import {link} from "./route.js";
import {histogram, radialGraph, worldMap} from "./charts.js";

/** Entities on the graph at most: more labels than this overlap. */
const GRAPH_NODES = 24;

const TYPE_NAMES = {PER: "Person", ORG: "Organization", LOC: "Place", MISC: "Other name"};

export async function renderEntity(root, route, live) {
  const id = route.id;
  const [page, places, articles] = await Promise.all([
    get("entities/" + seg(id), {limit: 40}),
    get("places", {entity: id}),
    get("search", {entity: id, sort: "newest", limit: 20}),
  ]);
  if (!live()) return;
  const e = page.entity;
  const mapBox = h("div", {class: "map-box", id: "entity-map"});

  replace(root,
    h("div", {class: "entity-layout", data: {id: e.id}},
      h("header", {class: "entity-head"},
        h("span", {class: "badge t-" + e.type}, e.type),
        h("h1", {id: "entity-name"}, e.name),
        h("p", {class: "entity-meta"}, TYPE_NAMES[e.type] + " · " + num(e.articles) + " article"
          + (e.articles === 1 ? "" : "s") + " · " + num(e.mentions) + " mentions · ",
          h("a", {href: link("search", {entity: [e.id]})}, "search its articles"), " · ",
          h("a", {href: link("map", {entity: [e.id]})}, "map its articles"),
          h("span", {class: "id"}, e.id))),
      h("section", {class: "names", id: "variants"}, h("h2", null, "Names"),
        h("ul", {class: "inline"}, page.variants.map((v) => h("li", null, v)))),
      page.roles && page.roles.length ? h("section", {class: "roles", id: "roles"}, h("h2", null, "Roles"),
        h("ul", {class: "inline"}, page.roles.map((r) => h("li", {title: r.how || null},
          r.role, h("span", {class: "count"}, "×" + r.mentions))))) : null,
      h("section", {class: "timeline", id: "entity-timeline"}, h("h2", null, "Mentions over time"),
        histogram(page.timeline.map((d) => ({day: d.day, value: d.mentions})), {label: "mentions",
          onPick: (from, to) => { location.hash = link("search", {entity: [e.id], from, to}); }})),
      h("section", {class: "co", id: "co-entities"}, h("h2", null, "Seen with"),
        page.co_entities.length
          ? radialGraph(e, page.co_entities.slice(0, GRAPH_NODES), (o) => link("entity", null, o.id))
          : h("p", {class: "empty"}, "No other entity shares its articles.")),
      h("section", {class: "quotes", id: "entity-quotes"}, h("h2", null, "Quotations"),
        page.quotes.length ? h("ul", null, page.quotes.map((q) => h("li", {class: "quote"},
          h("blockquote", null, q.text),
          h("p", {class: "quote-meta"}, q.speaker + (q.cue ? " (" + q.cue + ")" : "") + " · ",
            h("a", {href: link("article", null, q.article_id)}, titleOf(q.title, null)), " · ",
            day(q.published)))))
          : h("p", {class: "empty"}, "No quotation is attributed to it.")),
      h("section", {class: "places", id: "entity-places"}, h("h2", null, "Places in its articles"), mapBox),
      h("section", {class: "articles", id: "entity-articles"},
        h("h2", null, "Articles (" + num(articles.total) + ")"),
        h("ol", {class: "hits"}, articles.hits.map((hit) => h("li", {class: "hit"},
          h("a", {href: link("article", null, hit.id), class: hit.title ? null : "untitled"}, hitTitle(hit)), " ",
          h("span", {class: "hit-meta"}, (hit.site ? hit.site + " · " : "") + day(hit.published)))))),
      h("section", {class: "links", id: "entity-links"}, h("h2", null, "Why these names are one entity"),
        h("ul", null, page.links.map((l) => h("li", null, "“" + l.name + "”: " + l.reason + " (",
          h("a", {href: link("article", null, l.article_id)}, "article"), ")"))))));

  if (places.places.length) {
    replace(mapBox, await worldMap(places.places, (p) => link("entity", null, p.id), {width: 720, height: 375}));
  } else {
    replace(mapBox, h("p", {class: "empty"}, "No place in its articles could be put on the map."));
  }
}
