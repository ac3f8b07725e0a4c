package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.LineRules;
import org.newsgraph.model.BlockKind;

/**
 * Stage 4 of the main text — the blocks: each segment of the content is kept as article text,
 * kept apart (title, teaser, caption, byline, dateline) or left out, by the first rule that
 * applies. The rules, in order:
 *
 * <ol>
 *   <li>{@code title}: the headline ({@link Headline}).
 *   <li>furniture ({@link ContentChooser}) is left out.
 *   <li>{@code duplicate}: a short text already seen is left out (mobile and desktop copies of
 *       labels, a repeated headline); prose is kept however often it comes.
 *   <li>{@code teaser-in-link-box}: in a box of links ({@link LinkBoxes}), teasers are TEASER,
 *       the rest is left out.
 *   <li>{@code teaser-link}: a segment that is mostly one link of several words to another
 *       page is a TEASER with its target; other link-heavy segments (menus, tag lists) are left
 *       out.
 *   <li>{@code credit-agency}: a credit line ("With AFP") is CREDIT, as in plain text.
 *   <li>{@code caption}: figure captions and picture credits (by tag, or by a class name on the
 *       element or close above it) are CAPTION.
 *   <li>{@code beside-image}: a short line in the block of a picture is CAPTION (a credit).
 *   <li>{@code byline}: a short line marked as the author's, or starting with "By"/"Von"/...,
 *       is BYLINE.
 *   <li>{@code dateline}: a short line marked as a date and holding digits, or that is a date,
 *       is DATELINE.
 *   <li>{@code meta}: other short lines of an article's small print (category, reading time)
 *       are left out.
 *   <li>headings, prose, tables: kept.
 *   <li>{@code label-of-links}: a short line or heading right before teasers or a link list is
 *       left out ("Read more:", "Related").
 *   <li>{@code context}: a short line is kept between kept text, left out between left-out text,
 *       and at the border kept only when it reads like a sentence (jusText's idea); when the
 *       content has no longer text at all, its short lines are its text ({@code
 *       only-short-text}).
 *   <li>{@code empty-section}: a heading with no kept text after it (before the next heading of
 *       its level) is left out: it headed a list of links or a promo. A heading as long as
 *       prose is kept: a standfirst set as a heading.
 * </ol>
 */
final class BlockRules {

  /**
   * A teaser's link holds at least this share of the segment's text: "Read more: Title" is a
   * teaser, a paragraph with a link in it is not.
   */
  static final double TEASER_LINK_SHARE = 0.6;

  /**
   * Running text with most of it linked is still a paragraph from this weight on: twice a
   * sentence; teaser titles are shorter.
   */
  static final int LINKED_SENTENCES_MIN_WEIGHT = 160;

  /** ... and when at least this many of its characters are outside links (a few words). */
  static final int LINKED_SENTENCES_MIN_UNLINKED = 20;

  /** A teaser's link text has at least this many words: a title, not "Home" or "More". */
  static final int TEASER_MIN_WORDS = 3;

  /** Captions are at most this long; a longer text inside a figure is article text. */
  static final int CAPTION_MAX_WEIGHT = 400;

  /**
   * A short line in the same block as a picture is its caption or credit ("AFP / John Roe",
   * "Photo: Reuters") up to this length; longer text beside a picture is article text.
   */
  static final int CREDIT_MAX_WEIGHT = 80;

  /** A byline is at most this long: "By Jane Doe and John Roe, Reuters". */
  static final int BYLINE_MAX_WEIGHT = 100;

  /** A dateline marked as such is at most this long: "Published 12 March 2024, 14:05 Uhr". */
  static final int DATELINE_MAX_WEIGHT = 80;

  /** A line that is only a date is at most this long. */
  static final int BARE_DATE_MAX_WEIGHT = 40;

  /** A label of links ("Lesen Sie auch:", "Related stories") is at most this long. */
  static final int LABEL_MAX_WEIGHT = 60;

  /** A short line at the border of kept text is kept from this weight on (a sentence fragment). */
  static final int NEAR_PROSE_WEIGHT = 30;

  /** Words that open a byline in the languages most pages are in. */
  private static final Pattern BYLINE_START =
      Pattern.compile(
          "^(?:by|von|par|por|di|door|av|af|od|от|de|autor(?:in)?:?|author:?|text:?|texte?:?|"
              + "written by|posted by|geschrieben von|verfasst von|publié par|escrito por)\\s+\\p{Lu}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date in digits: 12.03.2024, 2024-03-12, 12/3/24, 12. März 2024, March 12, 2024. */
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}"
              + "|\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}|\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4})\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  private BlockRules() {}

  /** What a segment became. */
  private enum Fate {
    KEPT,
    APART,
    DROPPED,
    SHORT
  }

  /**
   * The blocks of the content.
   *
   * @param content which segments are the content ({@link ContentChooser})
   * @param inBox which segments are in a box of links ({@link LinkBoxes})
   * @param from the first segment of the content (the headline's, when it comes just before the
   *     content's element)
   * @param to the end of the content
   * @param title the headline segment, or -1; it comes first whether or not it is in the range
   */
  static List<HtmlBlock> apply(
      List<Segment> segs, boolean[] prose, boolean[] content, boolean[] inBox, int from, int to,
      int title) {
    int n = to - from;
    Fate[] fate = new Fate[n];
    BlockKind[] kind = new BlockKind[n];
    String[] rule = new String[n];
    String[] href = new String[n];
    Set<String> seen = new HashSet<>();
    if (title >= 0) {
      seen.add(segs.get(title).text);
    }
    for (int k = 0; k < n; k++) {
      int i = from + k;
      Segment s = segs.get(i);
      if (i == title) {
        fate[k] = Fate.APART;
        kind[k] = BlockKind.TITLE;
        rule[k] = "title";
        continue;
      }
      if (s.furniture != null || !content[i]) {
        fate[k] = Fate.DROPPED;
        continue;
      }
      if (!prose[i] && !seen.add(s.text)) {
        fate[k] = Fate.DROPPED;
        continue;
      }
      if (inBox[i]) {
        String target = s.linkDensity() >= ContentChooser.LINK_HEAVY_DENSITY ? teaserTarget(s) : null;
        teaserOrLinks(k, target, "teaser-in-link-box", fate, kind, rule, href);
        continue;
      }
      classify(s, prose[i], k, fate, kind, rule, href);
    }
    labelsOfLinks(fate, kind, rule, segs, from);
    if (anyKept(fate)) {
      contextRule(fate, kind, rule, segs, from);
    } else {
      keepShort(fate, rule); // a page of short lines only (a poem, a note): they are its text
    }
    emptySections(fate, kind, segs, from);

    List<HtmlBlock> out = new ArrayList<>();
    if (title >= 0) {
      out.add(new HtmlBlock(BlockKind.TITLE, segs.get(title).text, "title", null));
    }
    for (int k = 0; k < n; k++) {
      if ((fate[k] == Fate.KEPT || fate[k] == Fate.APART) && kind[k] != BlockKind.TITLE) {
        out.add(new HtmlBlock(kind[k], segs.get(from + k).text, rule[k], href[k]));
      }
    }
    return out;
  }

  /** A link segment: a teaser kept apart when it has a target, else dropped as links. */
  private static void teaserOrLinks(
      int k, String target, String teaserRule, Fate[] fate, BlockKind[] kind, String[] rule,
      String[] href) {
    if (target != null) {
      fate[k] = Fate.APART;
      kind[k] = BlockKind.TEASER;
      rule[k] = teaserRule;
      href[k] = target;
    } else {
      fate[k] = Fate.DROPPED;
      rule[k] = LINKS;
    }
  }

  private static void classify(
      Segment s, boolean prose, int k, Fate[] fate, BlockKind[] kind, String[] rule, String[] href) {
    // A credit line ("With AFP") reads the same on a page as in plain text: kept apart.
    var wording = LineRules.decide(s.text);
    if (wording.isPresent() && wording.get().kind() == BlockKind.CREDIT) {
      apart(k, fate, kind, rule, BlockKind.CREDIT, wording.get().rule());
      return;
    }
    if (s.linkDensity() >= ContentChooser.LINK_HEAVY_DENSITY && isLinkedSentences(s)) {
      keep(k, fate, kind, rule, s.role == Segment.Role.LIST_ITEM ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH,
          "linked-sentences");
      return;
    }
    if (s.linkDensity() >= ContentChooser.LINK_HEAVY_DENSITY) {
      teaserOrLinks(k, teaserTarget(s), "teaser-link", fate, kind, rule, href);
      return;
    }
    if ((s.role == Segment.Role.CAPTION || s.hasHint(Cleaning.HINT_CAPTION))
        && s.weight <= CAPTION_MAX_WEIGHT && s.role != Segment.Role.HEADING) {
      apart(k, fate, kind, rule, BlockKind.CAPTION, s.role == Segment.Role.CAPTION ? "figcaption" : "caption-mark");
      return;
    }
    if (!prose && s.besideImage && s.role != Segment.Role.HEADING && s.role != Segment.Role.LIST_ITEM
        && s.weight <= CREDIT_MAX_WEIGHT && !BYLINE_START.matcher(s.text).find()) {
      apart(k, fate, kind, rule, BlockKind.CAPTION, "beside-image");
      return;
    }
    if (!prose && s.weight <= BYLINE_MAX_WEIGHT
        && (s.hasHint(Cleaning.HINT_BYLINE) || BYLINE_START.matcher(s.text).find())
        && s.role != Segment.Role.HEADING) {
      apart(k, fate, kind, rule, BlockKind.BYLINE, s.hasHint(Cleaning.HINT_BYLINE) ? "byline-mark" : "byline-words");
      return;
    }
    if (!prose && s.role != Segment.Role.HEADING && isDateline(s)) {
      apart(k, fate, kind, rule, BlockKind.DATELINE, "dateline");
      return;
    }
    if (!prose && s.hasHint(Cleaning.HINT_META) && s.role != Segment.Role.HEADING) {
      fate[k] = Fate.DROPPED;
      return;
    }
    switch (s.role) {
      case HEADING -> keep(k, fate, kind, rule, BlockKind.HEADING, "heading");
      case TABLE -> keep(k, fate, kind, rule, BlockKind.TABLE, "table");
      default -> {
        BlockKind bk = switch (s.role) {
          case LIST_ITEM -> BlockKind.LIST_ITEM;
          case QUOTE -> BlockKind.BLOCKQUOTE;
          default -> BlockKind.PARAGRAPH;
        };
        if (prose) {
          keep(k, fate, kind, rule, bk, "prose");
        } else {
          fate[k] = Fate.SHORT;
          kind[k] = bk;
          rule[k] = "context";
        }
      }
    }
  }

  private static boolean isDateline(Segment s) {
    boolean digit = false;
    for (int i = 0; i < s.text.length() && !digit; i++) {
      digit = Character.isDigit(s.text.charAt(i));
    }
    if (!digit) {
      return false;
    }
    if (s.hasHint(Cleaning.HINT_DATE) && s.weight <= DATELINE_MAX_WEIGHT) {
      return true;
    }
    return s.weight <= BARE_DATE_MAX_WEIGHT && DATE.matcher(s.text).find();
  }

  /**
   * Sentences with a long linked stretch: a paragraph of running text (long, with commas and
   * sentence ends, ending like a sentence) that also has unlinked words. A teaser's title is
   * shorter and does not read like running text.
   */
  private static boolean isLinkedSentences(Segment s) {
    return s.weight >= LINKED_SENTENCES_MIN_WEIGHT
        && s.punctuation >= 2
        && s.chars - s.linkChars >= LINKED_SENTENCES_MIN_UNLINKED
        && TextMeasures.endsSentence(s.text)
        && s.role != Segment.Role.HEADING;
  }

  /** The link target when the segment is a teaser: mostly one link of a few words, to a page. */
  private static String teaserTarget(Segment s) {
    if (s.mainLink == null || s.mainLinkChars < TEASER_LINK_SHARE * s.chars) {
      return null;
    }
    if (TextMeasures.words(s.text) < TEASER_MIN_WORDS) {
      return null;
    }
    String target = s.mainLink.absUrl("href");
    if (target.isEmpty()) {
      target = s.mainLink.attr("href");
    }
    String lower = target.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("/"))) {
      return null; // javascript:, mailto:, #fragment
    }
    return target;
  }

  private static void keep(int k, Fate[] fate, BlockKind[] kind, String[] rule, BlockKind bk, String r) {
    fate[k] = Fate.KEPT;
    kind[k] = bk;
    rule[k] = r;
  }

  private static void apart(int k, Fate[] fate, BlockKind[] kind, String[] rule, BlockKind bk, String r) {
    fate[k] = Fate.APART;
    kind[k] = bk;
    rule[k] = r;
  }

  /** The rule of segments left out as links, for {@link #labelsOfLinks}. */
  private static final String LINKS = "links";

  /**
   * Leaves out the label of a list of links: a short line or heading ("Read more:", "Related",
   * "Mehr zum Thema") right before teasers or a left-out link list.
   */
  private static void labelsOfLinks(Fate[] fate, BlockKind[] kind, String[] rule, List<Segment> segs, int from) {
    for (int k = 0; k + 1 < fate.length; k++) {
      boolean shortLine = fate[k] == Fate.SHORT
          || (fate[k] == Fate.KEPT && kind[k] == BlockKind.HEADING);
      if (!shortLine || segs.get(from + k).weight > LABEL_MAX_WEIGHT) {
        continue;
      }
      int j = k + 1;
      if ((fate[j] == Fate.APART && kind[j] == BlockKind.TEASER)
          || (fate[j] == Fate.DROPPED && LINKS.equals(rule[j]))) {
        fate[k] = Fate.DROPPED;
        rule[k] = "label-of-links";
      }
    }
  }

  private static boolean anyKept(Fate[] fate) {
    for (Fate f : fate) {
      if (f == Fate.KEPT) {
        return true;
      }
    }
    return false;
  }

  private static void keepShort(Fate[] fate, String[] rule) {
    for (int k = 0; k < fate.length; k++) {
      if (fate[k] == Fate.SHORT) {
        fate[k] = Fate.KEPT;
        rule[k] = "only-short-text";
      }
    }
  }

  /**
   * Decides the short segments by their neighbours: a run of short segments between kept
   * article text is kept; between left-out segments (or the content's border) left out; at a
   * border, each is kept only when it reads like a fragment of text.
   */
  private static void contextRule(Fate[] fate, BlockKind[] kind, String[] rule, List<Segment> segs, int from) {
    int n = fate.length;
    int k = 0;
    while (k < n) {
      if (fate[k] != Fate.SHORT) {
        k++;
        continue;
      }
      int end = k;
      while (end < n && (fate[end] == Fate.SHORT || fate[end] == Fate.APART)) {
        end++;
      }
      boolean before = neighbourKept(fate, kind, k - 1, -1);
      boolean after = neighbourKept(fate, kind, end, 1);
      for (int j = k; j < end; j++) {
        if (fate[j] != Fate.SHORT) {
          continue;
        }
        Segment s = segs.get(from + j);
        boolean keep;
        if (before && after) {
          keep = true;
        } else if (!before && !after) {
          keep = false;
        } else {
          keep = s.weight >= NEAR_PROSE_WEIGHT || TextMeasures.endsSentence(s.text);
        }
        fate[j] = keep ? Fate.KEPT : Fate.DROPPED;
      }
      k = end;
    }
  }

  /** The nearest decided neighbour in direction {@code step} is kept article text (not a heading). */
  private static boolean neighbourKept(Fate[] fate, BlockKind[] kind, int k, int step) {
    for (int j = k; j >= 0 && j < fate.length; j += step) {
      if (fate[j] == Fate.APART) {
        continue;
      }
      if (fate[j] == Fate.KEPT && kind[j] == BlockKind.HEADING) {
        continue;
      }
      return fate[j] == Fate.KEPT;
    }
    return false;
  }

  /** Leaves out headings with no kept text after them before the next heading of their level. */
  private static void emptySections(Fate[] fate, BlockKind[] kind, List<Segment> segs, int from) {
    int n = fate.length;
    for (int k = n - 1; k >= 0; k--) {
      if (fate[k] != Fate.KEPT || kind[k] != BlockKind.HEADING
          || segs.get(from + k).weight >= ContentChooser.PROSE_MIN_WEIGHT) {
        continue; // a heading as long as prose is a standfirst set in large type: text
      }
      int level = segs.get(from + k).headingLevel;
      boolean text = false;
      for (int j = k + 1; j < n; j++) {
        if (fate[j] != Fate.KEPT) {
          continue;
        }
        if (kind[j] == BlockKind.HEADING) {
          if (segs.get(from + j).headingLevel <= level) {
            break;
          }
          continue; // a sub-heading: its own text decides it
        }
        text = true;
        break;
      }
      if (!text) {
        fate[k] = Fate.DROPPED;
      }
    }
  }
}
