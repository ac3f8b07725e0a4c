package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of reported speech a quotation is. */
public enum QuoteKind {
  /** Verbatim words inside quotation marks, with a cue or a speaker. */
  DIRECT,
  /** Reported speech without quotation marks ("X said that ..."). */
  INDIRECT,
  /** Reported speech that quotes some words verbatim. */
  MIXED,
  /** A word or short phrase in quotation marks with no cue: emphasis or distance, no speaker. */
  SCARE;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
