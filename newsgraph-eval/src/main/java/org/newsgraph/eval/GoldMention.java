package org.newsgraph.eval;

import java.util.Objects;
import org.newsgraph.model.Span;
import org.newsgraph.model.Spanned;

/**
 * A gold mention of the {@code entities} task (FORMATS.md §11).
 *
 * @param span the mention extent (a name extent when {@code named})
 * @param entity the corpus-wide entity id: equal ids are the same entity, in any record
 * @param link the Wikipedia/DBpedia title, or {@code null}
 * @param named a name mention, rather than a nominal or pronominal one
 */
public record GoldMention(Span span, String entity, String link, boolean named) implements Spanned {

  public GoldMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(entity, "entity");
  }
}
