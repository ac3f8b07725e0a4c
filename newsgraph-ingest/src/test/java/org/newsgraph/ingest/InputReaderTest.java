package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.InputException;

class InputReaderTest {

  @TempDir Path dir;

  private final InputReader small = new InputReader(IngestConfig.DEFAULTS.withMaxBytes(1000));

  @Test
  void filesOverTheBoundAreRefusedBeforeReading() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[1001]);
    assertThatThrownBy(() -> small.readFile(big))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("big.txt: is larger than the limit of 1000 bytes (1001 bytes)")
        .hasMessageContaining("ingest.maxBytes");
  }

  @Test
  void streamsOverTheBoundStopAtTheBound() {
    var in = new ByteArrayInputStream(new byte[5000]);
    assertThatThrownBy(() -> small.readStream("<stdin>", in))
        .hasMessageContaining("<stdin>: is larger than the limit of 1000 bytes (at least");
  }

  @Test
  void missingFilesAndDirectoriesAreNamed() {
    assertThatThrownBy(() -> small.readFile(dir.resolve("nope.txt")))
        .hasMessageEndingWith("nope.txt: no such file");
    assertThatThrownBy(() -> small.readFile(dir)).hasMessageContaining("is a directory");
  }

  @Test
  void readsWithinTheBound() throws IOException {
    Path f = dir.resolve("a.html");
    Files.writeString(f, "<p>Hi</p>");
    var raw = small.readFile(f);
    assertThat(raw.size()).isEqualTo(9);
    assertThat(raw.mediaTypeHint()).isEqualTo("text/html");
  }
}
