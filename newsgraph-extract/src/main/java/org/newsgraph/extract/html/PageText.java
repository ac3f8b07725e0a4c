package org.newsgraph.extract.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of a page's body, bounded, with where the headline starts in it: what the
 * date stage searches when the markup states no date.
 *
 * @param text the text, block boundaries as line breaks
 * @param headline the offset where the first {@code <h1>} starts, or -1
 */
record PageText(String text, int headline) {

  /** Elements whose text is never shown or never dates the page. */
  private static final Set<String> SKIP =
      Set.of("script", "style", "noscript", "template", "select", "option", "svg", "head",
          "button", "textarea");

  /** The text of the whole body, from its start. */
  static PageText of(org.jsoup.nodes.Document page, int maxChars) {
    Element body = page.body();
    if (body == null) {
      return new PageText("", -1);
    }
    StringBuilder sb = new StringBuilder();
    int[] headline = {-1};
    NodeTraversor.filter(collector(sb, headline, maxChars), body);
    return new PageText(sb.toString(), headline[0]);
  }

  /**
   * The text from the start of {@code start} onwards in document order (its own text, then what
   * follows it), as far as about {@code maxChars}; the headline offset is 0.
   */
  static PageText after(Element start, int maxChars) {
    StringBuilder sb = new StringBuilder();
    int[] headline = {0};
    NodeFilter collect = collector(sb, new int[] {0}, maxChars);
    Node cur = start;
    while (cur != null && sb.length() < maxChars) {
      if (cur instanceof Element e && e.isBlock()) {
        newline(sb);
      }
      NodeTraversor.filter(collect, cur);
      Node next = cur.nextSibling();
      Node up = cur;
      while (next == null && up.parentNode() != null) {
        up = up.parentNode();
        if (up instanceof Element e && (e.isBlock() || e.normalName().equals("body"))) {
          newline(sb);
        }
        if (up instanceof Element e && e.normalName().equals("body")) {
          break;
        }
        next = up.nextSibling();
      }
      cur = next;
    }
    return new PageText(sb.toString(), headline[0]);
  }

  private static NodeFilter collector(StringBuilder sb, int[] headline, int maxChars) {
    return new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (sb.length() >= maxChars) {
              return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              boolean space = false;
              for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                  space = true;
                } else {
                  if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n'
                      && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                  }
                  space = false;
                  sb.append(c);
                }
              }
              if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append(' ');
              }
            } else if (node instanceof Element e) {
              String n = e.normalName();
              if (SKIP.contains(n)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (e.isBlock() || n.equals("br")) {
                newline(sb);
              }
              if (n.equals("h1") && headline[0] < 0) {
                headline[0] = sb.length();
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              newline(sb);
            }
            return FilterResult.CONTINUE;
          }
        };
  }

  private static void newline(StringBuilder sb) {
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == ' ') {
      sb.setLength(n - 1);
      n--;
    }
    if (n > 0 && sb.charAt(n - 1) != '\n') {
      sb.append('\n');
    }
  }
}
