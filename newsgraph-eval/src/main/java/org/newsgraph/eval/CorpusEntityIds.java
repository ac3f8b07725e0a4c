package org.newsgraph.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Reference;

/**
 * Corpus-wide ids for our entities, so that the {@code entities} task can compare them with
 * gold ids that link mentions across records (MEANTIME).
 *
 * <p><b>A stand-in, meant to be replaced</b> when newsgraph resolves entities across articles
 * itself. Until then the key is: an entity named at least once in its document (a {@code name}
 * or {@code alias} reference) gets {@code name:<type code>:N(<canonical name>)}, so "Airbus"
 * (ORG) in two articles is one entity; any other entity keeps its document-local id {@code
 * local:<record id>#<entity id>}, because a canonical name built from descriptions or pronouns
 * ("the company") does not identify anything across articles. N is FORMATS.md's normalisation
 * ({@link TextNorm#n}).
 */
public final class CorpusEntityIds {

  private CorpusEntityIds() {}

  /** The document-local id of an entity: {@code <record id>#<entity id>}. */
  public static String local(String recordId, String entityId) {
    return recordId + "#" + entityId;
  }

  /**
   * The corpus-wide id of every entity the references point to.
   *
   * @throws RecordFailure when a reference points to an entity the document's entities lack
   */
  public static Map<String, String> of(String recordId, List<Reference> references, Entities entities) {
    Set<String> named = new HashSet<>();
    for (Reference r : references) {
      if (r.kind().isNamed()) {
        named.add(r.entity());
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (Reference r : references) {
      if (ids.containsKey(r.entity())) {
        continue;
      }
      Entity e = requireEntity(recordId, r, entities);
      ids.put(
          r.entity(),
          named.contains(r.entity())
              ? "name:" + e.type().shortCode() + ":" + TextNorm.n(e.name())
              : "local:" + local(recordId, r.entity()));
    }
    return ids;
  }

  /**
   * The entity a reference points to.
   *
   * @throws RecordFailure naming the reference and the remedy when there is none
   */
  static Entity requireEntity(String recordId, Reference r, Entities entities) {
    return entities
        .find(r.entity())
        .orElseThrow(
            () ->
                new RecordFailure(
                    "reference " + r.span() + " points to entity '" + r.entity() + "', which the"
                        + " entities of document '" + recordId + "' do not hold; the stage that adds"
                        + " the references layer must list every entity they point to"));
  }
}
