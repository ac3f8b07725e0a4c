package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the date that anchors relative time expressions was obtained. */
public enum AnchorStatus {
  /** Given by the caller (for instance {@code --published}). */
  PROVIDED,
  /** Read from the article: its metadata or its dateline. */
  EXTRACTED,
  /** Inferred from evidence in the text; the evidence is recorded. */
  INFERRED,
  /** Not known: relative expressions stay unresolved. */
  UNKNOWN;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
