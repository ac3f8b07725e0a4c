package org.newsgraph.eval;

import java.util.Map;
import org.newsgraph.model.InputException;
import org.newsgraph.model.RawInput;
import org.newsgraph.pipeline.AnalyzeOptions;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.Outcome;

/** Reading a gold record's page as far as the article, shared by the page-based tasks. */
final class PageInputs {

  private PageInputs() {}

  /**
   * Reads the page ({@code .gz} undone by the reader) and extracts the article with the
   * record's url: decoding, main text and metadata, no NLP models.
   */
  static Outcome extract(Newsgraph ng, java.nio.file.Path html, String url) {
    RawInput in;
    try {
      in = ng.read(html);
    } catch (InputException e) {
      return new Outcome(html.toString(), null, Newsgraph.READ, e.reason(), e, Map.of());
    }
    return ng.extract(in, AnalyzeOptions.NONE.withUrl(url));
  }
}
