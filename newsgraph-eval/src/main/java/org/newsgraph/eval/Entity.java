package org.newsgraph.eval;

import java.util.Objects;
import org.newsgraph.model.Span;
import org.newsgraph.model.Spanned;

/**
 * A named-entity mention as the {@code ner} task scores it, on either side.
 *
 * @param span the name extent
 * @param type {@code PER}, {@code ORG}, {@code LOC} or {@code MISC} ({@link NerEval#TYPES})
 * @param origType the source's own type: the gold's {@code orig_type}, or the system's raw label
 *     (CoreNLP's PERSON, COUNTRY, NATIONALITY, ...); {@code null} when not given. Never scored.
 */
public record Entity(Span span, String type, String origType) implements Spanned {

  public Entity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }

  public boolean sameType(Entity other) {
    return type.equals(other.type);
  }
}
