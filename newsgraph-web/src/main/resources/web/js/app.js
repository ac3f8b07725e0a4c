// The interface: a hash router over four views. Each view fetches what it shows from the API and
// builds its part of the page with dom.js; #view carries data-view and data-state ("loading",
// "ready", "error") so that people and browser tests can tell when a view is done.
//
//   #/search?q=&from=&to=&entity=&language=&site=&sort=&offset=   search, facets, histogram
//   #/article/{id}                                               an article with its layers
//   #/entity/{id}                                                a corpus entity
//   #/map?<the search filters>                                   places of the matches

import {h, replace} from "./dom.js";
import {get, ApiError} from "./api.js";
import {renderSearch} from "./search.js";
import {renderArticle} from "./article.js";
import {renderEntity} from "./entity.js";
import {renderMap} from "./map.js";
import {attachSuggestions} from "./suggest.js";
import {parseHash, filtersOf, link} from "./route.js";

const VIEWS = {search: renderSearch, article: renderArticle, entity: renderEntity, map: renderMap};

const root = document.getElementById("view");
const input = document.getElementById("q");
let generation = 0;

async function show() {
  const route = parseHash(location.hash);
  const render = VIEWS[route.view];
  const mine = ++generation;
  const live = () => mine === generation;
  root.dataset.view = route.view;
  root.dataset.state = "loading";
  document.getElementById("nav-search").classList.toggle("current", route.view === "search");
  document.getElementById("nav-map").classList.toggle("current", route.view === "map");
  if (route.view === "search" || route.view === "map") {
    input.value = route.query.get("q") || "";
  }
  if (!render) {
    failed(new ApiError(404, "there is no view '" + route.view + "'; try #/search"));
    return;
  }
  replace(root, h("p", {class: "loading"}, "Loading…"));
  try {
    await render(root, route, live);
    if (live()) {
      root.dataset.state = "ready";
    }
  } catch (e) {
    if (live()) failed(e);
  }
}

function failed(e) {
  const message = e instanceof ApiError ? e.message : "the page failed: " + e.message;
  replace(root, h("div", {class: "error", role: "alert"},
    h("h2", null, "Could not show this"),
    h("p", {class: "error-message"}, message),
    h("p", null, h("a", {href: "#/search"}, "Back to search"))));
  root.dataset.state = "error";
  if (!(e instanceof ApiError)) console.error(e);
}

// The query form searches, or on the map view redraws the map for the new query: the map follows
// the current query. Entity filters and dates stay; the text is replaced.
document.getElementById("query-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const route = parseHash(location.hash);
  const view = route.view === "map" ? "map" : "search";
  const f = route.view === "search" || route.view === "map" ? filtersOf(route.query) : {};
  f.q = input.value.trim();
  location.hash = link(view, f);
});

attachSuggestions(input, document.getElementById("suggestions"), (entity) => {
  const route = parseHash(location.hash);
  const view = route.view === "map" ? "map" : "search";
  const f = route.view === "search" || route.view === "map" ? filtersOf(route.query) : {entity: []};
  if (!f.entity.includes(entity.id)) f.entity.push(entity.id);
  f.q = "";
  input.value = "";
  location.hash = link(view, f);
});

async function status() {
  const el = document.getElementById("store-status");
  try {
    const health = await get("health");
    replace(el, health.articles.toLocaleString("en-US") + (health.articles === 1 ? " article" : " articles"));
    el.title = "store " + health.store + "; ingest " + health.ingest;
  } catch (e) {
    replace(el, "store unavailable");
    el.title = e.message;
  }
}

window.addEventListener("hashchange", show);
if (!location.hash) {
  history.replaceState(null, "", "#/search");
}
status();
show();
