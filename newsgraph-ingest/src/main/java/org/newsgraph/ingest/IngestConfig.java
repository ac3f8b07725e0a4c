package org.newsgraph.ingest;

/**
 * Bounds for reading inputs, from files, streams and the web.
 *
 * @param maxBytes the largest input accepted (after gzip is undone). 8 MiB: the longest news
 *     articles are under 200 KB of text and pages rarely pass 3 MB; anything larger is a dump or
 *     an attack, and CoreNLP needs memory in proportion to the text.
 * @param binaryControlRatio the share of control characters (other than tab, newline, carriage
 *     return, form feed) above which decoded text is called binary. 1 %: real text, even
 *     badly converted, has almost none; binary formats have them everywhere.
 * @param fetchConnectMillis how long to wait for a web server to accept the connection. 10 s:
 *     a news site that takes longer is down or throttling us.
 * @param fetchTimeoutMillis how long one page may take, from request to last byte. 30 s: slow
 *     pages finish in a few seconds; a server that trickles bytes is not waited for.
 * @param fetchMaxRedirects redirects followed for one page. 5: a page moved to https, then to
 *     its canonical address, takes two or three; more is a loop.
 * @param fetchUserAgent how newsgraph names itself to web servers
 */
public record IngestConfig(
    long maxBytes,
    double binaryControlRatio,
    int fetchConnectMillis,
    int fetchTimeoutMillis,
    int fetchMaxRedirects,
    String fetchUserAgent) {

  public static final IngestConfig DEFAULTS =
      new IngestConfig(8L << 20, 0.01, 10_000, 30_000, 5, "newsgraph/0.1 (news analysis)");

  public IngestConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("ingest.maxBytes must be positive, got " + maxBytes);
    }
    if (binaryControlRatio < 0 || binaryControlRatio > 1) {
      throw new IllegalArgumentException(
          "ingest.binaryControlRatio must lie in [0, 1], got " + binaryControlRatio);
    }
    if (fetchConnectMillis <= 0 || fetchTimeoutMillis <= 0) {
      throw new IllegalArgumentException(
          "ingest.fetchConnectMillis and ingest.fetchTimeoutMillis must be positive");
    }
    if (fetchMaxRedirects < 0) {
      throw new IllegalArgumentException(
          "ingest.fetchMaxRedirects cannot be negative, got " + fetchMaxRedirects);
    }
    if (fetchUserAgent == null || fetchUserAgent.isBlank()) {
      throw new IllegalArgumentException("ingest.fetchUserAgent cannot be empty");
    }
  }

  /** These bounds with another size limit (tests, small machines). */
  public IngestConfig withMaxBytes(long value) {
    return new IngestConfig(
        value, binaryControlRatio, fetchConnectMillis, fetchTimeoutMillis, fetchMaxRedirects,
        fetchUserAgent);
  }

  /** These bounds with another User-Agent (the sources of {@code newsgraph ingest}). */
  public IngestConfig withFetchUserAgent(String value) {
    return new IngestConfig(
        maxBytes, binaryControlRatio, fetchConnectMillis, fetchTimeoutMillis, fetchMaxRedirects,
        value);
  }
}
