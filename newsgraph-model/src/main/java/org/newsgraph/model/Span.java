package org.newsgraph.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's canonical text
 * (Java {@code String} indices). Spans are the only link between an annotation and the text:
 * surface strings are always derived from them, never stored twice.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  /** True when the two spans share at least one code unit. */
  public boolean overlaps(Span other) {
    return Math.min(end, other.end) > Math.max(start, other.start);
  }

  public int overlapLength(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The covered text; throws when the span does not fit {@code text}. */
  public String in(String text) {
    requireWithin(text.length());
    return text.substring(start, end);
  }

  public void requireWithin(int textLength) {
    if (end > textLength) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") ends after the text (length " + textLength + ")");
    }
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
