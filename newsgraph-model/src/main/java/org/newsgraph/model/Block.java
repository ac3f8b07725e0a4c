package org.newsgraph.model;

import java.util.Objects;

/**
 * A structural unit of the canonical text: a paragraph, a heading, a teaser, a credit line.
 *
 * @param span the block's text, without surrounding blank lines
 * @param kind what the block is
 * @param rule the name of the rule that decided the kind, so that every decision is explainable
 */
public record Block(Span span, BlockKind kind, String rule) implements Spanned {

  public Block {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
  }
}
