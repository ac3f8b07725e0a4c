package org.newsgraph.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The article's authors, from the first source that names any: JSON-LD ({@code author},
 * {@code creator}: a string, a Person or Organization, an array, an {@code @id} reference into
 * the {@code @graph}), meta tags (author, article:author, parsely-author, sailthru.author,
 * dc.creator, ...), microdata ({@code itemprop=author}), {@code rel=author} links, then byline
 * elements. Each value is cleaned by {@link AuthorNames}.
 */
final class PageAuthors {

  /** Meta keys of author names (lower case), most specific first. */
  static final List<String> AUTHOR_META =
      List.of(
          "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
          "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "article.author",
          "citation_author", "dc.contributor");

  /**
   * Class or id words of elements that credit someone other than the article's author: photo
   * and image credits, quotes, comments, author boxes of other articles.
   */
  private static final Pattern NOT_BYLINE =
      Pattern.compile(
          "(?i)comment|caption|credit|photo|image|img|foto|bild|quote|avatar|follow|related"
              + "|teaser|card|prefix|label|social|share|bio|description|reply");

  /** Authors listed on one article: beyond this, the list is a staff directory. */
  static final int MAX_AUTHORS = 12;

  /** Characters read from a microdata or link element. */
  private static final int MAX_ELEMENT_CHARS = AuthorNames.MAX_BYLINE_CHARS + 1;

  List<String> find(PageIndex ix, JsonLd ld, Set<String> siteNames) {
    List<String> names = fromJsonLd(ld, siteNames);
    if (names.isEmpty()) {
      for (String key : AUTHOR_META) {
        for (String v : ix.metaAll(key)) {
          addAll(names, AuthorNames.parse(v, siteNames));
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e : ix.microdata) {
        String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (!prop.contains("author") && !prop.contains("creator") || e.normalName().equals("meta")) {
          continue;
        }
        Element name = e.selectFirst("[itemprop=name]");
        String v = name != null ? firstNonBlank(name.attr("content"), PageIndex.text(name, MAX_ELEMENT_CHARS))
            : firstNonBlank(e.attr("content"), PageIndex.text(e, MAX_ELEMENT_CHARS));
        addAll(names, AuthorNames.parse(v, siteNames));
      }
    }
    if (names.isEmpty()) {
      for (Element e : ix.relAuthors) {
        if (e.normalName().equals("a") && !inComments(e)) {
          addAll(names, AuthorNames.parse(PageIndex.text(e, MAX_ELEMENT_CHARS), siteNames));
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e : ix.authorElements) {
        if (isByline(e)) {
          // Read one character more than a byline may have: a longer text is an author box.
          String text = PageIndex.text(e, AuthorNames.MAX_BYLINE_CHARS + 1);
          addAll(names, AuthorNames.parse(text, siteNames));
          if (!names.isEmpty()) {
            break; // the first byline is the article's; later ones are teasers and comments
          }
        }
      }
    }
    return names.size() > MAX_AUTHORS ? new ArrayList<>(names.subList(0, MAX_AUTHORS)) : names;
  }

  private static List<String> fromJsonLd(JsonLd ld, Set<String> siteNames) {
    List<String> names = new ArrayList<>();
    for (JsonNode a : ld.articles()) {
      for (String field : new String[] {"author", "creator"}) {
        JsonNode v = a.get(field);
        if (v != null) {
          collect(ld, v, names, siteNames, 0);
        }
      }
      if (!names.isEmpty()) {
        break; // the first article with authors is the page's
      }
    }
    return names;
  }

  private static void collect(JsonLd ld, JsonNode v, List<String> names, Set<String> siteNames, int depth) {
    if (v == null || depth > 3 || names.size() >= MAX_AUTHORS) {
      return;
    }
    if (v.isArray()) {
      for (JsonNode one : v) {
        collect(ld, one, names, siteNames, depth + 1);
      }
    } else if (v.isTextual()) {
      addAll(names, AuthorNames.parse(v.asText(), siteNames));
    } else if (v.isObject()) {
      String name = JsonLd.text(v, "name");
      if (name == null) {
        String given = JsonLd.text(v, "givenName");
        String family = JsonLd.text(v, "familyName");
        if (given != null || family != null) {
          name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
      }
      if (name == null && v.has("@id") && v.size() == 1) {
        JsonNode target = ld.byId(v.get("@id").asText());
        if (target != null && target != v) {
          collect(ld, target, names, siteNames, depth + 1);
        }
        return;
      }
      if (name != null) {
        addAll(names, AuthorNames.parse(name, siteNames));
      }
    }
  }

  private static boolean isByline(Element e) {
    String words = e.className() + " " + e.id();
    if (NOT_BYLINE.matcher(words).find() || inComments(e)) {
      return false;
    }
    String tag = e.normalName();
    return !tag.equals("body") && !tag.equals("html") && !tag.equals("img") && !tag.equals("input")
        && !tag.equals("meta") && !tag.equals("link") && !tag.equals("svg");
  }

  /** Inside a comment section, a figure or an aside (another article's byline). */
  private static boolean inComments(Element e) {
    int depth = 0;
    for (Element p = e.parent(); p != null && depth < 12; p = p.parent(), depth++) {
      String tag = p.normalName();
      if (tag.equals("figure") || tag.equals("aside")) {
        return true;
      }
      String words = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
      if (words.contains("comment")) {
        return true;
      }
    }
    return false;
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  private static void addAll(List<String> names, List<String> more) {
    for (String n : more) {
      if (names.size() < MAX_AUTHORS && names.stream().noneMatch(x -> x.equalsIgnoreCase(n))) {
        names.add(n);
      }
    }
  }
}
