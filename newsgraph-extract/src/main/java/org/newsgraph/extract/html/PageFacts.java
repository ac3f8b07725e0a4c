package org.newsgraph.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page's plain facts: language, canonical address, site name, section, description and
 * main image, each from the first source that states it. Addresses are made absolute.
 */
final class PageFacts {

  private PageFacts() {}

  /** The language the page declares: html lang, Content-Language, og:locale, JSON-LD. */
  static String language(PageIndex ix, JsonLd ld) {
    String lang = first(ix.htmlLang, ix.meta("content-language"), ix.meta("language"),
        ix.meta("dc.language"), ix.meta("og:locale"), ldText(ld.articles(), "inLanguage"));
    if (lang == null) {
      return null;
    }
    // "de-DE, en" (Content-Language lists) keeps the first; og:locale writes en_US.
    int comma = lang.indexOf(',');
    String l = (comma > 0 ? lang.substring(0, comma) : lang).strip().replace('_', '-');
    return l.isEmpty() || l.length() > 35 ? null : l;
  }

  /** The canonical address: link rel=canonical, og:url, JSON-LD url; absolute http(s) only. */
  static String canonicalUrl(PageIndex ix, JsonLd ld, String base) {
    for (String c : new String[] {ix.canonical, ix.meta("og:url"), ldText(ld.articles(), "url")}) {
      String abs = absolute(base, c);
      if (abs != null) {
        return abs;
      }
    }
    return null;
  }

  /** og:site_name, the JSON-LD publisher's name, application-name, the JSON-LD WebSite's name. */
  static String siteName(PageIndex ix, JsonLd ld) {
    String publisher = publisherName(ld);
    String website = ldText(ld.select(n -> JsonLd.hasType(n, t -> t.equals("website"))), "name");
    return first(ix.meta("og:site_name"), publisher, ix.meta("application-name"), website);
  }

  /** The name of the first article's JSON-LD publisher, or {@code null}. */
  static String publisherName(JsonLd ld) {
    for (JsonNode a : ld.articles()) {
      JsonNode p = a.get("publisher");
      if (p != null && p.isArray() && p.size() > 0) {
        p = p.get(0);
      }
      String name = p == null ? null : p.isTextual() ? PageIndex.clean(p.asText()) : JsonLd.text(p, "name");
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** article:section, JSON-LD articleSection, parsely-section, or the breadcrumb before the page. */
  static String section(PageIndex ix, JsonLd ld, String title) {
    String s = first(ix.meta("article:section"), ldText(ld.articles(), "articleSection"),
        ix.meta("parsely-section"), ix.meta("section"));
    return s != null ? s : breadcrumb(ld, title);
  }

  private static String breadcrumb(JsonLd ld, String title) {
    for (JsonNode list : ld.select(n -> JsonLd.hasType(n, t -> t.equals("breadcrumblist")))) {
      JsonNode items = list.get("itemListElement");
      if (items == null || !items.isArray()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode item : items) {
        String name = JsonLd.text(item, "name");
        if (name == null && item.get("item") != null) {
          name = JsonLd.text(item.get("item"), "name");
        }
        if (name != null) {
          names.add(name);
        }
      }
      // The first crumb is the home page, the last often the article itself.
      if (!names.isEmpty() && title != null
          && PageTitles.key(names.get(names.size() - 1)).equals(PageTitles.key(title))) {
        names.remove(names.size() - 1);
      }
      if (names.size() >= 2) {
        return names.get(names.size() - 1);
      }
    }
    return null;
  }

  /** og:description, the description meta, twitter:description, JSON-LD description. */
  static String description(PageIndex ix, JsonLd ld) {
    return first(ix.meta("og:description"), ix.meta("description"), ix.meta("twitter:description"),
        ldText(ld.articles(), "description"));
  }

  /** og:image, twitter:image, the JSON-LD image, link rel=image_src; absolute http(s) only. */
  static String imageUrl(PageIndex ix, JsonLd ld, String base) {
    List<String> tries = new ArrayList<>();
    tries.add(ix.meta("og:image"));
    tries.add(ix.meta("og:image:url"));
    tries.add(ix.meta("og:image:secure_url"));
    tries.add(ix.meta("twitter:image"));
    tries.add(ix.meta("twitter:image:src"));
    for (JsonNode a : ld.articles()) {
      JsonNode img = a.get("image");
      if (img != null && img.isArray() && img.size() > 0) {
        img = img.get(0);
      }
      if (img != null) {
        tries.add(img.isTextual() ? img.asText() : JsonLd.text(img, "url"));
      }
    }
    for (String t : tries) {
      String abs = absolute(base, t);
      if (abs != null) {
        return abs;
      }
    }
    return null;
  }

  /** {@code ref} resolved against {@code base}, when the result is an http(s) address. */
  static String absolute(String base, String ref) {
    if (ref == null || ref.isBlank()) {
      return null;
    }
    String r = ref.strip().replace(" ", "%20");
    try {
      URI u = new URI(r);
      if (!u.isAbsolute()) {
        if (base == null || base.isBlank()) {
          return null;
        }
        u = new URI(base.strip().replace(" ", "%20")).resolve(u);
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toString() : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String ldText(List<JsonNode> things, String field) {
    for (JsonNode n : things) {
      String t = JsonLd.text(n, field);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  static String first(String... values) {
    for (String v : values) {
      String c = PageIndex.clean(v);
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
