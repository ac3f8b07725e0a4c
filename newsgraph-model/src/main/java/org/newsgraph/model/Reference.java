package org.newsgraph.model;

import java.util.Objects;

/**
 * A stretch of text that refers to an entity of the document.
 *
 * @param span the words ("Washington", "American", "this ex-American diplomat")
 * @param entity the id of the entity the words name or describe ({@link Entity#id()})
 * @param kind name, alias, demonym, description or pronoun
 * @param standsFor when the words stand for another entity in context, its id, else {@code
 *     null}: "Washington promised" names the city and stands for the United States
 * @param role what the referent is in that reading ("government"), or {@code null}
 */
public record Reference(Span span, String entity, ReferenceKind kind, String standsFor, String role)
    implements Spanned {

  public Reference {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
    if (span.isEmpty()) {
      throw new IllegalArgumentException("a reference cannot be empty: " + span);
    }
  }

  /** The entity meant in context: {@link #standsFor()} when set, else {@link #entity()}. */
  public String actor() {
    return standsFor != null ? standsFor : entity;
  }
}
