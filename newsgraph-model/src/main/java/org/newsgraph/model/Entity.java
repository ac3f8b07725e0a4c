package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing an article refers to, with every way it is referred to.
 *
 * @param id stable within the document ("e1", "e2", ... in order of first reference)
 * @param type person, organization, location or misc
 * @param name the canonical name ("Mustafa al-Kazimi", "United States")
 * @param subtype a finer class when known ("country", "city", "capital"), or {@code null}
 * @param variants every distinct surface form of its names and aliases, in order of appearance
 * @param roles spans of titles, roles and descriptions attached to it ("Prime Minister",
 *     "former intelligence chief", "spokesman for their parliamentary bloc")
 * @param evidence why references were merged or the type chosen, one short sentence each
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    String subtype,
    List<String> variants,
    List<Span> roles,
    List<String> evidence) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    variants = List.copyOf(variants);
    roles = List.copyOf(roles);
    evidence = List.copyOf(evidence);
  }
}
