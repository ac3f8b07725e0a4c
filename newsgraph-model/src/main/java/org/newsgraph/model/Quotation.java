package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Words attributed to a source.
 *
 * @param span covers all content pieces (from the first piece's start to the last one's end)
 * @param pieces the content, in one or more pieces (a quote interrupted by "said X" has two);
 *     without the quotation marks
 * @param kind direct, indirect, mixed or scare quote
 * @param cue the attribution cue ("said", "according to"), or {@code null}
 * @param source the span naming or describing the speaker in the text, or {@code null}
 * @param speaker the speaker's canonical name or description, or {@code null} when none (scare
 *     quotes never have one)
 * @param speakerEntity the id of the speaker's entity in this document, or {@code null}
 */
public record Quotation(
    Span span,
    List<Span> pieces,
    QuoteKind kind,
    Span cue,
    Span source,
    String speaker,
    String speakerEntity)
    implements Spanned {

  public Quotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    pieces = List.copyOf(pieces);
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("a quotation needs at least one content piece");
    }
    for (Span p : pieces) {
      if (!span.contains(p)) {
        throw new IllegalArgumentException("content piece " + p + " lies outside " + span);
      }
    }
    if (kind == QuoteKind.SCARE && (speaker != null || source != null)) {
      throw new IllegalArgumentException("a scare quote has no speaker");
    }
  }
}
