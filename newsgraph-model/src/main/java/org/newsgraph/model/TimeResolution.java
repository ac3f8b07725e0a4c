package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a time expression's value was obtained. */
public enum TimeResolution {
  /** The text alone fixes the value ("2008", "June 11, 2020"). */
  ABSOLUTE,
  /** A relative expression ("Thursday", "this year") resolved against the document's anchor. */
  ANCHORED,
  /**
   * A relative expression left unresolved because the anchor is unknown: its value keeps the
   * unknown parts as X ("XXXX-06-11") or as a reference ("THIS P1Y").
   */
  UNRESOLVED,
  /** Durations and sets: not points in time, nothing to resolve. */
  NOT_APPLICABLE;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
