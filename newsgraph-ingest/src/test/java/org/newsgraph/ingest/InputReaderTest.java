package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  @Test
  void gzipIsUndoneAndTheInnerNameGivesTheMediaType() throws IOException {
    Path f = dir.resolve("page.html.gz");
    Files.write(f, gzip("<p>hello</p>".getBytes(StandardCharsets.UTF_8)));
    var raw = small.readFile(f);
    assertThat(new String(raw.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
    assertThat(raw.mediaTypeHint()).isEqualTo("text/html");
  }

  @Test
  void aGzipBombStopsAtTheBound() throws IOException {
    Path f = dir.resolve("bomb.gz");
    byte[] packed = gzip(new byte[200_000]);
    assertThat(packed.length).isLessThan(1000);
    Files.write(f, packed);
    assertThatThrownBy(() -> small.readFile(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bomb.gz (decompressed): is larger than the limit of 1000 bytes");
  }

  @Test
  void damagedGzipIsNamed() throws IOException {
    Path f = dir.resolve("cut.html.gz");
    byte[] packed = gzip("<p>some text that is long enough to be cut</p>".getBytes(StandardCharsets.UTF_8));
    Files.write(f, java.util.Arrays.copyOf(packed, packed.length / 2));
    assertThatThrownBy(() -> small.readFile(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cut.html.gz: is damaged gzip data");
  }

  @Test
  void markupIsSniffedWhenTheNameDoesNotTell() {
    var html = small.readStream("<stdin>", new ByteArrayInputStream(
        "\n  <!DOCTYPE html><html><p>x</p>".getBytes(StandardCharsets.UTF_8)));
    assertThat(html.mediaTypeHint()).isEqualTo("text/html");
    var text = small.readStream("<stdin>", new ByteArrayInputStream(
        "Baghdad (AFP) - The US said <b> was bold".getBytes(StandardCharsets.UTF_8)));
    assertThat(text.mediaTypeHint()).isNull();
    var feed = small.readStream("<stdin>", new ByteArrayInputStream(
        "<?xml version=\"1.0\"?><rss><channel/></rss>".getBytes(StandardCharsets.UTF_8)));
    assertThat(feed.mediaTypeHint()).isNull();
  }

  private static byte[] gzip(byte[] b) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }
}
