package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exact a count is, as the text states it. */
public enum CountQualifier {
  EXACT,
  /** "some 550", "about 5,000". */
  APPROXIMATE,
  /** "more than 20", "at least 3". */
  AT_LEAST,
  /** "fewer than 10", "up to 300". */
  AT_MOST,
  /** "thousands of", "dozens of": an order of magnitude. */
  VAGUE;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
