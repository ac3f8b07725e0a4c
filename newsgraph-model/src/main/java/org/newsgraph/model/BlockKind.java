package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a block of the canonical text is, from the reader's point of view. */
public enum BlockKind {
  /** The headline. */
  TITLE(true),
  /** A sub-heading inside the article. */
  HEADING(true),
  PARAGRAPH(true),
  LIST_ITEM(true),
  BLOCKQUOTE(true),
  /** A table, flattened to text. */
  TABLE(true),
  /** A link to another article (">> Read: ..."): kept as a related link, not article text. */
  TEASER(false),
  /** A picture or video caption. */
  CAPTION(false),
  /** A credit line ("With AFP"): names the source agency, not a sentence. */
  CREDIT(false),
  /** An author line ("By Jane Doe"). */
  BYLINE(false),
  /** A line that only states the date (and possibly the place) of the article. */
  DATELINE(false),
  /** Site furniture: newsletter promos, app badges, share bars, cookie notices. */
  BOILERPLATE(false);

  private final boolean articleText;

  BlockKind(boolean articleText) {
    this.articleText = articleText;
  }

  /** True for blocks that belong to the article's own text. */
  public boolean isArticleText() {
    return articleText;
  }

  /**
   * True for the blocks NLP reads: the article text, datelines (they hold the date and often the
   * place), teasers and captions (they name the article's entities). Stages that need the
   * article's own sentences (quotations, counts) check {@link #isArticleText()} as well.
   */
  public boolean isReadByNlp() {
    return articleText || this == DATELINE || this == TEASER || this == CAPTION;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
