package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the metadata stages read from a page, gathered in one pass over its elements: meta tags
 * by key, JSON-LD blocks, links, {@code <time>} and microdata elements, the elements whose
 * class or id speaks of dates or authors, the headings and the title. Every list is bounded, so
 * that a hostile page (a million {@code <time>} elements) costs no more than an ordinary one.
 */
final class PageIndex {

  /** Values kept per meta key: pages repeat a tag at most a few times on purpose. */
  static final int MAX_VALUES_PER_KEY = 8;

  /**
   * JSON-LD blocks kept. Article pages carry one to five (article, breadcrumbs, organization,
   * website, video); more are product lists or embeds.
   */
  static final int MAX_JSON_LD_BLOCKS = 16;

  /**
   * Characters of JSON-LD parsed per page. An article's JSON-LD is a few kilobytes, with the
   * whole article body 20 to 60; beyond this the page is a catalogue or hostile, and parsing it
   * would cost more than the rest of the extraction.
   */
  static final int MAX_JSON_LD_CHARS = 400_000;

  /** Elements kept per kind (time, microdata, date-classed, author-classed, rel=author). */
  static final int MAX_ELEMENTS_PER_KIND = 64;

  /** Headings kept: the headline is one of the first. */
  static final int MAX_H1 = 8;

  /** Words of a class or id that mark an element holding a date (lower case, substrings). */
  private static final String[] DATE_WORDS = {
    "date", "time", "publish", "posted", "dateline", "datum", "fecha", "byline", "meta",
    "stamp", "updated", "modified", "calendar"
  };

  /** Words of a class or id (or rel) that mark an element naming the authors. */
  private static final String[] AUTHOR_WORDS = {
    "author", "byline", "creator", "writer", "autor", "auteur", "journalist", "reporter",
    "contributor", "verfasser"
  };

  final Map<String, List<String>> meta = new HashMap<>();
  final List<String> jsonLd = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> microdata = new ArrayList<>();
  final List<Element> dateElements = new ArrayList<>();
  final List<Element> authorElements = new ArrayList<>();
  final List<Element> relAuthors = new ArrayList<>();
  final List<Element> h1 = new ArrayList<>();
  String title;
  String htmlLang;
  String canonical;
  private int jsonLdChars;

  private PageIndex() {}

  static PageIndex of(org.jsoup.nodes.Document page) {
    PageIndex ix = new PageIndex();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              ix.visit(e);
            }
          }
        },
        page);
    return ix;
  }

  private void visit(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "meta" -> {
        String content = e.attr("content").strip();
        if (!content.isEmpty()) {
          for (String k : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String key = e.attr(k);
            if (!key.isEmpty()) {
              putMeta(key.strip().toLowerCase(Locale.ROOT), content);
            }
          }
        }
        return;
      }
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")
            && jsonLd.size() < MAX_JSON_LD_BLOCKS) {
          String data = e.data();
          if (jsonLdChars + data.length() <= MAX_JSON_LD_CHARS) {
            jsonLd.add(data);
            jsonLdChars += data.length();
          }
        }
        return;
      }
      case "link" -> {
        String rel = e.attr("rel").toLowerCase(Locale.ROOT);
        if (rel.equals("canonical") && canonical == null) {
          String href = e.absUrl("href");
          canonical = href.isEmpty() ? e.attr("href").strip() : href;
        } else if (rel.contains("author")) {
          add(relAuthors, e);
        }
        return;
      }
      case "title" -> {
        if (title == null && !inSvg(e)) {
          title = e.text();
        }
        return;
      }
      case "html" -> {
        if (htmlLang == null && !e.attr("lang").isBlank()) {
          htmlLang = e.attr("lang").strip();
        } else if (htmlLang == null && !e.attr("xml:lang").isBlank()) {
          htmlLang = e.attr("xml:lang").strip();
        }
      }
      case "h1" -> {
        if (h1.size() < MAX_H1) {
          h1.add(e);
        }
      }
      case "time" -> add(times, e);
      case "a" -> {
        if (e.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
          add(relAuthors, e);
        }
      }
      default -> {}
    }
    if (e.hasAttr("itemprop")) {
      add(microdata, e);
    }
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return;
    }
    String words = (cls + " " + id).toLowerCase(Locale.ROOT);
    if (containsAny(words, DATE_WORDS)) {
      add(dateElements, e);
    }
    if (containsAny(words, AUTHOR_WORDS)) {
      add(authorElements, e);
    }
  }

  private void putMeta(String key, String content) {
    List<String> values = meta.computeIfAbsent(key, k -> new ArrayList<>(2));
    if (values.size() < MAX_VALUES_PER_KEY) {
      values.add(content);
    }
  }

  private static void add(List<Element> list, Element e) {
    if (list.size() < MAX_ELEMENTS_PER_KIND) {
      list.add(e);
    }
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inSvg(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("svg")) {
        return true;
      }
    }
    return false;
  }

  /** The first value of a meta key (lower case), or {@code null}. */
  String meta(String key) {
    List<String> v = meta.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Every value of a meta key, in page order. */
  List<String> metaAll(String key) {
    return meta.getOrDefault(key, List.of());
  }

  /**
   * The visible text of an element, whitespace collapsed, cut after about {@code max}
   * characters (a date element that turns out to hold the whole article is not read whole).
   */
  static String text(Element e, int max) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (sb.length() >= max) {
              return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
              appendCollapsed(sb, t.getWholeText());
            } else if (node instanceof Element el) {
              String n = el.normalName();
              if (n.equals("script") || n.equals("style") || n.equals("noscript")
                  || n.equals("template")) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (el.isBlock() || n.equals("br")) {
                appendCollapsed(sb, " ");
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return sb.toString().strip();
  }

  /**
   * Entities decoded (some sites escape them twice), whitespace collapsed, trimmed; {@code null}
   * when nothing is left.
   */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    StringBuilder sb = new StringBuilder(t.length());
    appendCollapsed(sb, t);
    String out = sb.toString().strip();
    return out.isEmpty() ? null : out;
  }

  private static void appendCollapsed(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00a0';
      if (space) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
      } else {
        sb.append(c);
      }
    }
  }
}
