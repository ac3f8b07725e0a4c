package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a stretch of text refers to an entity. */
public enum ReferenceKind {
  /** A name: "Mustafa al-Kazimi", "Kazimi", "Islamic State". */
  NAME,
  /** An acronym or conventional alias: "IS" for Islamic State, "US" for the United States. */
  ALIAS,
  /** A demonym or country adjective: "American" soldiers, the "Iraqi" government. */
  DEMONYM,
  /** A description pointing back to a named entity: "this ex-American diplomat". */
  DESCRIPTION,
  /** A pronoun: "he", "them". */
  PRONOUN;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Names and aliases: the kinds scored as named-entity mentions. */
  public boolean isNamed() {
    return this == NAME || this == ALIAS;
  }
}
