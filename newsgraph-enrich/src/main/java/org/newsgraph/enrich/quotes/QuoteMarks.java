package org.newsgraph.enrich.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Block;
import org.newsgraph.model.Document;
import org.newsgraph.model.Span;

/**
 * Quoted stretches of the article text: pairs of double quotation marks, straight (alternating
 * within a paragraph), curly (“ ”) or guillemets (« »). A paragraph that opens a quote without
 * closing it continues into the next paragraph when that one opens with a quotation mark (the
 * news convention for quotes of several paragraphs).
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * One quoted stretch.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or the end of the paragraph when the quote runs on
   * @param content the text between the marks, trimmed of white space and of a final comma
   * @param continues whether the quote runs on into the next paragraph
   */
  record Segment(int open, int close, Span content, boolean continues) {}

  static List<Segment> find(Document doc) {
    List<Segment> out = new ArrayList<>();
    String text = doc.text();
    for (Block b : doc.blocks()) {
      if (!b.kind().isArticleText()) {
        continue;
      }
      int openAt = -1;
      int openLen = 0;
      char opener = 0;
      for (int i = b.start(); i < b.end(); i++) {
        char c = text.charAt(i);
        // Two apostrophes or backquotes stand for a double quotation mark in some
        // newspapers' text (''That's Mexico's vulnerability,'' said ...).
        boolean doubled = i + 1 < b.end() && (c == '\'' || c == '`') && text.charAt(i + 1) == c;
        if (openAt < 0) {
          if (c == '"' || c == '“' || c == '«' || c == '„') {
            openAt = i;
            openLen = 1;
            opener = c;
          } else if (doubled) {
            openAt = i;
            openLen = 2;
            opener = '"';
            i++;
          }
        } else if (closes(opener, c) || (opener == '"' && openLen == 2 && doubled && c == '\'')) {
          Span content = trim(text, openAt + openLen, i);
          if (content != null) {
            out.add(new Segment(openAt, i, content, false));
          }
          openAt = -1;
          if (doubled) {
            i++;
          }
        }
      }
      if (openAt >= 0) {
        Span content = trim(text, openAt + openLen, b.end());
        if (content != null) {
          out.add(new Segment(openAt, b.end(), content, true));
        }
      }
    }
    return out;
  }

  private static boolean closes(char opener, char c) {
    return switch (opener) {
      case '"' -> c == '"' || c == '”';
      case '“', '„' -> c == '”' || c == '"' || c == '“' && opener == '„';
      case '«' -> c == '»';
      default -> false;
    };
  }

  /** The content between marks without surrounding white space or a final comma. */
  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return start < end ? new Span(start, end) : null;
  }
}
