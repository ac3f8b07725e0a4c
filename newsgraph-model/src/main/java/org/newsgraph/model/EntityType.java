package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Coarse entity types, as scored by the evaluation (PER, ORG, LOC, MISC). */
public enum EntityType {
  PERSON("PER"),
  ORGANIZATION("ORG"),
  LOCATION("LOC"),
  /** Named things that are none of the above: events, works, products, nationalities. */
  MISC("MISC");

  private final String shortCode;

  EntityType(String shortCode) {
    this.shortCode = shortCode;
  }

  /** The CoNLL-style code used by the gold formats. */
  public String shortCode() {
    return shortCode;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
