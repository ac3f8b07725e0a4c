package org.newsgraph.ingest;

/**
 * Bounds for reading inputs.
 *
 * @param maxBytes the largest input accepted. 8 MiB: the longest news articles are under 200 KB
 *     of text and pages rarely pass 3 MB; anything larger is a dump or an attack, and CoreNLP
 *     needs memory in proportion to the text.
 * @param binaryControlRatio the share of control characters (other than tab, newline, carriage
 *     return, form feed) above which decoded text is called binary. 1 %: real text, even
 *     badly converted, has almost none; binary formats have them everywhere.
 */
public record IngestConfig(long maxBytes, double binaryControlRatio) {

  public static final IngestConfig DEFAULTS = new IngestConfig(8L << 20, 0.01);

  public IngestConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("ingest.maxBytes must be positive, got " + maxBytes);
    }
    if (binaryControlRatio < 0 || binaryControlRatio > 1) {
      throw new IllegalArgumentException(
          "ingest.binaryControlRatio must lie in [0, 1], got " + binaryControlRatio);
    }
  }
}
