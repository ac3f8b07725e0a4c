package org.newsgraph.ingest.sources;

import java.time.Duration;
import java.util.Objects;
import org.newsgraph.ingest.IngestConfig;

/**
 * Settings of the sources of {@code newsgraph ingest}.
 *
 * @param limits size, time and redirect bounds for every input (files, records, lines, pages)
 * @param perHostDelay the least time between the end of one request to a host and the start of the
 *     next. 1 s: the pace most sites' robots.txt files ask of crawlers (Crawl-delay: 1), slow
 *     enough that a feed of a hundred links never looks like an attack.
 * @param userAgent how newsgraph names itself to web servers; its first word is also the name
 *     robots.txt rules are matched against (besides "newsgraph")
 * @param respectRobots whether robots.txt is read and obeyed before a page is fetched. On by
 *     default: turn it off only for sites whose owners allow it.
 */
public record SourceConfig(
    IngestConfig limits, Duration perHostDelay, String userAgent, boolean respectRobots) {

  public static final SourceConfig DEFAULTS =
      new SourceConfig(
          IngestConfig.DEFAULTS,
          Duration.ofSeconds(1),
          IngestConfig.DEFAULTS.fetchUserAgent(),
          true);

  public SourceConfig {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    if (perHostDelay.isNegative()) {
      throw new IllegalArgumentException(
          "sources.perHostDelay cannot be negative, got " + perHostDelay);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("sources.userAgent cannot be empty");
    }
  }

  /** These settings with another pause between requests to one host (tests). */
  public SourceConfig withPerHostDelay(Duration value) {
    return new SourceConfig(limits, value, userAgent, respectRobots);
  }

  /** These settings with other bounds (tests, small machines). */
  public SourceConfig withLimits(IngestConfig value) {
    return new SourceConfig(value, perHostDelay, userAgent, respectRobots);
  }

  /** The bounds as the fetcher uses them: with this User-Agent. */
  IngestConfig fetchLimits() {
    return limits.withFetchUserAgent(userAgent);
  }
}
