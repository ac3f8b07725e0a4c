package org.newsgraph.eval;

import org.newsgraph.pipeline.Outcome;

/**
 * Who answers the gold records in {@code newsgraph eval --system NAME}: newsgraph itself, or a
 * baseline measured by the same scoring code ({@link EvalSystems}). A system turns a gold
 * record's text into a document with the layers the tasks read; the tasks never know which
 * system made it.
 */
public interface EvalSystem {

  /** The name given to {@code --system}. */
  String name();

  /**
   * Analyzes the text of a gold record, anchored at its publication date when the gold gives
   * one. The document's text must be the record's text, so that offsets compare. Thread-safe;
   * failures come back as outcomes.
   */
  Outcome analyze(TextRecord record);
}
