package org.newsgraph.eval;

import java.util.Objects;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Spanned;

/**
 * One of our references as the {@code entities} task scores it.
 *
 * @param span the reference's words
 * @param entity the corpus-wide entity id our clusters are built from ({@link CorpusEntityIds})
 * @param localEntity {@code <record id>#<entity id>}: the entity within its document
 * @param kind name, alias, demonym, description or pronoun
 * @param type the entity's type code (PER, ORG, LOC, MISC), for the output only
 * @param link the entity's Wikipedia title, or {@code null}: newsgraph does not link yet
 */
public record SystemMention(
    Span span, String entity, String localEntity, ReferenceKind kind, String type, String link)
    implements Spanned {

  public SystemMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(localEntity, "localEntity");
    Objects.requireNonNull(kind, "kind");
  }
}
