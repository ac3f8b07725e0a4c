package org.newsgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output committed next to the test. With {@code -Dgolden.update=true}
 * the expectation is rewritten from the actual output instead of compared; review the diff.
 */
public final class Golden {

  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Compares {@code actual} with the file, or rewrites the file when updating. */
  public static void assertMatches(Path expectedFile, String actual) {
    try {
      if (updating() || !Files.exists(expectedFile)) {
        if (!updating()) {
          throw new AssertionError(
              "golden file " + expectedFile + " does not exist; run with -Dgolden.update=true"
                  + " to create it, then review it");
        }
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      assertThat(actual)
          .as("output differs from golden file %s (if the change is right, rerun with"
              + " -Dgolden.update=true and review the diff)", expectedFile)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
