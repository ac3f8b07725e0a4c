// The article view: the canonical text with its layers marked (entity mentions, time
// expressions, quotations, counts), every mark linked to what it is; the knowledge record in a
// side panel; teasers, captions, credit and site furniture set apart from the text.
//
// Layers are spans of UTF-16 offsets into article.text. The text of each block is cut at every
// span boundary, and each piece becomes one <span> whose classes name the layers covering it, so
// nested and overlapping spans (a name inside a quotation) need no HTML at all: every piece's
// text goes in through a text node.

import {h, replace, outLink, num, day, titleOf} from "./dom.js";
import {get, seg} from "./api.js";
import {link} from "./route.js";

const TEXT_KINDS = new Set(["title", "heading", "paragraph", "list_item", "blockquote", "table"]);
const APART_LABELS = {
  teaser: "Teaser (a link to another article)", caption: "Caption", credit: "Credit",
  byline: "Byline", dateline: "Dateline", boilerplate: "Site furniture",
};
const LAYERS = [
  ["m", "mentions", "Entity mentions"],
  ["t", "timexes", "Time expressions"],
  ["q", "quotations", "Quotations"],
  ["c", "counts", "Counts"],
];

export async function renderArticle(root, route, live) {
  const [a, record] = await Promise.all([
    get("articles/" + seg(route.id)),
    get("articles/" + seg(route.id) + "/record").catch(() => null),
  ]);
  if (!live()) return;
  const art = a.article;
  const text = art.text || "";
  const entities = new Map(a.entities.map((e) => [e.entity_id, e]));

  const spans = [];
  a.mentions.forEach((m, i) => spans.push({layer: "m", i, start: m.char_start, end: m.char_end}));
  a.timexes.forEach((t, i) => spans.push({layer: "t", i, start: t.char_start, end: t.char_end}));
  a.quotations.forEach((q, i) => spans.push({layer: "q", i, start: q.char_start, end: q.char_end}));
  a.counts.forEach((c, i) => spans.push({layer: "c", i, start: c.char_start, end: c.char_end}));

  const detail = h("div", {class: "selection", id: "selection"},
    h("p", {class: "hint"}, "Click a marked word for what it is."));
  const context = {a, entities, detail};

  const blocks = a.blocks.length
    ? a.blocks
    : [{ord: 0, kind: "paragraph", char_start: 0, char_end: text.length}];
  // the article's own language and direction (an Arabic or Hebrew article reads right to left)
  const body = h("div", {class: "article-text", id: "article-text", lang: art.language || null, dir: "auto"});
  const apart = [];
  let titleBlock = null;
  for (const b of blocks) {
    const pieces = markedPieces(text, b.char_start, b.char_end, spans, context);
    if (b.kind === "title" && titleBlock === null) {
      // the headline is part of the text (with its marks): it is the page's heading too
      titleBlock = h("h1", {id: "article-title", class: "block k-title", data: {ord: b.ord, start: b.char_start}}, pieces);
    } else if (TEXT_KINDS.has(b.kind)) {
      const tag = {title: "h2", heading: "h3", blockquote: "blockquote"}[b.kind] || "p";
      body.appendChild(h(tag, {class: "block k-" + b.kind, data: {ord: b.ord, start: b.char_start}}, pieces));
    } else {
      apart.push(h("div", {class: "apart k-" + b.kind, data: {kind: b.kind, ord: b.ord}},
        h("span", {class: "apart-kind"}, APART_LABELS[b.kind] || b.kind),
        h("p", null, pieces)));
    }
  }
  body.addEventListener("click", (ev) => select(ev.target, context));
  const byKey = (ev) => {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList.contains("mark")) {
      ev.preventDefault();
      select(ev.target, context);
    }
  };
  body.addEventListener("keydown", byKey);
  if (titleBlock) {
    titleBlock.addEventListener("click", (ev) => select(ev.target, context));
    titleBlock.addEventListener("keydown", byKey);
  }
  for (const el of apart) {
    el.addEventListener("click", (ev) => select(ev.target, context));
    el.addEventListener("keydown", byKey);
  }

  const toggles = h("div", {class: "layer-toggles", role: "group", "aria-label": "layers"},
    LAYERS.map(([cls, key, label]) => {
      const box = h("input", {type: "checkbox", checked: true, id: "layer-" + cls,
        on: {change: () => articleEl.classList.toggle("hide-" + cls, !box.checked)}});
      return h("label", {class: "toggle l-" + cls, for: "layer-" + cls}, box, " " + label + " ",
        h("span", {class: "count", id: "count-" + key}, num(a[key].length)));
    }));

  const source = art.canonical_url || art.url;
  // the layer toggles hide marks in the headline, the text and the blocks set apart alike
  const articleEl = h("article", {class: "article", id: "article", data: {id: art.id}});
  replace(root,
    h("div", {class: "article-layout"},
      replace(articleEl,
        h("header", null,
          titleBlock || h("h1", {id: "article-title"}, titleOf(art.title, text)),
          h("div", {class: "article-meta"},
            art.site_name ? h("span", {class: "site"}, art.site_name) : null,
            h("time", {datetime: art.published || null}, day(art.published)),
            art.authors && art.authors.length ? h("span", {class: "authors"}, "by " + art.authors.join(", ")) : null,
            art.section ? h("span", {class: "section"}, art.section) : null,
            h("span", {class: "language"}, art.language || "language unknown"),
            h("span", {class: "words"}, num(art.words) + " words")),
          h("p", {class: "source"}, "Source: ",
            source ? outLink(source) : h("span", {class: "unlinked"}, art.source || "(unknown)"))),
        toggles,
        a.truncated.length
          ? h("p", {class: "note"}, "Long layers cut at 10,000 rows: " + a.truncated.join(", ")) : null,
        body,
        apart.length ? h("section", {class: "set-apart", id: "set-apart"},
          h("h2", null, "Set apart from the text"), apart) : null),
      h("aside", {class: "record", id: "record", "aria-label": "knowledge record"},
        h("h2", null, "Selection"), detail,
        recordPanel(a, record))));
}

/** The pieces of text[from, to), each a <span> with the classes of the spans covering it. */
function markedPieces(text, from, to, spans, context) {
  const inside = spans.filter((s) => s.start < to && s.end > from && s.end > s.start);
  const cuts = new Set([from, to]);
  for (const s of inside) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    const piece = text.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(["mark"]);
    const data = {};
    const titles = [];
    for (const layer of ["m", "t", "q", "c"]) {
      // the innermost (shortest) span of each layer is the one a click selects
      const mine = covering.filter((s) => s.layer === layer).sort((x, y) => (x.end - x.start) - (y.end - y.start));
      if (mine.length === 0) continue;
      const s = mine[0];
      classes.add(layer);
      data[layer] = s.i;
      if (a === s.start) classes.add(layer + "-start");
      if (b === s.end) classes.add(layer + "-end");
      titles.push(describe(layer, s.i, context));
      if (layer === "m") {
        const m = context.a.mentions[s.i];
        const e = context.entities.get(m.entity_id);
        classes.add("t-" + (e ? e.type : "UNK"));
        classes.add("mk-" + m.kind);
        if (!m.corpus_id) classes.add("unnamed"); // a reference to something never named
      }
      if (layer === "q") classes.add("qk-" + context.a.quotations[s.i].kind);
    }
    // the first piece of each span is a stop for the keyboard (Tab to it, Enter to select)
    const starts = [...classes].some((c) => c.endsWith("-start"));
    out.push(h("span", {class: [...classes].join(" "), data, title: titles.join("\n"),
      tabindex: starts ? "0" : null, role: starts ? "button" : null}, piece));
  }
  return out;
}

/** A one-line description of a layer's row, for the tooltip. */
function describe(layer, i, {a, entities}) {
  if (layer === "m") {
    const m = a.mentions[i];
    const e = entities.get(m.entity_id);
    return (e ? e.name + " (" + e.type + ")" : m.surface) + (m.kind !== "name" ? " · " + m.kind : "")
      + (m.role ? " · as the " + m.role : "");
  }
  if (layer === "t") {
    const t = a.timexes[i];
    return t.type.toLowerCase() + " " + t.value + (t.resolution ? " (" + t.resolution + ")" : "");
  }
  if (layer === "q") {
    const q = a.quotations[i];
    return q.kind === "scare" ? "scare quotes" : "quoted: " + (q.speaker || "speaker unknown");
  }
  const c = a.counts[i];
  return "count " + num(c.value) + (c.object ? " " + c.object : "") + " (" + c.qualifier + ")";
}

/** Shows, in the side panel, every layer row under the clicked piece. */
function select(target, {a, entities, detail}) {
  const piece = target.closest ? target.closest(".mark") : null;
  if (!piece) return;
  document.querySelectorAll(".mark.selected").forEach((el) => el.classList.remove("selected"));
  piece.classList.add("selected");
  const rows = [];
  if (piece.dataset.m !== undefined) {
    const m = a.mentions[Number(piece.dataset.m)];
    const e = entities.get(m.entity_id);
    rows.push(h("div", {class: "sel sel-m"},
      h("h3", null, "Entity"),
      h("p", null, e && m.corpus_id
        ? h("a", {href: link("entity", null, m.corpus_id), class: "entity-link"}, e.name)
        : (e ? e.name : m.surface),
        " ", h("span", {class: "badge t-" + (e ? e.type : "UNK")}, e ? e.type : "?")),
      kv([["mention", "“" + m.surface + "”"], ["kind", m.kind], ["stands for", m.stands_for || m.role],
        ["characters", m.char_start + "–" + m.char_end], ["sentence", m.sentence === null ? null : m.sentence + 1]])));
  }
  if (piece.dataset.q !== undefined) {
    const q = a.quotations[Number(piece.dataset.q)];
    rows.push(h("div", {class: "sel sel-q"},
      h("h3", null, q.kind === "scare" ? "Scare quotes" : "Quotation"),
      h("blockquote", null, q.text),
      kv([["speaker", q.speaker_corpus_id
        ? h("a", {href: link("entity", null, q.speaker_corpus_id)}, q.speaker) : q.speaker],
        ["cue", q.cue], ["kind", q.kind], ["characters", q.char_start + "–" + q.char_end]])));
  }
  if (piece.dataset.t !== undefined) {
    const t = a.timexes[Number(piece.dataset.t)];
    rows.push(h("div", {class: "sel sel-t"}, h("h3", null, "Time expression"),
      kv([["text", "“" + t.surface + "”"], ["type", t.type], ["value", t.value], ["modifier", t.mod],
        ["resolution", t.resolution]])));
  }
  if (piece.dataset.c !== undefined) {
    const c = a.counts[Number(piece.dataset.c)];
    rows.push(h("div", {class: "sel sel-c"}, h("h3", null, "Count"),
      kv([["text", "“" + c.surface + "”"], ["value", num(c.value)], ["of", c.object],
        ["qualifier", c.qualifier], ["kind", c.kind]])));
  }
  replace(detail, rows);
}

/** A list of these items, or "None." */
function listOrNone(items) {
  return items.length ? h("ul", null, items) : h("p", {class: "empty"}, "None.");
}

/** A definition list of the pairs whose value is present. */
function kv(pairs) {
  return h("dl", {class: "kv"}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => [h("dt", null, k), h("dd", null, v)]));
}

/** The knowledge record: metadata, then the layers as lists, then the stored JSON itself. */
function recordPanel(a, record) {
  const art = a.article;
  const byType = {};
  const unnamed = [];
  for (const e of a.entities) {
    if (e.corpus_id) (byType[e.type] = byType[e.type] || []).push(e);
    else unnamed.push(e);
  }
  const named = a.entities.length - unnamed.length;
  const anchor = record && record.anchor;
  return [
    h("h2", null, "Knowledge record"),
    kv([["id", art.id], ["source", art.source], ["url", art.url], ["canonical", art.canonical_url],
      ["site", art.site_name], ["section", art.section], ["language", art.language],
      ["authors", art.authors && art.authors.length ? art.authors.join("; ") : null],
      ["published", art.published_at || art.published],
      ["date evidence", art.published_evidence || (anchor ? anchor.evidence : null)],
      ["modified", art.modified], ["media type", art.media_type], ["charset", art.charset],
      ["bytes", num(art.bytes)], ["ingested", art.ingested_at]]),
    h("section", {class: "rec-entities", id: "rec-entities"}, h("h3", null, "Entities " + named),
      Object.entries(byType).map(([type, list]) => h("ul", {class: "entity-list"}, list.map((e) =>
        h("li", null, h("span", {class: "badge t-" + type}, type), " ",
          h("a", {href: link("entity", null, e.corpus_id), class: "entity-link", data: {id: e.corpus_id}}, e.name),
          h("span", {class: "count"}, "×" + e.mentions),
          e.variants && e.variants.length > 1 ? h("div", {class: "variants"}, e.variants.join(" · ")) : null)))),
      unnamed.length ? h("details", {class: "unnamed-list"},
        h("summary", null, unnamed.length + (unnamed.length === 1 ? " thing" : " things") + " referred to but never named"),
        h("ul", null, unnamed.map((e) => h("li", null, e.name, h("span", {class: "count"}, "×" + e.mentions)))))
        : null),
    h("section", {class: "rec-quotes", id: "rec-quotes"}, h("h3", null, "Quotations"),
      listOrNone(a.quotations.filter((q) => q.kind !== "scare").map((q) => h("li", null,
        h("span", {class: "speaker"}, q.speaker_corpus_id
          ? h("a", {href: link("entity", null, q.speaker_corpus_id)}, q.speaker) : (q.speaker || "unknown speaker")),
        ": ", h("q", null, q.text))))),
    h("section", {class: "rec-counts"}, h("h3", null, "Counts"),
      listOrNone(a.counts.map((c) => h("li", null, num(c.value) + (c.object ? " " + c.object : ""),
        h("span", {class: "count"}, "“" + c.surface + "”"))))),
    h("section", {class: "rec-timexes"}, h("h3", null, "Time expressions"),
      listOrNone(a.timexes.map((t) => h("li", null, "“" + t.surface + "” → " + t.value)))),
    record ? h("details", {class: "raw"}, h("summary", null, "The stored record (JSON)"),
      h("pre", null, JSON.stringify(record, null, 2))) : null,
  ];
}
