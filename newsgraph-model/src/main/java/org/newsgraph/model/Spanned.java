package org.newsgraph.model;

/** An annotation anchored to the canonical text by one span. */
public interface Spanned {

  Span span();

  default int start() {
    return span().start();
  }

  default int end() {
    return span().end();
  }
}
