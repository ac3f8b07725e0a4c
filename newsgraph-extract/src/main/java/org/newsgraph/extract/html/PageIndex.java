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
import org.jsoup.select.NodeFilter;

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

  /**
   * Words of a class or id that mark an element holding a date (lower case, found inside longer
   * words too: "date" in "dateline" and "updated", "time" in "timestamp").
   */
  static final String[] DATE_WORDS = {
    "date", "time", "publish", "posted", "datum", "fecha", "byline", "meta", "modified",
    "calendar", "pubtime", "posttime", "postmeta", "entrymeta", "articlemeta", "pagemeta"
  };

  /**
   * Of these, the words also found inside other words, in lower case ("updated", "pubdate",
   * "fbdatum", "articlebyline"); the others only at the start of a word, which costs less.
   */
  static final String[] DATE_INFIXES = {"date", "datum", "byline"};

  /** Words of a class or id (or rel) that mark an element naming the authors. */
  static final String[] AUTHOR_WORDS = {
    "author", "byline", "creator", "writer", "autor", "auteur", "journalist", "reporter",
    "contributor", "verfasser"
  };

  /** Author words also found inside other words ("postauthor", "articlebyline"). */
  static final String[] AUTHOR_INFIXES = {"author", "byline"};

  /** The words above by first letter, so that a class is scanned once for all of them. */
  private static final String[][] DATE_BY_LETTER = byLetter(DATE_WORDS);

  private static final String[][] AUTHOR_BY_LETTER = byLetter(AUTHOR_WORDS);

  private static String[][] byLetter(String[] words) {
    String[][] out = new String[26][];
    for (int c = 0; c < 26; c++) {
      char letter = (char) ('a' + c);
      out[c] = java.util.Arrays.stream(words).filter(w -> w.charAt(0) == letter).toArray(String[]::new);
    }
    return out;
  }

  final Map<String, List<String>> meta = new HashMap<>();
  final List<String> jsonLd = new ArrayList<>();
  /** The data of the page's scripts that a stage may read, in document order. */
  final List<String> scripts = new ArrayList<>();
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

  /**
   * Elements whose class or id is not read: they hold no text (images, form controls, icons).
   * SVG drawings are skipped whole: a page's icons are often a third of its elements.
   */
  private static final java.util.Set<String> NO_TEXT =
      java.util.Set.of("img", "picture", "source", "input", "button", "select", "option",
          "textarea", "iframe", "br", "hr", "i", "video", "audio", "canvas", "use", "path",
          "noscript", "style", "template", "link", "wbr");

  static PageIndex of(org.jsoup.nodes.Document page) {
    return of(page, List.of());
  }

  /**
   * The index of a parsed page and of the scripts cut from its markup before parsing ({@link
   * SourceTrim}); scripts the cut left in the page are read from the page.
   */
  static PageIndex of(org.jsoup.nodes.Document page, List<SourceTrim.PageScript> cut) {
    PageIndex ix = new PageIndex();
    for (SourceTrim.PageScript s : cut) {
      ix.script(s.type(), s.data());
    }
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("svg")) {
                return FilterResult.SKIP_ENTIRELY;
              }
              ix.visit(e);
            }
            return FilterResult.CONTINUE;
          }
        },
        page);
    return ix;
  }

  /** Keeps a script's data, and its JSON-LD within the bounds. */
  private void script(String type, String data) {
    if (scripts.size() < MAX_SCRIPTS) {
      scripts.add(data);
    }
    if (type.toLowerCase(Locale.ROOT).contains("ld+json")
        && jsonLd.size() < MAX_JSON_LD_BLOCKS
        && jsonLdChars + data.length() <= MAX_JSON_LD_CHARS) {
      jsonLd.add(data);
      jsonLdChars += data.length();
    }
  }

  /** Scripts kept for the stages that read script data; their characters are bounded there. */
  static final int MAX_SCRIPTS = 256;

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
        script(e.attr("type"), e.data());
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
        if (title == null) {
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
    if (e.attributesSize() == 0 || NO_TEXT.contains(tag)) {
      return; // most elements; asking for their attributes would create them
    }
    org.jsoup.nodes.Attributes attrs = e.attributes();
    if (attrs.hasKey("itemprop")) {
      add(microdata, e);
    }
    // The HTML parser lower-cases attribute names, so exact keys do.
    String cls = attrs.get("class");
    String id = attrs.get("id");
    if (dateElements.size() >= MAX_ELEMENTS_PER_KIND && authorElements.size() >= MAX_ELEMENTS_PER_KIND) {
      return;
    }
    int kinds = (cls == null ? 0 : kinds(cls)) | (id == null ? 0 : kinds(id));
    if ((kinds & DATE) != 0 && dateElements.size() < MAX_ELEMENTS_PER_KIND) {
      dateElements.add(e);
    }
    if ((kinds & AUTHOR) != 0 && authorElements.size() < MAX_ELEMENTS_PER_KIND) {
      authorElements.add(e);
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

  /** Bits of {@link #kinds}. */
  static final int DATE = 1;

  static final int AUTHOR = 2;

  /**
   * What a class or id speaks of ({@link #DATE}, {@link #AUTHOR}, both or neither): an infix
   * anywhere, or a word at the start of one of its words. Words start after a non-letter or at
   * a capital after a small letter ("post-date", "articleDate"). One scan of the string for all
   * words, no copy: a page has thousands of classes.
   */
  static int kinds(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String w : DATE_INFIXES) {
      if (s.indexOf(w) >= 0) {
        found |= DATE;
        break;
      }
    }
    for (String w : AUTHOR_INFIXES) {
      if (s.indexOf(w) >= 0) {
        found |= AUTHOR;
        break;
      }
    }
    int n = s.length();
    char prev = ' ';
    for (int i = 0; i < n && found != (DATE | AUTHOR); i++) {
      char ch = s.charAt(i);
      boolean upper = ch >= 'A' && ch <= 'Z';
      boolean letter = upper || (ch >= 'a' && ch <= 'z');
      boolean start = letter && (!isAsciiLetter(prev) || (upper && prev >= 'a' && prev <= 'z'));
      prev = ch;
      if (!start) {
        continue;
      }
      int c = (ch | 0x20) - 'a';
      if ((found & DATE) == 0) {
        for (String w : DATE_BY_LETTER[c]) {
          if (startsAt(s, i, w)) {
            found |= DATE;
            break;
          }
        }
      }
      if ((found & AUTHOR) == 0) {
        for (String w : AUTHOR_BY_LETTER[c]) {
          if (startsAt(s, i, w)) {
            found |= AUTHOR;
            break;
          }
        }
      }
    }
    return found;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether the ASCII lower-case word occurs in {@code s} at {@code i}, ignoring ASCII case. */
  private static boolean startsAt(String s, int i, String w) {
    int len = w.length();
    if (i + len > s.length()) {
      return false;
    }
    for (int k = 1; k < len; k++) {
      // Setting bit 0x20 lower-cases ASCII letters; other characters never become letters.
      if ((s.charAt(i + k) | 0x20) != w.charAt(k)) {
        return false;
      }
    }
    return true;
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
