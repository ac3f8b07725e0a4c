package org.newsgraph.pipeline;

import java.time.LocalDate;

/**
 * Per-call options of {@link Newsgraph#analyze}.
 *
 * @param published the publication date, when the caller knows it; anchors relative times
 * @param encoding the input's character encoding, when the caller knows it
 * @param url the address the input was read from (a page's links resolve against it, and a date
 *     in its path is evidence of the publication date), or {@code null}
 */
public record AnalyzeOptions(LocalDate published, String encoding, String url) {

  public static final AnalyzeOptions NONE = new AnalyzeOptions(null, null, null);

  public static AnalyzeOptions published(LocalDate date) {
    return new AnalyzeOptions(date, null, null);
  }

  public AnalyzeOptions withUrl(String value) {
    return new AnalyzeOptions(published, encoding, value);
  }
}
