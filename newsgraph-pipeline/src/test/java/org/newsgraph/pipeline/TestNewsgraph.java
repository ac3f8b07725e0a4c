package org.newsgraph.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One Newsgraph per test JVM (models load once), with a fixed clock for reproducible output. */
final class TestNewsgraph {

  /** The clock the expectations were written with: it only bounds candidate years. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  private static Newsgraph instance;

  private TestNewsgraph() {}

  static synchronized Newsgraph get() {
    if (instance == null) {
      instance = Newsgraph.open(NewsgraphConfig.DEFAULTS, CLOCK);
    }
    return instance;
  }

  static Newsgraph with(NewsgraphConfig config) {
    return Newsgraph.open(config, CLOCK);
  }
}
