package org.newsgraph.model;

/**
 * What a stage reads or adds: a {@link Layer} of span annotations or a document-level
 * {@link Facet}. Keys compare by identity; each is declared once as a constant.
 */
public sealed interface Key permits Layer, Facet {

  /** Stable name, used in the JSON record and in error messages. */
  String name();
}
