// Building the page from data without ever parsing data as HTML.
//
// The rule of this interface: text from the API (titles, article text, names, quotations...)
// reaches the page through textContent or a text node only, and attributes are set by name from
// a fixed list. No innerHTML, outerHTML, insertAdjacentHTML or document.write anywhere
// (WebSourceTest greps for them). The one kind of HTML the API sends, search snippets, is parsed
// into an inert document and rebuilt from its text and <b> elements alone (snippet below).

const SVG_NS = "http://www.w3.org/2000/svg";

// Attributes h() may set. Event handlers (on*), style, src and srcdoc are not among them: a
// handler is a function passed as on: {click: fn}; a link goes through safeHref.
const ATTRIBUTES = new Set([
  "id", "class", "title", "role", "hidden", "type", "name", "value", "placeholder", "for",
  "colspan", "tabindex", "lang", "dir", "open", "disabled", "checked", "selected", "rel",
  "target", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
  "d", "transform", "text-anchor", "dominant-baseline", "points", "preserveAspectRatio",
  "aria-label", "aria-selected", "aria-expanded", "aria-controls", "aria-hidden",
  "stroke-width", "datetime", "start",
]);

function setAttributes(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "on") {
      for (const [event, fn] of Object.entries(v)) el.addEventListener(event, fn);
    } else if (k === "data") {
      for (const [dk, dv] of Object.entries(v)) {
        if (dv !== null && dv !== undefined) el.dataset[dk] = String(dv);
      }
    } else if (k === "href") {
      const url = safeHref(v);
      if (url !== null) el.setAttribute("href", url);
    } else if (ATTRIBUTES.has(k)) {
      el.setAttribute(k, v === true ? "" : String(v));
    } else {
      throw new Error("h(): attribute '" + k + "' is not on the list of safe attributes");
    }
  }
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

/** An HTML element: h("a", {href: "#/x", class: "k"}, "text", child...). Strings become text. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  return append(el, children);
}

/** An SVG element, as h(). */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  return append(el, children);
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/**
 * A link target the page may follow: the interface's own routes ("#/..."), its API ("api/..."),
 * or an absolute http(s) URL. Anything else (javascript:, data:, a relative path from a page)
 * gives null, and the caller shows the text without a link.
 */
export function safeHref(value) {
  if (typeof value !== "string") return null;
  if (value.startsWith("#/") || value.startsWith("api/")) return value;
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** An outside link (the article's source): opens apart, sends no referrer; text if unsafe. */
export function outLink(url, label) {
  const href = safeHref(url);
  if (href === null || href.startsWith("#/") || href.startsWith("api/")) {
    return h("span", {class: "unlinked", title: "not an http(s) address, so not a link"}, label || url || "");
  }
  return h("a", {href, rel: "noopener noreferrer", target: "_blank", class: "out"}, label || href);
}

/**
 * A search snippet: HTML the server's highlighter escaped, with the matches in <b>. It is parsed
 * into an inert document (no script runs, nothing loads), and only its text and <b> elements are
 * rebuilt here; any other element contributes its text alone.
 */
export function snippet(html) {
  const out = document.createDocumentFragment();
  if (typeof html !== "string" || html === "") return out;
  const doc = new DOMParser().parseFromString("<!doctype html><body>" + html, "text/html");
  const walk = (node, into) => {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) {
        into.appendChild(document.createTextNode(c.nodeValue));
      } else if (c.nodeType === Node.ELEMENT_NODE) {
        if (c.tagName === "B") {
          const b = document.createElement("b");
          b.textContent = c.textContent;
          into.appendChild(b);
        } else {
          walk(c, into);
        }
      }
    }
  };
  walk(doc.body, out);
  return out;
}

/** A number with thousands separators, the same on every machine. */
export function num(n) {
  return typeof n === "number" ? n.toLocaleString("en-US") : "";
}

/** "2020-06-11" as "11 Jun 2020"; null as "undated". */
export function day(iso) {
  if (!iso) return "undated";
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return (d ? d + " " : "") + months[m - 1] + " " + y;
}

/** What an untitled article is called: its first words. */
export function titleOf(title, text) {
  if (title) return title;
  if (!text) return "(untitled)";
  const words = text.trim().split(/\s+/).slice(0, 12).join(" ");
  return words + (text.trim().split(/\s+/).length > 12 ? " …" : "");
}

/** What a search hit is called: its title, else the first words of its snippet. */
export function hitTitle(hit) {
  return titleOf(hit.title, hit.title ? null : snippet(hit.snippet).textContent);
}
