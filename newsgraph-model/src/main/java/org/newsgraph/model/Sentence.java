package org.newsgraph.model;

import java.util.Objects;

/**
 * A sentence. Sentences never cross block boundaries.
 *
 * @param span the sentence text
 * @param block index of the containing block in the document's blocks layer
 */
public record Sentence(Span span, int block) implements Spanned {

  public Sentence {
    Objects.requireNonNull(span, "span");
    if (block < 0) {
      throw new IllegalArgumentException("block index must be >= 0, got " + block);
    }
  }
}
