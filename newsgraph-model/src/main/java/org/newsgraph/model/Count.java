package org.newsgraph.model;

import java.util.Objects;

/**
 * A number of things or people ("5,200 American soldiers", "some 550 demonstrators killed").
 *
 * @param span the whole count phrase
 * @param number the span of the number itself ("5,200", "two and a half", "thousands")
 * @param value the number's value (the lower bound of vague quantities: "thousands" = 1000)
 * @param qualifier how exact the number is
 * @param object the counted object ("American soldiers"), or {@code null}
 * @param kind the event kind when the count is an event count ("killed", "wounded",
 *     "arrested", "protesting", "displaced"), or {@code null}
 * @param place the span naming where, when the sentence says, or {@code null}
 * @param time the span saying when, when the sentence says, or {@code null}
 */
public record Count(
    Span span,
    Span number,
    double value,
    CountQualifier qualifier,
    Span object,
    String kind,
    Span place,
    Span time)
    implements Spanned {

  public Count {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(qualifier, "qualifier");
    if (!span.contains(number)) {
      throw new IllegalArgumentException("number " + number + " lies outside " + span);
    }
  }
}
