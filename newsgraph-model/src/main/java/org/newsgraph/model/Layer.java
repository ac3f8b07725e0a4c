package org.newsgraph.model;

import java.util.Objects;

/**
 * A typed layer of span annotations, such as tokens or entity mentions. A document holds at
 * most one list per layer; the list is immutable and ordered by span.
 *
 * @param <T> the annotation record type
 */
public final class Layer<T extends Spanned> implements Key {

  private final String name;
  private final Class<T> type;

  private Layer(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T extends Spanned> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type);
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
    return "layer '" + name + "'";
  }
}
