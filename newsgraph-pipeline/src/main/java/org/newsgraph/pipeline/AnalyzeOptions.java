package org.newsgraph.pipeline;

import java.time.LocalDate;

/**
 * Per-call options of {@link Newsgraph#analyze}.
 *
 * @param published the publication date, when the caller knows it; anchors relative times
 * @param encoding the input's character encoding, when the caller knows it
 */
public record AnalyzeOptions(LocalDate published, String encoding) {

  public static final AnalyzeOptions NONE = new AnalyzeOptions(null, null);

  public static AnalyzeOptions published(LocalDate date) {
    return new AnalyzeOptions(date, null);
  }
}
