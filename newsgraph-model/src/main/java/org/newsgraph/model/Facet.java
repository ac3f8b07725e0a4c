package org.newsgraph.model;

import java.util.Objects;

/**
 * A typed document-level value added by a stage, such as the detected language or the time
 * anchor.
 *
 * @param <T> the value type
 */
public final class Facet<T> implements Key {

  private final String name;
  private final Class<T> type;

  private Facet(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T> Facet<T> of(String name, Class<T> type) {
    return new Facet<>(name, type);
  }

  @Override
  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return "facet '" + name + "'";
  }
}
