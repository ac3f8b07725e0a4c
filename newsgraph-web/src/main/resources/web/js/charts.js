// Charts drawn as plain SVG (no canvas): every bar and node is an element with a <title>, so
// they can be read, linked and tested. The world map uses d3-geo for the projection only.

import {h, s, num, day} from "./dom.js";

const DAY_MS = 86_400_000;

function toDays(iso) {
  return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS);
}

function fromDays(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Days summed into calendar months: [{from: "2020-06-01", to: "2020-06-30", value}]. */
function byMonth(days) {
  const months = new Map();
  for (const d of days) {
    const m = d.day.slice(0, 7);
    months.set(m, (months.get(m) || 0) + d.value);
  }
  return [...months.entries()].map(([m, value]) => {
    const [y, mo] = m.split("-").map(Number);
    return {from: m + "-01", to: new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10), value};
  });
}

/**
 * Matches per day as bars on a calendar axis (days without matches are gaps):
 * days = [{day: "2020-06-11", value: 3}]; onPick(from, to) when a bar is clicked. Over more than
 * 18 months the bars are months (from the 1st to the last day).
 */
export function histogram(days, {label = "matches", onPick = null, width = 720, height = 120} = {}) {
  if (days.length === 0) {
    return h("p", {class: "empty chart-empty"}, "No dated " + label + ".");
  }
  // at least two weeks on the axis, the days with matches in the middle, so that one day is a
  // bar and not the whole chart
  const MIN_SPAN = 14;
  let first = toDays(days[0].day);
  let last = toDays(days[days.length - 1].day);
  if (last - first + 1 < MIN_SPAN) {
    const pad = MIN_SPAN - (last - first + 1);
    first -= Math.floor(pad / 2);
    last += Math.ceil(pad / 2);
  }
  const monthly = last - first + 1 > 548;
  const buckets = monthly ? byMonth(days) : days.map((d) => ({from: d.day, to: d.day, value: d.value}));
  if (monthly) {
    first = toDays(buckets[0].from);
    last = toDays(buckets[buckets.length - 1].to);
  }
  const span = last - first + 1;
  const max = Math.max(...buckets.map((d) => d.value));
  const left = 34;
  const bottom = 20;
  const plotW = width - left - 6;
  const plotH = height - bottom - 8;
  const barW = plotW / span;
  const bars = buckets.map((d) => {
    const x = left + (toDays(d.from) - first) * barW;
    const w = (toDays(d.to) - toDays(d.from) + 1) * barW;
    const bh = Math.max(1, (d.value / max) * plotH);
    const what = monthly ? day(d.from.slice(0, 7)) : day(d.from);
    return s("rect", {
      class: "bar" + (onPick ? " pickable" : ""), x: x.toFixed(2), y: (8 + plotH - bh).toFixed(1),
      width: Math.max(1, w - (w > 3 ? 1 : 0)).toFixed(2), height: bh.toFixed(1),
      data: {day: d.from, to: d.to, value: d.value},
      on: onPick ? {click: () => onPick(d.from, d.to)} : null,
    }, s("title", null, what + ": " + num(d.value) + " " + label));
  });
  const ticks = [];
  const tickCount = Math.min(span, 6);
  for (let i = 0; i < tickCount; i++) {
    const n = first + Math.round((i * (span - 1)) / Math.max(1, tickCount - 1));
    const x = left + (n - first) * barW + barW / 2;
    // the first and last labels stay inside the chart
    const anchor = tickCount > 1 && i === 0 ? "start" : tickCount > 1 && i === tickCount - 1 ? "end" : "middle";
    const tx = anchor === "start" ? left + (n - first) * barW : anchor === "end" ? left + (n - first + 1) * barW : x;
    ticks.push(s("text", {class: "tick", x: tx.toFixed(1), y: height - 4, "text-anchor": anchor},
      monthly ? fromDays(n).slice(0, 7) : fromDays(n)));
  }
  return s("svg", {class: "histogram", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": num(days.length) + " days with " + label},
    s("line", {class: "axis", x1: left, y1: 8 + plotH, x2: width - 6, y2: 8 + plotH}),
    s("text", {class: "tick", x: left - 4, y: 14, "text-anchor": "end"}, num(max)),
    s("text", {class: "tick", x: left - 4, y: 8 + plotH, "text-anchor": "end"}, "0"),
    bars, ticks);
}

/**
 * The entities seen with one entity, on a circle around it: node size and edge width by shared
 * articles, most shared first (clockwise from the top). hrefOf(entity) gives each node's link.
 */
export function radialGraph(center, others, hrefOf, {width = 640, height = 480} = {}) {
  const cx = width / 2;
  const cy = height / 2;
  const ring = Math.min(height / 2 - 36, width / 2 - 170); // room for the labels
  const max = Math.max(1, ...others.map((o) => o.articles));
  const edges = [];
  const nodes = [];
  others.forEach((o, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, others.length);
    const x = cx + ring * Math.cos(angle);
    const y = cy + ring * Math.sin(angle);
    const weight = o.articles / max;
    edges.push(s("line", {class: "edge", x1: cx, y1: cy, x2: x.toFixed(1), y2: y.toFixed(1),
      "stroke-width": (1 + 5 * weight).toFixed(1), data: {id: o.id}}));
    const anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
    const lx = x + 12 * Math.cos(angle);
    const ly = y + 12 * Math.sin(angle) + (Math.abs(Math.cos(angle)) < 0.2 ? (Math.sin(angle) > 0 ? 10 : -4) : 4);
    nodes.push(s("a", {href: hrefOf(o), class: "node t-" + o.type, data: {id: o.id}},
      s("title", null, o.name + " (" + o.type + "): in " + num(o.articles) + " shared article"
        + (o.articles === 1 ? "" : "s")),
      s("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: (5 + 7 * weight).toFixed(1)}),
      s("text", {x: lx.toFixed(1), y: ly.toFixed(1), "text-anchor": anchor}, o.name)));
  });
  return s("svg", {class: "graph", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": center.name + " and " + others.length + " entities seen with it"},
    edges,
    s("g", {class: "node center t-" + center.type},
      s("circle", {cx, cy, r: 16}),
      s("text", {x: cx, y: cy + 32, "text-anchor": "middle"}, center.name)),
    nodes);
}

let worldTopology = null;
let countryCodes = null;

/** The world's countries (world-atlas 2.0.2, 1:110m), fetched once from this server. */
async function world() {
  if (worldTopology === null) {
    const [borders, codes] = await Promise.all([fetch("vendor/countries-110m.json"), fetch("map-countries.json")]);
    if (!borders.ok || !codes.ok) {
      throw new Error("the map's country borders (vendor/countries-110m.json, map-countries.json) did not load");
    }
    worldTopology = await borders.json();
    countryCodes = (await codes.json()).iso3;
  }
  return worldTopology;
}

/**
 * A world map with one circle per place ({id, name, iso3, lat, lon, articles}), area by
 * articles; the countries the places are in are shaded. hrefOf(place) gives each circle's link.
 * Works offline: borders and projection are local.
 */
export async function worldMap(places, hrefOf, {width = 960, height = 500} = {}) {
  if (!window.d3 || !window.topojson) {
    throw new Error("the map's scripts (vendor/d3, vendor/topojson-client) did not load");
  }
  const topo = await world();
  const countries = window.topojson.feature(topo, topo.objects.countries);
  const projection = window.d3.geoNaturalEarth1().fitSize([width, height], {type: "Sphere"});
  const path = window.d3.geoPath(projection);
  const named = new Set(places.map((p) => p.iso3).filter((c) => c));
  const max = Math.max(1, ...places.map((p) => p.articles));
  const points = [...places].sort((a, b) => b.articles - a.articles).map((p) => {
    const [x, y] = projection([p.lon, p.lat]);
    return s("a", {href: hrefOf(p), class: "place", data: {id: p.id, name: p.name}},
      s("title", null, p.name + ": " + num(p.articles) + " article" + (p.articles === 1 ? "" : "s")
        + (p.mentions ? ", " + num(p.mentions) + " mentions" : "")),
      s("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: (4 + 10 * Math.sqrt(p.articles / max)).toFixed(1)}));
  });
  return s("svg", {class: "world", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "world map with " + places.length + " places"},
    s("path", {class: "sphere", d: path({type: "Sphere"})}),
    s("g", {class: "countries"}, countries.features.map((f) =>
      s("path", {class: "country" + (named.has(countryCodes[f.properties.name]) ? " named" : ""), d: path(f),
        data: {id: f.id || null, name: f.properties.name, iso3: countryCodes[f.properties.name] || null}},
        s("title", null, f.properties.name)))),
    s("g", {class: "places"}, points));
}
