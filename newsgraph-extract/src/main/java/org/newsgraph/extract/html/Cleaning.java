package org.newsgraph.extract.html;

import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Stage 1 of the main text — cleaning: which elements never hold article text, which are
 * hidden, which are site furniture (menus, footers, share bars, comments, promos), and what an
 * element's markup hints about the text inside it (an article body, a byline, a date, a
 * caption). Pure functions of one element; {@link BlockReader} applies them as it reads, so the
 * page is never copied or edited.
 *
 * <p>Class and id names are read as words: {@code "post-share_buttons"} gives {@code post},
 * {@code share}, {@code buttons}. A furniture word flags the element; whether the flag holds is
 * decided later ({@link ContentChooser}: an element holding most of the page's prose is not
 * furniture whatever its name, as in {@code <div id="page" class="has-sidebar">}).
 */
final class Cleaning {

  /** Elements whose content is never text a reader sees as the article. */
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "object",
          "embed", "applet", "canvas", "select", "option", "optgroup", "datalist", "textarea", "input",
          "button", "head", "title", "meta", "link", "base", "audio", "video", "track", "map", "area",
          "dialog", "menu", "menuitem", "rt", "rp");

  /** Elements that are site furniture by their tag. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "form");

  /** ARIA landmark roles of site furniture. */
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
          "dialog", "alertdialog", "toolbar", "tooltip");

  /**
   * Whole class names that hide an element (CSS frameworks and screen-reader-only text). Whole
   * names only: {@code hidden-xs} is visible on a desktop.
   */
  private static final Set<String> HIDDEN_CLASSES =
      Set.of(
          "hidden", "hide", "d-none", "is-hidden", "u-hidden", "sr-only", "visually-hidden",
          "visuallyhidden", "screen-reader-text", "screenreader-only", "element-invisible",
          "invisible", "offscreen", "display-none");

  /** Class/id words of site furniture. */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "nav", "navi", "navbar", "navigation", "menu", "menus", "mainmenu", "submenu", "menubar",
          "footer", "sidebar", "breadcrumb", "breadcrumbs", "share", "sharing", "shares", "social",
          "socials", "related", "newsletter", "cookie", "cookies", "consent", "gdpr", "promo",
          "promotion", "advert", "advertisement", "ad", "ads", "adv", "banner", "popup", "modal",
          "subscribe", "subscription", "paywall", "login", "signup", "dialog", "overlay", "lightbox",
          "colophon", "textwidget", "recent", "trending", "popular", "blogroll", "linklist", "donation",
          "donate", "disclaimer", "disclosure", "affiliate", "cta", "bio", "prev", "previous",
          "sitemap", "searchform", "jetpack", "nocontent", "subnav", "subnavigation",
          "outbrain", "taboola", "recommended", "recommendations", "tags", "tagcloud", "pagination",
          "pager", "toolbar", "topbar", "masthead", "sponsored", "skiplink", "skiplinks", "rating",
          "disqus", "shariff", "addthis", "sharedaddy", "jp-relatedposts", "yarpp");

  /** Beginnings of compound class/id words of site furniture ({@code sharebuttons}). */
  private static final String[] FURNITURE_PREFIXES = {
    "share", "social", "related", "footer", "sidebar", "navbar", "navigation", "breadcrumb",
    "newsletter", "cookie", "advert", "sponsor", "subscri", "outbrain", "taboola", "disqus",
    "recommend", "menu"
  };

  /**
   * "widget" is furniture when a name starts with it ({@code widget_text}, {@code widget-area},
   * the WordPress sidebar), not inside a page builder's names ({@code elementor-widget-container}
   * wraps every block of a page).
   */
  private static final String WIDGET = "widget";

  /**
   * Names a CMS derives from an article's categories and tags ({@code category-social},
   * {@code tag-newsletter}): they name the topic, not the element's role.
   */
  private static final String[] TAXONOMY_PREFIXES = {"tag-", "category-", "categories-", "tags-", "topic-"};

  /** Words that start like furniture and are not: {@code shared}, {@code shareholder}, {@code socialism}. */
  private static final Set<String> NOT_FURNITURE_WORDS =
      Set.of("shared", "shareholder", "shareholders", "relatedness", "socialism", "socialist");

  /** Class/id words of reader comments: never article text, however long. */
  private static final String[] COMMENT_PREFIXES = {"comment", "respond", "discussion", "reply"};

  /**
   * Endings of words that start like a comment section but are not one: {@code commentary} (an
   * article genre), {@code commented} and {@code commentable} (a post's state).
   */
  private static final String[] NOT_COMMENT_ENDINGS = {"ary", "aries", "ed", "able", "ator", "ators"};

  /**
   * Class names (separators removed) that name the article body in common templates and CMSs;
   * matched as a part of the name ({@code td-post-content} holds {@code postcontent}).
   */
  private static final String[] BODY_NAMES = {
    "articlebody", "articlecontent", "articletext", "articlecopy", "entrycontent", "entrybody",
    "postcontent", "postbody", "posttext", "postentry", "storybody", "storycontent", "storytext",
    "bodytext", "contentbody", "richtext", "textcontent", "blogpost", "singlecontent", "newstext",
    "artikeltext", "articleinner", "mainarticle"
  };

  /** Class/id/itemprop words that mark an author line. */
  private static final Set<String> BYLINE_WORDS =
      Set.of("author", "authors", "byline", "autor", "autoren", "writer", "creator", "contributor");

  /** Class/id words that mark a date line. */
  private static final Set<String> DATE_WORDS =
      Set.of(
          "date", "datum", "time", "timestamp", "published", "dateline", "pubdate", "datetime",
          "posted", "updated", "postdate", "entrydate");

  /** Class/id words that mark a caption or a picture credit. */
  private static final Set<String> CAPTION_WORDS =
      Set.of(
          "caption", "figcaption", "credit", "credits", "copyright", "legend", "bildunterschrift",
          "photocredit", "imagecredit", "bildnachweis", "bildquelle");

  /** Class/id words of the block of small print around an article (date, author, category). */
  private static final Set<String> META_WORDS =
      Set.of("meta", "postmeta", "entrymeta", "articlemeta", "metadata", "postinfo");

  /** Hint bits an element passes to the text inside it. */
  static final int HINT_BYLINE = 1;

  static final int HINT_DATE = 2;
  static final int HINT_CAPTION = 4;
  static final int HINT_META = 8;

  private Cleaning() {}

  /** The element's content is never article text (scripts, styles, forms' controls, media). */
  static boolean neverText(String tag) {
    return NEVER_TEXT.contains(tag);
  }

  /** {@code display: none} or {@code visibility: hidden} in an inline style. */
  static boolean hiddenStyle(String style) {
    if (!containsIgnoreCase(style, "none") && !containsIgnoreCase(style, "hidden")) {
      return false;
    }
    String s = lowerNoSpaces(style);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * What class and id values mean, read once per distinct value and page: pages repeat the
   * same few hundred values over thousands of elements.
   */
  static final class Names {
    private final java.util.HashMap<String, NameMarks> seen = new java.util.HashMap<>();

    NameMarks of(String value) {
      NameMarks m = seen.get(value);
      if (m == null) {
        m = names(value);
        seen.put(value, m);
      }
      return m;
    }
  }

  /** What the element is, as far as its markup tells. */
  record Marks(String furniture, boolean comments, double bodyBonus, int hints, boolean hidden) {
    static final Marks NONE = new Marks(null, false, 1, 0, false);
    static final Marks HIDDEN = new Marks(null, false, 1, 0, true);
  }

  /**
   * Reads the element's tag, role, class, id and itemprop; {@link Marks#HIDDEN} when the element
   * is hidden ({@code hidden}, {@code aria-hidden="true"}, an inline {@code display:none} or
   * {@code visibility:hidden}, a hiding CSS class, {@code type="hidden"}).
   *
   * @param insideArticle the element is inside an {@code article} or {@code main}: a {@code
   *     header} there is the article's own head, not the site's
   * @param names the page's cache of class and id values
   */
  static Marks marks(Element e, String tag, boolean insideArticle, Names names) {
    String furniture = null;
    boolean comments = false;
    double bonus = 1;
    int hints = 0;
    if (FURNITURE_TAGS.contains(tag)) {
      furniture = "tag " + tag;
    } else if (tag.equals("header") && !insideArticle && e.getElementsByTag("h1").isEmpty()) {
      furniture = "tag header"; // a header with the h1 is the article's head, not the site's
    }
    switch (tag) {
      case "article" -> bonus = ARTICLE_BONUS;
      case "main" -> bonus = MAIN_BONUS;
      case "figure", "figcaption" -> hints |= HINT_CAPTION;
      case "time" -> hints |= HINT_DATE;
      case "address" -> hints |= HINT_BYLINE;
      default -> {}
    }
    if (e.attributesSize() == 0) {
      return furniture == null && bonus == 1 && hints == 0 ? Marks.NONE : new Marks(furniture, false, bonus, hints, false);
    }
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      String value = a.getValue();
      switch (key) {
        case "hidden" -> {
          return Marks.HIDDEN;
        }
        case "aria-hidden" -> {
          if (value.trim().equalsIgnoreCase("true")) {
            return Marks.HIDDEN;
          }
        }
        case "style" -> {
          if (hiddenStyle(value)) {
            return Marks.HIDDEN;
          }
        }
        case "type" -> {
          if (value.equalsIgnoreCase("hidden")) {
            return Marks.HIDDEN;
          }
        }
        case "role" -> {
          String role = lowerAscii(value.trim());
          if (FURNITURE_ROLES.contains(role)) {
            furniture = "role " + role;
          } else if (role.equals("main") || role.equals("article")) {
            bonus = Math.max(bonus, MAIN_BONUS);
          }
        }
        case "itemprop" -> {
          String p = lowerAscii(value);
          if (p.contains("articlebody") || p.equals("text")) {
            bonus = Math.max(bonus, ITEMPROP_BODY_BONUS);
          } else if (p.contains("author") || p.contains("creator")) {
            hints |= HINT_BYLINE;
          } else if (p.contains("date")) {
            hints |= HINT_DATE;
          } else if (p.contains("caption")) {
            hints |= HINT_CAPTION;
          } else if (p.equals("comment")) {
            comments = true;
          }
        }
        case "rel" -> {
          if (lowerAscii(value).contains("author")) {
            hints |= HINT_BYLINE;
          }
        }
        case "class", "id" -> {
          NameMarks n = names.of(value);
          if (n.hidden && key.equals("class")) {
            return Marks.HIDDEN;
          }
          if (n.comments) {
            comments = true;
          }
          if (n.furniture != null && furniture == null) {
            furniture = key + " " + n.furniture;
          }
          bonus = Math.max(bonus, n.bodyBonus);
          hints |= n.hints;
        }
        default -> {}
      }
    }
    if (comments && furniture == null) {
      furniture = "comments";
    }
    return new Marks(furniture, comments, bonus, hints, false);
  }

  /** Score factor of an {@code <article>} element: the HTML5 mark of a self-contained text. */
  static final double ARTICLE_BONUS = 1.25;

  /** Score factor of {@code <main>} and {@code role=main}: the page's main content, with some furniture. */
  static final double MAIN_BONUS = 1.1;

  /** Score factor of {@code itemprop=articleBody} (schema.org): the most precise mark there is. */
  static final double ITEMPROP_BODY_BONUS = 1.5;

  /** Score factor of a class name of an article body ({@link #BODY_NAMES}). */
  static final double BODY_NAME_BONUS = 1.3;

  private record NameMarks(String furniture, boolean comments, double bodyBonus, int hints, boolean hidden) {}

  /** Reads a class or id value: its words and whole names. */
  private static NameMarks names(String value) {
    String furniture = null;
    boolean comments = false;
    double bonus = 1;
    int hints = 0;
    boolean hidden = false;
    for (String name : splitSpaces(value)) {
      NameMarks m = NAME_CACHE.get(name);
      if (m == null) {
        m = name(name);
        if (NAME_CACHE.size() >= MAX_CACHED_NAMES) {
          NAME_CACHE.clear(); // bounded: ids with numbers in them are endless
        }
        NAME_CACHE.put(name, m);
      }
      if (furniture == null) {
        furniture = m.furniture;
      }
      comments |= m.comments;
      bonus = Math.max(bonus, m.bodyBonus);
      hints |= m.hints;
      hidden |= m.hidden;
    }
    return new NameMarks(furniture, comments, bonus, hints, hidden);
  }

  /**
   * Distinct class and id names remembered across pages (a few hundred bytes each): templates
   * and CMSs repeat their names on every page, so most are read once per process.
   */
  static final int MAX_CACHED_NAMES = 50_000;

  private static final java.util.concurrent.ConcurrentHashMap<String, NameMarks> NAME_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** What one class or id name means. */
  private static NameMarks name(String name) {
    String furniture = null;
    boolean comments = false;
    double bonus = 1;
    int hints = 0;
    String lower = lowerAscii(name);
    boolean hidden = HIDDEN_CLASSES.contains(lower);
    if (isTaxonomy(lower)) {
      return new NameMarks(null, false, 1, 0, hidden);
    }
    if (lower.startsWith(WIDGET)) {
      furniture = WIDGET;
    }
    String joined = removeSeparators(lower);
    for (String b : BODY_NAMES) {
      if (joined.contains(b)) {
        bonus = BODY_NAME_BONUS;
        break;
      }
    }
    int start = 0;
    int n = lower.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || !isNameChar(lower.charAt(i))) {
        if (i > start) {
          String w = lower.substring(start, i);
          if (isComment(w)) {
            comments = true;
          } else if (furniture == null && isFurnitureWord(w)) {
            furniture = w;
          }
          if (BYLINE_WORDS.contains(w)) {
            hints |= HINT_BYLINE;
          } else if (DATE_WORDS.contains(w)) {
            hints |= HINT_DATE;
          } else if (CAPTION_WORDS.contains(w)) {
            hints |= HINT_CAPTION;
          } else if (META_WORDS.contains(w)) {
            hints |= HINT_META;
          }
        }
        start = i + 1;
      }
    }
    return new NameMarks(furniture, comments, bonus, hints, hidden);
  }

  private static boolean isTaxonomy(String name) {
    for (String p : TAXONOMY_PREFIXES) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFurnitureWord(String w) {
    if (FURNITURE_WORDS.contains(w)) {
      return true;
    }
    if (NOT_FURNITURE_WORDS.contains(w)) {
      return false;
    }
    for (String p : FURNITURE_PREFIXES) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComment(String w) {
    for (String p : COMMENT_PREFIXES) {
      if (w.startsWith(p)) {
        for (String e : NOT_COMMENT_ENDINGS) {
          if (w.length() > p.length() && w.endsWith(e)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c > 127;
  }

  private static String removeSeparators(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '_') {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** ASCII lower case: class names are ASCII in practice, and no locale may change them. */
  static String lowerAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] cs = s.toCharArray();
        for (int j = i; j < cs.length; j++) {
          if (cs[j] >= 'A' && cs[j] <= 'Z') {
            cs[j] = (char) (cs[j] + 32);
          }
        }
        return new String(cs);
      }
    }
    return s;
  }

  private static boolean containsIgnoreCase(String s, String lowerNeedle) {
    int m = lowerNeedle.length();
    for (int i = 0; i + m <= s.length(); i++) {
      if (s.regionMatches(true, i, lowerNeedle, 0, m)) {
        return true;
      }
    }
    return false;
  }

  private static String lowerNoSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return sb.toString();
  }

  private static java.util.List<String> splitSpaces(String s) {
    java.util.List<String> out = new java.util.ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || s.charAt(i) <= ' ';
      if (space) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return out;
  }
}
