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

  /**
   * Reads a saved page and extracts its article (main text, metadata) without NLP, for the page
   * tasks ({@code body}, {@code pubdate}, {@code metadata}). Only systems that read pages answer
   * it; {@link EvalSystems#check} refuses page tasks for the others before anything loads.
   *
   * @param html the page file ({@code .gz} is undone)
   * @param url the page's address, or {@code null}
   */
  default Outcome extractPage(java.nio.file.Path html, String url) {
    throw new UnsupportedOperationException("--system " + name() + " does not read pages");
  }
}
