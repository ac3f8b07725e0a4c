package org.newsgraph.extract.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds a page's main text: the article's paragraphs, headings, lists, quotes and tables in
 * reading order, with the headline, teasers, captions, bylines and datelines kept apart.
 *
 * <p>Four stages, one file each:
 *
 * <ol>
 *   <li>{@link Cleaning}: what never holds text, what is hidden, what is furniture by its
 *       markup, what the markup hints (article body, byline, date, caption);
 *   <li>{@link BlockReader}: the page flattened into segments and the element ranges holding
 *       them, in one iterative pass;
 *   <li>{@link ContentChooser}: which furniture marks hold, and the element whose prose, minus
 *       what it takes in besides, scores highest;
 *   <li>{@link BlockRules}: what each segment of that element becomes (with {@link Headline}
 *       for the title).
 * </ol>
 *
 * <p>Linear in the page: every stage is a pass over the tree or over the segments. The page is
 * only read, never changed. Thread-safe (no state).
 */
public final class MainText {

  /**
   * Segments before the content's element that still belong to the article when they come
   * after the headline: a lead paragraph, a byline, a date, a picture with its caption.
   * Further away, the headline stands apart from the text and what lies between is not taken.
   */
  static final int MAX_LEAD_GAP = 12;

  /** The blocks of a page, the headline (when found) first as TITLE. */
  public List<HtmlBlock> extract(org.jsoup.nodes.Document page, String declaredTitle) {
    Element root = page.body() != null ? page.body() : page;
    BlockReader.Reading reading = BlockReader.read(root);
    if (reading.segments().isEmpty()) {
      return List.of();
    }
    ContentChooser.Choice choice = ContentChooser.choose(reading);
    BlockReader.Range content = reading.ranges().get(choice.root());
    List<Segment> segs = reading.segments();
    int title = Headline.find(segs, declaredTitle, content);
    int from = content.from;
    if (title >= 0 && title < from && leadGap(segs, title, from) <= MAX_LEAD_GAP) {
      from = title;
    }
    return BlockRules.apply(segs, choice.prose(), from, content.to, title);
  }

  /** Segments between the headline and the content that are not furniture. */
  private static int leadGap(List<Segment> segs, int title, int from) {
    int gap = 0;
    for (int i = title + 1; i < from; i++) {
      if (segs.get(i).furniture == null) {
        gap++;
      }
    }
    return gap;
  }

}
