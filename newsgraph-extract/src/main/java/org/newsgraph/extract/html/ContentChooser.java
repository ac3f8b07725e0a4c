package org.newsgraph.extract.html;

import java.util.List;

/**
 * Stage 3 of the main text — choosing the content: which furniture marks hold, and which element
 * holds the article.
 *
 * <p>Each segment is prose (long enough, few links), link-heavy, furniture or short. An element's
 * score is the prose it holds minus what it would bring in besides: link lists, furniture and
 * (a little) short lines, times a bonus when its markup names an article body. The element
 * with the highest score is the content: a wrapper that adds a sidebar to the article scores
 * less than the article, a parent that adds the rest of a split article scores more. Sums over
 * an element are two look-ups in prefix sums over the segments, so choosing is linear in the
 * page.
 *
 * <p>A furniture mark (by tag, role, class or id) holds unless the element holds at least
 * {@link #PROTECTED_PROSE_SHARE} of the page's prose: names lie ({@code class="no-sidebar"},
 * an ASP.NET {@code <form>} around the whole page), the text does not. Comment sections are
 * furniture unless they hold nearly all the prose ({@link #PROTECTED_COMMENTS_SHARE}).
 */
final class ContentChooser {

  /**
   * Prose: a segment of at least this weight (characters, {@link TextMeasures}) with few links.
   * 80 characters is a sentence of 12 to 15 words; menus, labels and buttons are shorter.
   */
  static final int PROSE_MIN_WEIGHT = 80;

  /** A shorter segment (down to this weight) is prose when it ends like a sentence. */
  static final int PROSE_SENTENCE_MIN_WEIGHT = 40;

  /**
   * Prose has at most this share of its characters in links: a paragraph links a few words, a
   * teaser or menu is all link.
   */
  static final double PROSE_MAX_LINK_DENSITY = 0.4;

  /** A segment with at least this share of its characters in links is a link list or teaser. */
  static final double LINK_HEAVY_DENSITY = 0.5;

  /** Cost of taking in a character of link lists (as much as a character of prose is worth). */
  static final double LINK_COST = 1.0;

  /** Cost of taking in a character of furniture. */
  static final double FURNITURE_COST = 1.0;

  /**
   * Cost of a character of short text (neither prose nor links): sub-headings and short lines
   * belong to articles too, labels and captions to their surroundings; a quarter makes a
   * wrapper with many labels lose against the article inside it.
   */
  static final double SHORT_COST = 0.25;

  /**
   * An element holding this share of the page's prose is never furniture, whatever its name:
   * at least half of all the prose is the article's, and an article is not furniture.
   */
  static final double PROTECTED_PROSE_SHARE = 0.5;

  /**
   * A comment section holding this share of the page's prose is the page's content: a forum
   * thread or a question and its answers, where the posts are the text. Below it, comments
   * are furniture however long.
   */
  static final double PROTECTED_COMMENTS_SHARE = 0.8;

  private ContentChooser() {}

  /**
   * A sibling of the content's element joins the content when it scores at least this share
   * of the content's score (Readability's rule): an article split by its template into several
   * blocks, with an advertisement or an image between them.
   */
  static final double SIBLING_SHARE = 0.2;

  /**
   * What the chooser decided.
   *
   * @param root the range that scored highest
   * @param prose which segments are prose
   * @param content which segments are the content: the root's and those of the siblings that
   *     joined it
   * @param from the first content segment
   * @param to the end of the content segments
   */
  record Choice(int root, boolean[] prose, double rootScore, int totalProse, boolean[] content, int from, int to) {}

  /** Marks furniture segments (sets {@link Segment#furniture}) and picks the content's range. */
  static Choice choose(BlockReader.Reading reading) {
    List<Segment> segs = reading.segments();
    List<BlockReader.Range> ranges = reading.ranges();
    int n = segs.size();
    boolean[] prose = new boolean[n];
    long[] prosePrefix = new long[n + 1];
    for (int i = 0; i < n; i++) {
      Segment s = segs.get(i);
      prose[i] = isProse(s);
      prosePrefix[i + 1] = prosePrefix[i] + (prose[i] ? s.weight : 0);
    }
    long totalProse = prosePrefix[n];
    markFurniture(segs, ranges, prosePrefix, totalProse);

    double[] value = new double[n + 1];
    for (int i = 0; i < n; i++) {
      value[i + 1] = value[i] + contribution(segs.get(i), prose[i]);
    }
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    int furnitureUntil = -1;
    for (int r = 0; r < ranges.size(); r++) {
      BlockReader.Range range = ranges.get(r);
      if (range.isEmpty()) {
        continue;
      }
      if (range.from < furnitureUntil) {
        continue; // inside furniture
      }
      if (range.furniture) {
        furnitureUntil = range.to;
        continue;
      }
      double score = score(range, value);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    int[] subtreeEnd = subtreeEnds(ranges);
    boolean[] content = new boolean[n];
    int[] bounds = siblings(ranges, subtreeEnd, best, value, content);
    return new Choice(
        best, prose, bestScore, (int) Math.min(Integer.MAX_VALUE, totalProse), content, bounds[0], bounds[1]);
  }

  /**
   * Marks the content: the best range, and its siblings that score at least {@link
   * #SIBLING_SHARE} of it or have its tag and class (the template's own split). The best range
   * is first lifted to the outermost element holding the same segments, so that its siblings
   * are the template's blocks, not the children of a wrapper.
   *
   * @return the first content segment and the end of the last
   */
  private static int[] siblings(
      List<BlockReader.Range> ranges, int[] subtreeEnd, int best, double[] value, boolean[] content) {
    BlockReader.Range top = ranges.get(best);
    int topIndex = best;
    while (top.parent >= 0) {
      BlockReader.Range p = ranges.get(top.parent);
      if (p.from != top.from || p.to != top.to) {
        break;
      }
      topIndex = top.parent;
      top = p;
    }
    int from = top.from;
    int to = top.to;
    for (int i = top.from; i < top.to; i++) {
      content[i] = true;
    }
    if (top.parent < 0 || top.isEmpty()) {
      return new int[] {from, to};
    }
    double topScore = score(top, value);
    String tag = top.tag;
    String cls = top.element.className();
    int parent = top.parent;
    for (int r = parent + 1; r < subtreeEnd[parent]; r = subtreeEnd[r]) {
      BlockReader.Range c = ranges.get(r);
      if (r == topIndex || c.isEmpty() || c.furniture) {
        continue;
      }
      double sc = score(c, value);
      boolean sameKind = !cls.isEmpty() && c.tag.equals(tag) && c.element.className().equals(cls);
      if (sc > 0 && (sameKind || sc >= SIBLING_SHARE * topScore)) {
        for (int i = c.from; i < c.to; i++) {
          content[i] = true;
        }
        from = Math.min(from, c.from);
        to = Math.max(to, c.to);
      }
    }
    return new int[] {from, to};
  }

  /** For each range, the index after its last descendant (ranges are in document order). */
  static int[] subtreeEnds(List<BlockReader.Range> ranges) {
    int n = ranges.size();
    int[] end = new int[n];
    java.util.Arrays.fill(end, n);
    int[] stack = new int[n];
    int top = 0;
    for (int r = 0; r < n; r++) {
      int parent = ranges.get(r).parent;
      while (top > 0 && stack[top - 1] != parent) {
        end[stack[--top]] = r;
      }
      stack[top++] = r;
    }
    return end;
  }

  private static double score(BlockReader.Range r, double[] value) {
    double raw = value[r.to] - value[r.from];
    return raw > 0 ? raw * r.marks.bodyBonus() : raw;
  }

  static boolean isProse(Segment s) {
    if (s.role == Segment.Role.HEADING || s.linkDensity() > PROSE_MAX_LINK_DENSITY) {
      return false;
    }
    return s.weight >= PROSE_MIN_WEIGHT
        || (s.weight >= PROSE_SENTENCE_MIN_WEIGHT && TextMeasures.endsSentence(s.text));
  }

  private static double contribution(Segment s, boolean prose) {
    if (s.furniture != null) {
      return -FURNITURE_COST * s.weight;
    }
    double ld = s.linkDensity();
    if (ld >= LINK_HEAVY_DENSITY) {
      return -LINK_COST * s.weight;
    }
    if (prose) {
      return s.weight * (1 - ld);
    }
    return -SHORT_COST * s.weight;
  }

  /**
   * Marks the segments of every furniture range whose mark holds. Ranges come in document order
   * (an element before the elements inside it), so a range inside one already marked is
   * skipped and each segment is marked once: linear however deep furniture nests.
   */
  private static void markFurniture(
      List<Segment> segs, List<BlockReader.Range> ranges, long[] prosePrefix, long totalProse) {
    int markedUntil = -1;
    for (int r = 1; r < ranges.size(); r++) {
      BlockReader.Range range = ranges.get(r);
      Cleaning.Marks m = range.marks;
      if (m.furniture() == null || range.isEmpty() || range.from < markedUntil) {
        continue;
      }
      long prose = prosePrefix[range.to] - prosePrefix[range.from];
      double share = m.comments() ? PROTECTED_COMMENTS_SHARE : PROTECTED_PROSE_SHARE;
      if (totalProse > 0 && prose >= share * totalProse) {
        continue;
      }
      for (int i = range.from; i < range.to; i++) {
        segs.get(i).furniture = m.furniture();
      }
      range.furniture = true;
      markedUntil = range.to;
    }
  }
}
