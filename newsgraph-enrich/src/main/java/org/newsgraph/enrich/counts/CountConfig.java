package org.newsgraph.enrich.counts;

/**
 * Settings of the counts stage.
 *
 * @param maxCountsPerDocument counts kept per document, the first in text order; the rest are
 *     dropped. 500: a long news article states a few dozen figures, and an election or sports
 *     results page a few hundred; more is a table dump or hostile input, and every count costs
 *     a line in the record.
 */
public record CountConfig(int maxCountsPerDocument) {

  public static final CountConfig DEFAULTS = new CountConfig(500);

  public CountConfig {
    if (maxCountsPerDocument <= 0) {
      throw new IllegalArgumentException(
          "counts.maxCountsPerDocument must be positive, got " + maxCountsPerDocument);
    }
  }
}
