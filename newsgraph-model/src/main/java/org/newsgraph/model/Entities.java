package org.newsgraph.model;

import java.util.List;
import java.util.Optional;

/**
 * The entities of a document, in order of first reference; the value of the {@link
 * Layers#ENTITIES} facet.
 */
public record Entities(List<Entity> list) {

  public static final Entities NONE = new Entities(List.of());

  public Entities {
    list = List.copyOf(list);
  }

  public Optional<Entity> find(String id) {
    for (Entity e : list) {
      if (e.id().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Entity require(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no entity '" + id + "'"));
  }
}
