package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** TIMEX3 types. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a TIMEX3 type attribute, case-insensitively. */
  public static TimexType parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
