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
    List<Segment> segs = reading.segments();
    boolean[] content = choice.content();
    int title = Headline.find(segs, declaredTitle, choice.from(), choice.to());
    int from = choice.from();
    if (title >= 0 && title < from) {
      // the headline is at most MAX_LEAD_GAP segments before the content: what lies between
      // (a lead, a byline, a picture) belongs to the article
      for (int i = title; i < from; i++) {
        content[i] = true;
      }
      from = title;
    }
    boolean[] inBox = LinkBoxes.find(reading, choice);
    return BlockRules.apply(segs, choice.prose(), content, inBox, from, choice.to(), title);
  }
}
