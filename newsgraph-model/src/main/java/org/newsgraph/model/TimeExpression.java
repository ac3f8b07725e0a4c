package org.newsgraph.model;

import java.util.Objects;

/**
 * A time expression normalized to a TIMEX3 value.
 *
 * @param span the expression ("Thursday", "the next few months")
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ("2020-06-11", "XXXX-06-11", "P6M", "FUTURE_REF")
 * @param mod the TIMEX3 modifier ("START", "APPROX"), or {@code null}
 * @param resolution whether the value depends on the document anchor, and whether it was used
 * @param sentence index of the containing sentence
 */
public record TimeExpression(
    Span span, TimexType type, String value, String mod, TimeResolution resolution, int sentence)
    implements Spanned {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(resolution, "resolution");
  }
}
