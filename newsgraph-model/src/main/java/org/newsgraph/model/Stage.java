package org.newsgraph.model;

import java.util.Set;

/**
 * One step of analysis. A stage declares the keys it reads and the keys it adds; the pipeline
 * checks, when it is built, that every key a stage reads is added by an earlier stage.
 *
 * <p>Implementations must be thread-safe: one instance processes documents from several
 * threads, and loads its models once.
 */
public interface Stage {

  /** Short stable name, used in timings and error messages ("nlp.corenlp"). */
  String name();

  /** The layers and facets this stage needs. */
  Set<Key> reads();

  /** The layers and facets this stage adds. */
  Set<Key> adds();

  /**
   * Returns the document with this stage's keys added.
   *
   * @throws StageException when the document cannot be processed; other documents are not
   *     affected
   */
  Document process(Document document);
}
