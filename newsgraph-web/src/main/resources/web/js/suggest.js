// Entity suggestions under the query box: after 2 characters and a 200 ms pause, the corpus
// entities the words may mean (GET /api/entities?name=). Arrow keys move, Enter or a click takes
// one as an entity filter; Escape closes the list; Enter without a choice searches the text.

import {h, replace, num} from "./dom.js";
import {get} from "./api.js";

const TYPE_NAMES = {PER: "person", ORG: "organization", LOC: "place", MISC: "other"};

export function attachSuggestions(input, list, choose) {
  let timer = null;
  let asked = 0;
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    items = [];
    active = -1;
  };

  const mark = () => {
    [...list.children].forEach((li, i) => {
      li.classList.toggle("active", i === active);
      li.setAttribute("aria-selected", i === active ? "true" : "false");
    });
  };

  const open = (entities) => {
    items = entities;
    active = -1;
    replace(list, entities.map((e, i) =>
      h("li", {role: "option", class: "suggestion", data: {id: e.id, type: e.type},
        on: {
          mousedown: (ev) => ev.preventDefault(), // keep the focus in the box
          click: () => { close(); choose(e); },
          mouseenter: () => { active = i; mark(); },
        }},
        h("span", {class: "badge t-" + e.type}, e.type),
        h("span", {class: "name"}, e.name),
        h("span", {class: "meta"}, TYPE_NAMES[e.type] + " · " + num(e.articles) + " article"
          + (e.articles === 1 ? "" : "s")))));
    list.hidden = entities.length === 0;
    input.setAttribute("aria-expanded", String(entities.length > 0));
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2 || /[:"*?()\[\]{}^~]/.test(text)) {
      close(); // fewer than 2 letters, or Lucene syntax: a query, not a name
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const answer = await get("entities", {name: text, limit: 8});
        if (mine === asked && input.value.trim() === text) open(answer.entities);
      } catch {
        if (mine === asked) close();
      }
    }, 200);
  });

  input.addEventListener("keydown", (ev) => {
    if (list.hidden || items.length === 0) return;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      const n = items.length;
      active = ev.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n;
      mark();
    } else if (ev.key === "Enter" && active >= 0) {
      ev.preventDefault();
      const e = items[active];
      close();
      choose(e);
    } else if (ev.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", () => setTimeout(close, 150));
  input.form.addEventListener("submit", () => { clearTimeout(timer); asked++; close(); });
}
