package org.newsgraph.extract.html;

import java.util.Objects;
import org.newsgraph.model.BlockKind;

/**
 * One block of a page as the main-text extractor found it, before the canonical text is built.
 *
 * @param kind what the block is (paragraph, heading, teaser, caption, ...)
 * @param text its text, white space collapsed, not blank
 * @param rule the rule that kept or classified it, so that every decision is explainable
 * @param href the absolute target of the one link that makes up most of the block (a teaser's
 *     link to another article), else {@code null}
 */
public record HtmlBlock(BlockKind kind, String text, String rule, String href) {

  public HtmlBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a block cannot be blank (rule " + rule + ")");
    }
  }

  public static HtmlBlock of(BlockKind kind, String text, String rule) {
    return new HtmlBlock(kind, text, rule, null);
  }
}
