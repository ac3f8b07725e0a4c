package org.newsgraph.eval;

import java.util.Objects;
import org.newsgraph.model.Span;
import org.newsgraph.model.Spanned;

/**
 * A time expression as the {@code timex} task scores it, on either side.
 *
 * @param span the expression's extent
 * @param type the TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value ({@code 2008-03-06}, {@code P3M}, {@code PRESENT_REF}, ...)
 */
public record Timex(Span span, String type, String value) implements Spanned {

  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
