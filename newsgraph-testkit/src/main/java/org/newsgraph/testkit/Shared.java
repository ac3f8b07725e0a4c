package org.newsgraph.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Paths to the shared data beside the repository ({@code ../shared}), read in place: its
 * datasets may not be copied into the repository.
 */
public final class Shared {

  private Shared() {}

  /** The repository root (set by the build; the working directory's parents otherwise). */
  public static Path root() {
    String p = System.getProperty("newsgraph.root");
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("newsgraph"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("").toAbsolutePath() : dir;
  }

  public static Path dir() {
    String p = System.getProperty("newsgraph.shared");
    return p != null && !p.isBlank() ? Path.of(p) : root().resolve("../shared").normalize();
  }

  /** A path under ../shared; the calling test is skipped (not failed) when it is absent. */
  public static Path require(String relative) {
    Path p = dir().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }

  /** The seed article as shipped in examples/. */
  public static Path seedExample() {
    return root().resolve("examples/000_d02f5967fb67c3d6.txt");
  }
}
