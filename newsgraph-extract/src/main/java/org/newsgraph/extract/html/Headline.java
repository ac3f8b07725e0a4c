package org.newsgraph.extract.html;

import java.util.List;
import java.util.Locale;

/**
 * The page's headline among its headings: the heading that matches the title the page declares
 * (JSON-LD, Open Graph, {@code <title>}, which often adds the site's name), else the first
 * {@code <h1>} in the content, else the last one before it. It becomes the TITLE block, so that it is neither
 * article text nor repeated.
 */
final class Headline {

  /** Headings of these levels can be the headline (some sites use h2 or h3 for it). */
  static final int MAX_LEVEL = 3;

  /**
   * A heading contained in the declared title matches when it covers at least this share of
   * it: "Headline | Site name" holds the headline, a section name "News" does not match.
   */
  static final double MIN_SHARE_OF_TITLE = 0.5;

  private Headline() {}

  /**
   * The index of the headline segment, or -1.
   *
   * @param declared the title from the page's metadata, or {@code null}
   * @param from the first segment of the content
   * @param to the end of the content
   */
  static int find(List<Segment> segs, String declared, int from, int to) {
    String title = declared == null ? "" : normal(declared);
    int start = windowStart(segs, from);
    int best = -1;
    double bestScore = 0;
    int h1Inside = -1;
    int h1Before = -1;
    for (int i = start; i < to; i++) {
      Segment s = segs.get(i);
      if (s.role != Segment.Role.HEADING || s.headingLevel > MAX_LEVEL) {
        continue;
      }
      if (s.headingLevel == 1) {
        if (i >= from) {
          if (h1Inside < 0) {
            h1Inside = i;
          }
        } else {
          h1Before = i;
        }
      }
      if (title.isEmpty()) {
        continue;
      }
      double score = match(normal(s.text), title);
      if (score > 0) {
        // prefer h1, then closeness to the content
        score += (MAX_LEVEL + 1 - s.headingLevel) * 0.01 + (i >= from ? 0.005 : 0);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
    }
    if (best >= 0) {
      return best;
    }
    return h1Inside >= 0 ? h1Inside : h1Before;
  }

  /**
   * Where the headline may start: {@link MainText#MAX_LEAD_GAP} segments (furniture not
   * counted) before the content. A heading further away (the site's name in the page header)
   * is not the article's headline, even when the declared title is the site's name.
   */
  static int windowStart(List<Segment> segs, int from) {
    int i = from;
    int gap = 0;
    while (i > 0 && gap <= MainText.MAX_LEAD_GAP) {
      i--;
      if (segs.get(i).furniture == null) {
        gap++;
      }
    }
    return i;
  }

  /** 1 for the same text, 0.9 and less for one inside the other, 0 for no match. */
  static double match(String heading, String title) {
    if (heading.isEmpty()) {
      return 0;
    }
    if (heading.equals(title)) {
      return 1;
    }
    if (title.contains(heading) && heading.length() >= MIN_SHARE_OF_TITLE * title.length()) {
      return 0.5 + 0.4 * heading.length() / title.length();
    }
    if (heading.contains(title) && title.length() >= MIN_SHARE_OF_TITLE * heading.length()) {
      return 0.5 + 0.4 * title.length() / heading.length();
    }
    return 0;
  }

  /** Lower case, letters and digits only, one space between words. */
  static String normal(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
