package org.newsgraph.model;

import java.util.Objects;

/**
 * A word or punctuation token.
 *
 * @param span the token's characters
 * @param sentence index of the containing sentence
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma dictionary form
 */
public record Token(Span span, int sentence, String pos, String lemma) implements Spanned {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    if (span.isEmpty()) {
      throw new IllegalArgumentException("a token cannot be empty: " + span);
    }
  }
}
