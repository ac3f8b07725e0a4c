package org.newsgraph.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 3b of the main text — boxes of links inside the content: a "related articles" box, a
 * list of teasers with their summaries, a tag cloud, a list of sources. Readability's idea
 * ({@code _cleanConditionally}): an element inside the article with little running text
 * (few commas and sentence ends) and a high share of its text in links is a box of links,
 * however its segments look one by one. Its segments stay apart: the teasers among them
 * become TEASER blocks, the rest is left out.
 */
final class LinkBoxes {

  /**
   * An element with at least this many commas and sentence ends holds running text: an
   * article's paragraphs, not a box of links (Readability uses ten commas).
   */
  static final int RUNNING_TEXT_PUNCTUATION = 10;

  /**
   * An element with less running text is a box of links when this share of its text is in
   * links: a paragraph links a few words, a teaser box is a third links and more.
   */
  static final double BOX_LINK_DENSITY = 0.33;

  /** A box holds at least this many links: one link in a short box is a sentence with a link. */
  static final int BOX_MIN_LINKS = 2;

  private LinkBoxes() {}

  /**
   * Marks the segments of the link boxes inside the content ({@code inBox[i]}). The root range
   * itself is never a box.
   */
  static boolean[] find(BlockReader.Reading reading, ContentChooser.Choice choice) {
    List<Segment> segs = reading.segments();
    List<BlockReader.Range> ranges = reading.ranges();
    int n = segs.size();
    long[] chars = new long[n + 1];
    long[] linkChars = new long[n + 1];
    long[] punct = new long[n + 1];
    long[] links = new long[n + 1];
    Set<String> seen = new HashSet<>();
    boolean[] prose = choice.prose();
    for (int i = 0; i < n; i++) {
      Segment s = segs.get(i);
      // a box is judged by the text that would be kept: furniture inside it and repeated
      // labels ("Download the graphic" under every picture) do not count
      boolean counts = s.furniture == null && (prose[i] || seen.add(s.text));
      chars[i + 1] = chars[i] + (counts ? s.chars : 0);
      linkChars[i + 1] = linkChars[i] + (counts ? s.linkChars : 0);
      punct[i + 1] = punct[i] + (counts ? s.punctuation : 0);
      links[i + 1] = links[i] + (counts ? s.links : 0);
    }
    boolean[] inBox = new boolean[n];
    boolean[] content = choice.content();
    int boxUntil = -1;
    BlockReader.Range root = ranges.get(choice.root());
    for (int r = choice.root() + 1; r < ranges.size(); r++) {
      BlockReader.Range range = ranges.get(r);
      if (range.isEmpty() || range.from < boxUntil || !content[range.from]
          || (range.from <= root.from && range.to >= root.to)) {
        continue;
      }
      if (range.from >= choice.to()) {
        break;
      }
      long c = chars[range.to] - chars[range.from];
      long l = linkChars[range.to] - linkChars[range.from];
      if (c == 0
          || punct[range.to] - punct[range.from] >= RUNNING_TEXT_PUNCTUATION
          || links[range.to] - links[range.from] < BOX_MIN_LINKS
          || l < BOX_LINK_DENSITY * c) {
        continue;
      }
      for (int i = range.from; i < range.to; i++) {
        inBox[i] = true;
      }
      boxUntil = range.to;
    }
    return inBox;
  }
}
