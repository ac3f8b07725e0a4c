package org.newsgraph.extract.html;

import java.util.Set;
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

  private static final java.util.Map<String, String> TAG_RULES =
      java.util.Map.of("nav", "tag nav", "footer", "tag footer", "aside", "tag aside", "form", "tag form");

  /** ARIA landmark roles of site furniture. */
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
          "dialog", "alertdialog", "toolbar", "tooltip");

  /** Hint bits an element passes to the text inside it. */
  static final int HINT_BYLINE = 1;

  static final int HINT_DATE = 2;
  static final int HINT_CAPTION = 4;
  static final int HINT_META = 8;

  private static final int HINT_BITS = HINT_BYLINE | HINT_DATE | HINT_CAPTION | HINT_META;

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
   */
  static Marks marks(Element e, String tag, boolean insideArticle) {
    String furniture = null;
    boolean comments = false;
    double bonus = 1;
    int hints = 0;
    if (FURNITURE_TAGS.contains(tag)) {
      furniture = TAG_RULES.get(tag);
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
    // look-ups by key: iterating Attributes would build an Attribute object per attribute
    org.jsoup.nodes.Attributes attrs = e.attributes();
    if (attrs.hasKey("hidden")) {
      return Marks.HIDDEN;
    }
    String value = attrs.get("aria-hidden");
    if (!value.isEmpty() && value.trim().equalsIgnoreCase("true")) {
      return Marks.HIDDEN;
    }
    value = attrs.get("style");
    if (!value.isEmpty() && hiddenStyle(value)) {
      return Marks.HIDDEN;
    }
    value = attrs.get("type");
    if (!value.isEmpty() && value.equalsIgnoreCase("hidden")) {
      return Marks.HIDDEN;
    }
    value = attrs.get("class");
    if (!value.isEmpty()) {
      int c = ClassNames.read(value);
      if ((c & ClassNames.HIDDEN) != 0) {
        return Marks.HIDDEN;
      }
      comments |= (c & ClassNames.COMMENTS) != 0;
      if (furniture == null) {
        furniture = ClassNames.furnitureRule(c, "class");
      }
      if ((c & ClassNames.BODY) != 0) {
        bonus = Math.max(bonus, BODY_NAME_BONUS);
      }
      hints |= c & HINT_BITS;
    }
    value = attrs.get("id");
    if (!value.isEmpty()) {
      int c = ClassNames.read(value);
      comments |= (c & ClassNames.COMMENTS) != 0;
      if (furniture == null) {
        furniture = ClassNames.furnitureRule(c, "id");
      }
      if ((c & ClassNames.BODY) != 0) {
        bonus = Math.max(bonus, BODY_NAME_BONUS);
      }
      hints |= c & HINT_BITS;
    }
    value = attrs.get("role");
    if (!value.isEmpty()) {
      String role = lowerAscii(value.trim());
      if (FURNITURE_ROLES.contains(role)) {
        furniture = "role " + role;
      } else if (role.equals("main") || role.equals("article")) {
        bonus = Math.max(bonus, MAIN_BONUS);
      }
    }
    value = attrs.get("itemprop");
    if (!value.isEmpty()) {
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
    value = attrs.get("rel");
    if (!value.isEmpty() && lowerAscii(value).contains("author")) {
      hints |= HINT_BYLINE;
    }
    if (comments && furniture == null) {
      furniture = "comments";
    }
    if (furniture == null && !comments && bonus == 1 && hints == 0) {
      return Marks.NONE;
    }
    return new Marks(furniture, comments, bonus, hints, false);
  }

  /** Score factor of an {@code <article>} element: the HTML5 mark of a self-contained text. */
  static final double ARTICLE_BONUS = 1.25;

  /** Score factor of {@code <main>} and {@code role=main}: the page's main content, with some furniture. */
  static final double MAIN_BONUS = 1.1;

  /** Score factor of {@code itemprop=articleBody} (schema.org): the most precise mark there is. */
  static final double ITEMPROP_BODY_BONUS = 1.5;

  /** Score factor of a class or id naming an article body ({@link ClassNames}). */
  static final double BODY_NAME_BONUS = 1.3;

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

  /** Case-insensitive search of an ASCII lower-case needle, testing only where its first letter is. */
  private static boolean containsIgnoreCase(String s, String lowerNeedle) {
    int m = lowerNeedle.length();
    char first = lowerNeedle.charAt(0);
    char upper = (char) (first - 32);
    for (int i = 0; i + m <= s.length(); i++) {
      char c = s.charAt(i);
      if ((c == first || c == upper) && s.regionMatches(true, i, lowerNeedle, 0, m)) {
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
}
