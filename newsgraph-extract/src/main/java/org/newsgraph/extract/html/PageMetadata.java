package org.newsgraph.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Metadata;

/**
 * Reads a page's metadata: JSON-LD first, then Open Graph and other meta tags, then the markup
 * ({@code <title>}, {@code <h1>}, {@code <time>}), then the URL. Each date keeps its evidence.
 */
public final class PageMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A date in a URL path: /2020/06/11/ or /2020-06-11/. */
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");

  private static final Pattern ISO_DAY = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");

  public Metadata read(org.jsoup.nodes.Document page, String url) {
    List<JsonNode> ld = jsonLd(page);
    Metadata m = Metadata.EMPTY.withUrl(url);
    m = m.withTitle(first(ldText(ld, "headline"), meta(page, "og:title"), h1(page), titleTag(page)));
    m = m.withAuthors(authors(page, ld));
    m = m.withPublished(published(page, ld, url));
    m = m.withModified(dateOf(ldText(ld, "dateModified"), "json-ld dateModified")
        .or(() -> dateOf(meta(page, "article:modified_time"), "meta article:modified_time"))
        .orElse(null));
    m = m.withCanonicalUrl(first(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url")));
    m = m.withSiteName(first(meta(page, "og:site_name"), meta(page, "application-name")));
    m = m.withLanguage(first(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
        meta(page, "og:locale"), httpEquiv(page, "content-language")));
    m = m.withSection(first(ldText(ld, "articleSection"), meta(page, "article:section")));
    m = m.withDescription(first(meta(page, "description"), meta(page, "og:description"), ldText(ld, "description")));
    m = m.withImageUrl(first(attr(page, "meta[property=og:image]", "abs:content"), meta(page, "twitter:image")));
    return m;
  }

  private static DateClaim published(org.jsoup.nodes.Document page, List<JsonNode> ld, String url) {
    return dateOf(ldText(ld, "datePublished"), "json-ld datePublished")
        .or(() -> dateOf(meta(page, "article:published_time"), "meta article:published_time"))
        .or(() -> dateOf(meta(page, "date"), "meta date"))
        .or(() -> dateOf(attr(page, "time[datetime]", "datetime"), "time datetime"))
        .or(() -> urlDate(url))
        .orElse(null);
  }

  private static Optional<DateClaim> urlDate(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DateClaim(
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))), "url path"));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The publisher's local day of an ISO date or date-time. */
  static Optional<DateClaim> dateOf(String value, String evidence) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(new DateClaim(OffsetDateTime.parse(v).toLocalDate(), evidence));
    } catch (DateTimeParseException e) {
      Matcher m = ISO_DAY.matcher(v);
      if (m.lookingAt()) {
        try {
          return Optional.of(new DateClaim(LocalDate.parse(m.group()), evidence));
        } catch (DateTimeParseException e2) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
  }

  private static List<String> authors(org.jsoup.nodes.Document page, List<JsonNode> ld) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a == null) {
        continue;
      }
      for (JsonNode one : a.isArray() ? a : List.of(a)) {
        String name = one.isTextual() ? one.asText() : one.path("name").asText("");
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    if (names.isEmpty()) {
      String meta = meta(page, "author");
      if (meta != null && !meta.isBlank() && !meta.startsWith("http")) {
        names.add(meta.strip());
      }
    }
    return new ArrayList<>(names);
  }

  private static List<JsonNode> jsonLd(org.jsoup.nodes.Document page) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        flatten(n, out);
      } catch (java.io.IOException | RuntimeException e) {
        // A broken JSON-LD block is common on the web; the other sources still count.
      }
    }
    return out;
  }

  private static void flatten(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        flatten(c, out);
      }
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out);
    }
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
      if (v != null && v.isArray() && v.size() > 0 && v.get(0).isTextual()) {
        return v.get(0).asText().strip();
      }
    }
    return null;
  }

  private static String meta(org.jsoup.nodes.Document page, String key) {
    for (Element e : page.select("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]")) {
      String c = e.attr("content").strip();
      if (!c.isEmpty()) {
        return c;
      }
    }
    return null;
  }

  private static String httpEquiv(org.jsoup.nodes.Document page, String key) {
    Element e = page.selectFirst("meta[http-equiv=" + key + "]");
    return e == null ? null : e.attr("content").strip();
  }

  private static String attr(org.jsoup.nodes.Document page, String css, String attr) {
    Element e = page.selectFirst(css);
    return e == null ? null : e.attr(attr).strip();
  }

  private static String h1(org.jsoup.nodes.Document page) {
    Element e = page.selectFirst("h1");
    return e == null ? null : e.text().strip();
  }

  private static String titleTag(org.jsoup.nodes.Document page) {
    String t = page.title().strip();
    return t.isEmpty() ? null : t;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
