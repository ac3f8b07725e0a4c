package org.newsgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreReader;

/**
 * A folder holding good pages among a truncated WARC, a gzip bomb, a page over the size limit
 * and a response that is no page: each bad input is skipped with its reason in the error log,
 * and every good page goes in.
 */
class IngestBadInputsTest {

  @TempDir Path tmp;

  private static String page(String title, int paragraphs) {
    StringBuilder sb = new StringBuilder("<html><head><title>" + title + "</title></head><body>");
    for (int i = 0; i < paragraphs; i++) {
      sb.append("<p>").append(title).append(", paragraph ").append(i)
          .append(": the ministers met in Baghdad to discuss the withdrawal of foreign troops and")
          .append(" the reconstruction of the province over the coming months.</p>");
    }
    return sb.append("</body></html>").toString();
  }

  private static byte[] warc(List<Object[]> responses) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
    for (Object[] r : responses) {
      HttpResponse http = new HttpResponse.Builder(200, "OK").version(MessageVersion.HTTP_1_1)
          .addHeader("Content-Type", (String) r[1]).body(null, (byte[]) r[2]).build();
      w.write(new WarcResponse.Builder(URI.create((String) r[0])).version(MessageVersion.WARC_1_0)
          .date(Instant.parse("2020-06-11T23:59:02Z")).body(http).build());
    }
    return out.toByteArray();
  }

  @Test
  void eachBadInputIsSkippedWithItsReasonAndTheRestGoesIn() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good.html"), page("Good page", 4), StandardCharsets.UTF_8);
    // over the 8 MiB limit
    Files.writeString(in.resolve("huge.html"), page("Huge page", 60_000), StandardCharsets.UTF_8);
    // 64 MiB of zeros in 64 KB
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.html.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    Files.write(in.resolve("crawl.warc.gz"), warc(List.of(
        new Object[] {"https://example.org/a", "text/html; charset=UTF-8",
            page("Crawled page", 4).getBytes(StandardCharsets.UTF_8)},
        new Object[] {"https://example.org/report.pdf", "application/pdf",
            "%PDF-1.4 not a page".getBytes(StandardCharsets.US_ASCII)})));
    StringBuilder noise = new StringBuilder();
    java.util.Random rnd = new java.util.Random(3);
    for (int i = 0; i < 40_000; i++) {
      noise.append((char) ('a' + rnd.nextInt(26)));
    }
    byte[] whole = warc(List.of(
        new Object[] {"https://example.org/b", "text/html",
            page("Before the cut", 4).getBytes(StandardCharsets.UTF_8)},
        new Object[] {"https://example.org/c", "text/html",
            ("<p>" + noise + "</p>").getBytes(StandardCharsets.UTF_8)}));
    Files.write(in.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 8_000));

    Path store = tmp.resolve("store");
    Newsgraph ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
    IngestJob.Options o = new IngestJob.Options(2, 200, Duration.ofSeconds(10), false, false, 15,
        IngestJob.Options.DEFAULTS.sources());
    IngestJob.Summary s;
    try (Store.Writer w = Store.openWriter(store)) {
      s = new IngestJob(ng, w, o, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)).run(
          List.of(in.toString()));
    }
    assertThat(s.ingested()).isEqualTo(3);
    assertThat(s.failed()).isEqualTo(4);
    String log = Files.readString(store.resolve("errors.log"), StandardCharsets.UTF_8);
    assertThat(log.lines()).hasSize(4);
    assertThat(log).containsPattern("huge\\.html: is larger than the limit of \\d+ bytes")
        .containsPattern("bomb\\.html\\.gz: decompresses beyond \\d+ bytes")
        .containsPattern("crawl\\.warc\\.gz.*report\\.pdf.*application/pdf")
        .containsPattern("cut\\.warc\\.gz.*offset");
    try (StoreReader r = new StoreReader(store)) {
      assertThat(r.query("SELECT title FROM articles ORDER BY title", List.of(), 10,
          Duration.ofSeconds(10)).rows())
          .containsExactly(List.of("Before the cut"), List.of("Crawled page"), List.of("Good page"));
    }
  }
}
