package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Before parsing: cuts what no stage reads out of the markup, so that the parser builds a
 * smaller tree. Scripts, style sheets, inline SVG drawings and comments are about half of a
 * modern page's characters and hold no text a reader sees. The scripts a metadata stage reads
 * (JSON data blocks such as JSON-LD, and scripts holding a publication key such as {@code
 * "datePublished"}) are cut too, and handed over as {@link PageScript}s: the parser would only
 * copy them, a quarter of what is left of a page. Menus, sidebars and site footers made of links
 * ({@code nav}, {@code aside}, {@code footer} without prose, headline, date or byline inside) are
 * cut as well: they are a third of a page's elements, and never the article.
 *
 * <p>A cheap scan, not a tokenizer: it looks for {@code <script}, {@code <style}, {@code <svg}
 * and {@code <!--} and cuts to their end tag. When an end is missing, nothing is cut (the
 * parser then decides, as it would have). The cut is exact for markup that follows the HTML
 * standard; a {@code <script} written inside an attribute value would be cut from there, the
 * price of not tokenizing twice.
 */
final class SourceTrim {

  /** A script the metadata stages read: its {@code type} attribute (or "") and its content. */
  record PageScript(String type, String data) {}

  /** The markup to parse and, in document order, the scripts cut from it that stages read. */
  record Trimmed(String markup, List<PageScript> scripts) {}

  private SourceTrim() {}

  static Trimmed trim(String h) {
    int n = h.length();
    List<PageScript> scripts = new ArrayList<>();
    int[] next = new int[DATE_KEY_STEMS.length]; // 0: not searched yet (always < a script's start)
    char[] out = null; // bulk copies (getChars is an array copy, StringBuilder ranges are not)
    int len = 0;
    int copied = 0;
    int i = h.indexOf('<');
    while (i >= 0 && i + 4 < n) {
      int end = cutEnd(h, i, next, scripts);
      if (end > i) {
        if (out == null) {
          out = new char[n];
        }
        h.getChars(copied, i, out, len);
        len += i - copied;
        copied = end;
        i = end < n ? h.indexOf('<', end) : -1;
      } else {
        i = h.indexOf('<', i + 1);
      }
    }
    if (out == null) {
      return new Trimmed(h, List.of());
    }
    h.getChars(copied, n, out, len);
    len += n - copied;
    return new Trimmed(new String(out, 0, len), List.copyOf(scripts));
  }

  /**
   * Stems of the keys of {@link PageDates#SCRIPT_DATE_KEYS}: four searches instead of thirteen
   * ("ublish" covers datePublished, publishedAt, publishDate, pubDate's siblings ...).
   */
  private static final String[] DATE_KEY_STEMS = {"ublish", "reated", "ubDate", "uploadDate"};

  /**
   * Whether a stem occurs in [from, to). {@code next[k]} remembers where stem k next occurs
   * (or -1 for nowhere further), so the page is searched once per stem, not once per script.
   */
  private static boolean holdsDateKey(String h, int from, int to, int[] next) {
    for (int k = 0; k < DATE_KEY_STEMS.length; k++) {
      if (next[k] != -1 && next[k] < from) {
        next[k] = h.indexOf(DATE_KEY_STEMS[k], from);
      }
      if (next[k] >= 0 && next[k] < to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a cut starting at {@code lt} ends, or -1 for no cut. A script a stage reads is added
   * to {@code scripts}.
   */
  private static int cutEnd(String h, int lt, int[] next, List<PageScript> scripts) {
    char c = h.charAt(lt + 1);
    if (c == '!') {
      if (h.startsWith("!--", lt + 1)) {
        int e = h.indexOf("-->", lt + 4);
        return e < 0 ? -1 : e + 3;
      }
      return -1;
    }
    if (c == 'n' || c == 'N') {
      return tagAt(h, lt, "nav") ? furnitureEnd(h, lt, "nav") : -1;
    }
    if (c == 'a' || c == 'A') {
      return tagAt(h, lt, "aside") ? furnitureEnd(h, lt, "aside") : -1;
    }
    if (c == 'f' || c == 'F') {
      return tagAt(h, lt, "footer") ? furnitureEnd(h, lt, "footer") : -1;
    }
    if (c != 's' && c != 'S') {
      return -1;
    }
    if (tagAt(h, lt, "script")) {
      int gt = startTagEnd(h, lt + 7);
      if (gt < 0) {
        return -1;
      }
      int close = closeAt(h, gt, "</script");
      if (close < 0) {
        return -1;
      }
      int end = h.indexOf('>', close + 8);
      if (end < 0) {
        return -1;
      }
      // JSON data (JSON-LD, a script-built page's state) and scripts whose data hold dates
      // ("publishedAt": ...), which PageDates reads as a last resort, go to the stages.
      if (isDataBlock(h, lt, gt) || holdsDateKey(h, gt, close, next)) {
        scripts.add(new PageScript(typeOf(h, lt + 7, gt - 1), h.substring(gt, close)));
      }
      return end + 1;
    }
    if (tagAt(h, lt, "style")) {
      return endTag(h, lt, "</style");
    }
    if (tagAt(h, lt, "svg")) {
      return endTag(h, lt, "</svg");
    }
    return -1;
  }

  /**
   * Tags whose presence keeps a furniture element ({@code nav}, {@code aside}, {@code footer})
   * in the markup: prose, an article or a headline inside it (the content chooser then decides
   * whether the furniture mark holds), or a date or byline a metadata stage reads.
   */
  private static final String[] KEEPS_FURNITURE = {"p", "article", "main", "h1", "time", "address"};

  /**
   * Where a furniture element starting at {@code lt} ends, nested elements of its name
   * counted, or -1 (no cut) when its end is missing, it is longer than {@link
   * #MAX_FURNITURE_CUT} or it holds a tag of {@link #KEEPS_FURNITURE}. Menus, sidebars of
   * links and site footers are a third of a page's elements; none is ever the article.
   */
  private static int furnitureEnd(String h, int lt, String name) {
    int depth = 0;
    int limit = Math.min(h.length(), lt + MAX_FURNITURE_CUT);
    for (int i = lt; i >= 0 && i < limit; i = h.indexOf('<', i + 1)) {
      if (i + 1 >= h.length()) {
        return -1;
      }
      char c = h.charAt(i + 1);
      if (c == '/') {
        if (h.regionMatches(true, i + 2, name, 0, name.length())
            && isNameEnd(h, i + 2 + name.length())) {
          depth--;
          if (depth == 0) {
            int gt = h.indexOf('>', i);
            return gt < 0 ? -1 : gt + 1;
          }
        }
      } else if (tagAt(h, i, name)) {
        depth++;
      } else {
        for (String keep : KEEPS_FURNITURE) {
          if (tagAt(h, i, keep)) {
            return -1;
          }
        }
      }
    }
    return -1;
  }

  /** Characters of furniture cut at most: a longer element is left to the parser. */
  static final int MAX_FURNITURE_CUT = 200_000;

  private static boolean isNameEnd(String h, int at) {
    if (at >= h.length()) {
      return false;
    }
    char c = h.charAt(at);
    return c == '>' || c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '/';
  }

  /** {@code <name} at {@code lt}, followed by white space, {@code >} or {@code /}. */
  private static boolean tagAt(String h, int lt, String name) {
    int after = lt + 1 + name.length();
    if (after >= h.length() || !h.regionMatches(true, lt + 1, name, 0, name.length())) {
      return false;
    }
    char c = h.charAt(after);
    return c == '>' || c == '/' || c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** The index after the {@code >} of a start tag, quotes respected; -1 if none. */
  private static int startTagEnd(String h, int from) {
    char quote = 0;
    for (int i = from; i < h.length(); i++) {
      char c = h.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return -1;
  }

  /** A script element holding data, not code: its start tag names JSON (JSON-LD, app state). */
  private static boolean isDataBlock(String h, int lt, int gt) {
    return Cleaning.lowerAscii(h.substring(lt, gt)).contains("json");
  }

  /**
   * The value of the {@code type} attribute in a start tag's attributes [from, to), or "" when
   * it has none; quoted or not, as the HTML standard writes attributes.
   */
  static String typeOf(String h, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && isTagSpace(h.charAt(i))) {
        i++;
      }
      int nameStart = i;
      while (i < to && !isTagSpace(h.charAt(i)) && h.charAt(i) != '=' && h.charAt(i) != '/') {
        i++;
      }
      int nameEnd = i;
      while (i < to && isTagSpace(h.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < to && h.charAt(i) == '=') {
        i++;
        while (i < to && isTagSpace(h.charAt(i))) {
          i++;
        }
        if (i < to && (h.charAt(i) == '"' || h.charAt(i) == '\'')) {
          char q = h.charAt(i);
          int e = h.indexOf(q, i + 1);
          e = e < 0 || e > to ? to : e;
          value = h.substring(i + 1, e);
          i = e + 1;
        } else {
          int v = i;
          while (i < to && !isTagSpace(h.charAt(i))) {
            i++;
          }
          value = h.substring(v, i);
        }
      } else if (i == nameStart) {
        i++; // a stray '/' or '='
      }
      if (nameEnd - nameStart == 4 && h.regionMatches(true, nameStart, "type", 0, 4)) {
        return value.strip();
      }
    }
    return "";
  }

  private static boolean isTagSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** The index after the end tag starting with {@code close} (case-insensitive); -1 if none. */
  private static int endTag(String h, int from, String close) {
    int at = closeAt(h, from, close);
    if (at < 0) {
      return -1;
    }
    int gt = h.indexOf('>', at + close.length());
    return gt < 0 ? -1 : gt + 1;
  }

  /** Where the end tag starting with {@code close} (case-insensitive) begins; -1 if nowhere. */
  private static int closeAt(String h, int from, String close) {
    int m = close.length();
    for (int i = h.indexOf("</", from); i >= 0; i = h.indexOf("</", i + 2)) {
      if (h.regionMatches(true, i, close, 0, m)) {
        return i;
      }
    }
    return -1;
  }
}
