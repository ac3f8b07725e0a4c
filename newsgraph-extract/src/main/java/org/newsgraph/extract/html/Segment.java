package org.newsgraph.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of the page, as {@link BlockReader} found it, with
 * the measures the later stages decide on. Mutable only in the fields the chooser and the rules
 * set ({@link #furniture}); package-private: a working record of the main-text stages.
 */
final class Segment {

  /** What the markup says the text is. */
  enum Role {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    CAPTION,
    TABLE,
    PRE
  }

  /** The text: white space collapsed to single spaces, lines ({@code <br>}, rows) kept. */
  final String text;

  final Role role;

  /** 1 to 6 for a heading, else 0. */
  final int headingLevel;

  /** Characters other than white space. */
  final int chars;

  /** Of {@link #chars}, those inside links. */
  final int linkChars;

  /** Links the text holds. */
  final int links;

  /** The link holding the most text, for a teaser's target; {@code null} when none. */
  final Element mainLink;

  /** Characters of {@link #mainLink}'s text. */
  final int mainLinkChars;

  /** Length for thresholds: {@link #chars}, with ideographic and syllabic scripts weighted. */
  final int weight;

  /** Commas and sentence ends, in any script. */
  final int punctuation;

  /** Hint bits of the enclosing elements ({@link Cleaning#HINT_BYLINE}, ...). */
  final int hints;

  /** Index of the innermost block element holding the text, in {@link BlockReader.Reading#ranges}. */
  final int range;

  /**
   * The block element holding the text also holds a picture: a short text there is its
   * caption or credit. Known once the element is read, so set by {@link BlockReader} then.
   */
  boolean besideImage;

  /** Why the text is site furniture, or {@code null}; set by {@link ContentChooser}. */
  String furniture;

  Segment(
      String text, Role role, int headingLevel, int chars, int linkChars, int links, Element mainLink,
      int mainLinkChars, int hints, int range) {
    this.text = text;
    this.role = role;
    this.headingLevel = headingLevel;
    this.chars = chars;
    this.linkChars = linkChars;
    this.links = links;
    this.mainLink = mainLink;
    this.mainLinkChars = mainLinkChars;
    this.hints = hints;
    this.range = range;
    long measures = TextMeasures.weightAndPunctuation(text);
    this.weight = (int) (measures >>> 32);
    this.punctuation = (int) measures;
  }

  /** Share of the text inside links. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  boolean hasHint(int hint) {
    return (hints & hint) != 0;
  }

  @Override
  public String toString() {
    return role + (headingLevel > 0 ? "" + headingLevel : "") + "[" + text + "]";
  }
}
