package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreReader;

/**
 * Kills an ingest with SIGKILL in the middle, then runs it again: nothing may be lost, nothing
 * duplicated, and the search index must agree with the tables.
 */
class IngestKillTest {

  @TempDir Path tmp;

  private static final int PAGES = 1500;

  private static void writePages(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (int i = 0; i < PAGES; i++) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 6; p++) {
        body.append("<p>Paragraph ").append(p).append(" of report ").append(i)
            .append(": the delegation met officials in Baghdad and discussed troop numbers,")
            .append(" reconstruction contracts and the schedule for the next round of talks.</p>\n");
      }
      String html = String.format(Locale.ROOT,
          "<!doctype html><html><head><title>Report %d</title>"
              + "<link rel=canonical href='https://example.org/news/report-%d'>"
              + "<meta property='article:published_time' content='2020-06-%02dT10:00:00Z'></head>"
              + "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
              + "<article><h1>Report %d</h1>%s</article><footer>Copyright example.org</footer>"
              + "</body></html>",
          i, i, 1 + i % 28, i, body);
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "page-%04d.html", i)), html);
    }
  }

  private Process ingest(Path pages, Path store) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of("ingest", pages.toString(), "--store", store.toString(), "--no-nlp",
        "--batch", "25", "--batch-seconds", "1", "--no-progress"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectErrorStream(true);
    pb.redirectOutput(tmp.resolve("ingest-" + System.nanoTime() + ".log").toFile());
    return pb.start();
  }

  private static long segments(Path store) throws Exception {
    Path dir = store.resolve("segments");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void aKilledIngestRunAgainLosesNothingAndDuplicatesNothing() throws Exception {
    Path pages = tmp.resolve("pages");
    Path store = tmp.resolve("store");
    writePages(pages);

    Process p = ingest(pages, store);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    // Readers in this process read while the ingest commits in the other: every answer holds
    // whole batches, and no answer is smaller than the one before.
    long seen = 0;
    int reads = 0;
    while (segments(store) < 3 && p.isAlive() && System.nanoTime() < deadline) {
      if (segments(store) > 0) {
        // one read sees whole batches: each article with its input and its blocks
        long[] n = counts(store, "SELECT (SELECT count(*) FROM articles),"
            + " (SELECT count(*) FROM inputs), (SELECT count(DISTINCT article_id) FROM blocks)");
        assertThat(n[1]).as("inputs of the articles read").isEqualTo(n[0]);
        assertThat(n[2]).as("articles with blocks").isEqualTo(n[0]);
        assertThat(n[0]).isGreaterThanOrEqualTo(seen);
        seen = n[0];
        reads++;
      }
      Thread.sleep(20);
    }
    assertThat(reads).as("reads made while the ingest ran").isPositive();
    assertThat(p.isAlive()).as("the ingest was still running when the test meant to kill it").isTrue();
    p.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    long partial = count(store, "SELECT count(*) FROM articles");
    assertThat(partial).isGreaterThan(0).isLessThan(PAGES);

    Process again = ingest(pages, store);
    assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).isZero();

    assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(PAGES);
    assertThat(count(store, "SELECT count(DISTINCT id) FROM articles")).isEqualTo(PAGES);
    assertThat(count(store, "SELECT count(*) FROM inputs")).isEqualTo(PAGES);
    assertThat(count(store, "SELECT count(*) FROM blocks WHERE kind = 'paragraph'"))
        .isEqualTo(PAGES * 6L);
    try (Store.Reader r = Store.openReader(store)) {
      assertThat(r.index().size()).isEqualTo(PAGES);
    }
    assertThat(store.resolve("tmp").toFile().list()).isNullOrEmpty();

    // a third run adds nothing
    Process third = ingest(pages, store);
    assertThat(third.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(PAGES);
    String log = Files.readString(latestLog(), StandardCharsets.UTF_8);
    assertThat(log).contains("ingested 0 article(s), skipped " + PAGES + " already present");
  }

  private Path latestLog() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(f -> f.getFileName().toString().startsWith("ingest-")).sorted().reduce((a, b) -> b)
          .orElseThrow();
    }
  }

  private static long[] counts(Path store, String sql) {
    try (StoreReader r = new StoreReader(store)) {
      List<Object> row = r.query(sql, List.of(), 1, Duration.ofSeconds(30)).rows().get(0);
      return row.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
    }
  }

  private static long count(Path store, String sql) {
    try (StoreReader r = new StoreReader(store)) {
      return ((Number) r.query(sql, List.of(), 1, Duration.ofSeconds(30)).rows().get(0).get(0))
          .longValue();
    }
  }
}
