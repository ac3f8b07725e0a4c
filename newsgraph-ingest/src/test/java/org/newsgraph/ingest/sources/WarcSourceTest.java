package org.newsgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestConfig;

class WarcSourceTest {

  @TempDir Path dir;

  private final SourceConfig config = SourceConfig.DEFAULTS;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void aGoodWarcGivesItsTwoPagesAndSaysWhyThePdfAndThe404AreNot() throws IOException {
    Warcs w = Warcs.ccNews(true);
    Path file = write("CC-NEWS.warc.gz", w.bytes());
    List<SourceItem> items = Drain.open(file.toString(), config);

    assertThat(items).hasSize(4); // warcinfo, requests and metadata pass in silence
    SourceItem first = items.get(0);
    assertThat(first.ok()).isTrue();
    assertThat(first.url()).isEqualTo("https://news.example.org/2020/06/11/first");
    assertThat(first.key()).isEqualTo(file.toAbsolutePath() + "#" + w.ids.get(2));
    assertThat(first.name())
        .isEqualTo(
            file + "@offset " + w.offsets.get(2) + " (https://news.example.org/2020/06/11/first)");
    assertThat(first.input().mediaTypeHint()).isEqualTo("text/html");
    assertThat(first.input().declaredCharset()).isEqualTo("UTF-8");
    assertThat(first.input().name()).isEqualTo(first.name());
    assertThat(Drain.text(first)).startsWith("<!DOCTYPE html>").contains("First story.");
    assertThat(first.published()).as("WARC-Date is when it was fetched, not published").isNull();

    SourceItem second = items.get(1);
    assertThat(second.ok()).isTrue();
    assertThat(second.input().declaredCharset()).isEqualTo("windows-1252");
    assertThat(new String(second.input().bytes(), java.nio.charset.Charset.forName("windows-1252")))
        .contains("Second story caf\u00e9");

    SourceItem pdf = items.get(2);
    assertThat(pdf.ok()).isFalse();
    assertThat(pdf.input()).isNull();
    assertThat(pdf.url()).isEqualTo("https://news.example.org/report.pdf");
    assertThat(pdf.failure()).contains("is application/pdf, not an HTML page");
    assertThat(pdf.name()).contains("@offset " + w.offsets.get(5));

    SourceItem gone = items.get(3);
    assertThat(gone.ok()).isFalse();
    assertThat(gone.failure()).contains("HTTP status 404");
    assertThat(gone.key()).isEqualTo(file.toAbsolutePath() + "#" + w.ids.get(6));
  }

  @Test
  void anUncompressedWarcReadsTheSame() throws IOException {
    Path gz = write("a.warc.gz", Warcs.ccNews(true).bytes());
    Path plain = write("a.warc", Warcs.ccNews(false).bytes());
    List<SourceItem> a = Drain.open(gz.toString(), config);
    List<SourceItem> b = Drain.open(plain.toString(), config);
    assertThat(b).hasSize(a.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).ok()).isEqualTo(a.get(i).ok());
      assertThat(b.get(i).url()).isEqualTo(a.get(i).url());
      if (a.get(i).ok()) {
        assertThat(b.get(i).input().bytes()).isEqualTo(a.get(i).input().bytes());
      }
    }
  }

  @Test
  void aWarcCutInTheMiddleOfTheSecondPageGivesTheFirstThenNamesTheOffsetAndEnds()
      throws IOException {
    Warcs w = Warcs.ccNews(true);
    byte[] all = w.bytes();
    long secondPage = w.offsets.get(4);
    long afterIt = w.offsets.get(5);
    assertThat(afterIt - secondPage)
        .as("a record big enough to cut in the middle")
        .isGreaterThan(1000);
    Path file = write("cut.warc.gz", Arrays.copyOf(all, (int) ((secondPage + afterIt) / 2)));

    try (Source s = Sources.open(file.toString(), config)) {
      SourceItem first = s.next();
      assertThat(first.ok()).isTrue();
      assertThat(first.url()).endsWith("/first");
      SourceItem damage = s.next();
      assertThat(damage.ok()).isFalse();
      assertThat(damage.name()).startsWith(file + "@offset " + secondPage);
      assertThat(damage.failure())
          .contains("at byte offset " + secondPage)
          .contains("cut short")
          .contains("the records before it were read");
      assertThat(s.next()).isNull();
      assertThat(s.next()).isNull();
    }
  }

  @Test
  void anUncompressedWarcCutInsideAPayloadNeverGivesThePartialPage() throws IOException {
    Warcs w = Warcs.ccNews(false);
    byte[] all = w.bytes();
    long secondPage = w.offsets.get(4);
    Path file = write("cut.warc", Arrays.copyOf(all, (int) (secondPage + 2000)));
    List<SourceItem> items = Drain.open(file.toString(), config);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).ok()).isTrue();
    assertThat(items.get(1).ok()).isFalse();
    assertThat(items.get(1).url()).endsWith("/second");
    assertThat(items.get(1).key()).endsWith("#" + w.ids.get(4));
    assertThat(items.get(1).failure())
        .contains("cut short")
        .contains("at byte offset " + secondPage);
  }

  @Test
  void junkWhereARecordShouldStartEndsTheSourceAfterTheGoodRecords() throws IOException {
    Warcs w = Warcs.ccNews(false);
    byte[] all = w.bytes();
    int pdf = (int) (long) w.offsets.get(5);
    Arrays.fill(all, pdf, pdf + 30, (byte) 'Z');
    Path file = write("junk.warc", all);
    List<SourceItem> items = Drain.open(file.toString(), config);
    assertThat(items).hasSize(3);
    assertThat(items.get(0).ok()).isTrue();
    assertThat(items.get(1).ok()).as("the page before the damage is whole").isTrue();
    assertThat(items.get(1).url()).endsWith("/second");
    assertThat(items.get(2).failure())
        .contains("damaged (no valid WARC record starts there) at byte offset " + pdf);
    assertThat(items.get(2).key()).isEqualTo(file.toAbsolutePath() + "#offset=" + pdf);
  }

  @Test
  void aRecordHeaderThatMakesNoSenseIsDamageNotACrash() throws IOException {
    byte[] good =
        new Warcs(false).response("https://x.example/ok", Warcs.page("Ok", 100, 9)).bytes();
    byte[] bad =
        ("WARC/1.0\r\n"
             + "WARC-Type: response\r\n"
             + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
             + "Content-Length: twelve\r\n\r\n"
             + "HTTP/1.1 200 OK\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(good, good.length + bad.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Path file = write("header.warc", all);
    List<SourceItem> items = Drain.open(file.toString(), config);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).ok()).isTrue();
    assertThat(items.get(1).failure())
        .contains("at byte offset " + good.length)
        .startsWith("the WARC file is damaged");
  }

  @Test
  void aFileThatIsNoWarcIsOneFailedItemAtOffsetZero() throws IOException {
    Path file =
        write("page.warc", "<html><body>not a warc</body></html>".getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items = Drain.open(file.toString(), config);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).failure()).contains("at byte offset 0");
    assertThat(items.get(0).name()).isEqualTo(file + "@offset 0");
  }

  @Test
  void aGzipBombInAPayloadIsAFailedItemAndTheNextRecordStillComes() throws IOException {
    long limit = 100_000;
    byte[] bomb = Warcs.gzip(new byte[50_000_000]);
    assertThat(bomb.length).isLessThan(100_000);
    Warcs w =
        new Warcs(true)
            .response("https://x.example/bomb", 200, "text/html", bomb, "Content-Encoding", "gzip")
            .response("https://x.example/after", Warcs.page("After", 500, 3));
    Path file = write("bomb.warc.gz", w.bytes());
    List<SourceItem> items =
        Drain.open(file.toString(), config.withLimits(IngestConfig.DEFAULTS.withMaxBytes(limit)));
    assertThat(items).hasSize(2);
    assertThat(items.get(0).failure()).startsWith("decompresses beyond 100000 bytes");
    assertThat(items.get(1).ok()).isTrue();
    assertThat(items.get(1).url()).endsWith("/after");
  }

  @Test
  void gzipAndDeflateContentEncodingsAreUndone() throws IOException {
    String html = Warcs.page("Encoded", 300, 4);
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    var zlib = new java.io.ByteArrayOutputStream();
    try (var z = new DeflaterOutputStream(zlib)) {
      z.write(utf8);
    }
    var raw = new java.io.ByteArrayOutputStream();
    try (var z = new DeflaterOutputStream(raw, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
      z.write(utf8);
    }
    Warcs w =
        new Warcs(true)
            .response(
                "https://x.example/gz",
                200,
                "text/html",
                Warcs.gzip(utf8),
                "Content-Encoding",
                "gzip")
            .response(
                "https://x.example/zlib",
                200,
                "text/html",
                zlib.toByteArray(),
                "Content-Encoding",
                "deflate")
            .response(
                "https://x.example/raw",
                200,
                "text/html",
                raw.toByteArray(),
                "Content-Encoding",
                "deflate")
            // Common Crawl stores the payload decoded and renames the header
            .response(
                "https://x.example/cc",
                200,
                "text/html",
                utf8,
                "X-Crawler-Content-Encoding",
                "gzip")
            .response("https://x.example/br", 200, "text/html", utf8, "Content-Encoding", "br");
    Path file = write("enc.warc.gz", w.bytes());
    List<SourceItem> items = Drain.open(file.toString(), config);
    assertThat(items).hasSize(5);
    for (int i = 0; i < 4; i++) {
      assertThat(items.get(i).ok()).as(items.get(i).message()).isTrue();
      assertThat(Drain.text(items.get(i))).isEqualTo(html);
    }
    assertThat(items.get(4).failure()).contains("'br'").contains("only gzip and deflate");
  }

  @Test
  void aRecordOverTheSizeLimitIsAFailedItem() throws IOException {
    Warcs w =
        new Warcs(true)
            .response("https://x.example/big", Warcs.page("Big", 20_000, 5))
            .response("https://x.example/small", Warcs.page("Small", 100, 6));
    Path file = write("big.warc.gz", w.bytes());
    List<SourceItem> items =
        Drain.open(file.toString(), config.withLimits(IngestConfig.DEFAULTS.withMaxBytes(10_000)));
    assertThat(items).hasSize(2);
    assertThat(items.get(0).failure()).startsWith("is larger than the limit of 10000 bytes");
    assertThat(items.get(1).ok()).isTrue();
  }

  @Test
  void resourceRecordsOfHtmlArePagesAndDnsRecordsPassInSilence() throws IOException {
    Warcs w =
        new Warcs(false)
            .resource(
                "dns:news.example.org",
                "text/dns",
                "20200611 news.example.org 192.0.2.7".getBytes(StandardCharsets.US_ASCII))
            .resource(
                "https://news.example.org/saved",
                "text/html",
                Warcs.page("Saved", 100, 7).getBytes(StandardCharsets.UTF_8))
            .resource(
                "https://news.example.org/shot.png",
                "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .response(
                "https://news.example.org/untyped",
                200,
                null,
                Warcs.page("Untyped", 100, 8).getBytes(StandardCharsets.UTF_8))
            .response("https://news.example.org/blob", 200, null, new byte[] {1, 2, 3, 4});
    Path file = write("res.warc", w.bytes());
    List<SourceItem> items = Drain.open(file.toString(), config);
    assertThat(items)
        .extracting(SourceItem::url)
        .containsExactly(
            "https://news.example.org/saved",
            "https://news.example.org/shot.png",
            "https://news.example.org/untyped",
            "https://news.example.org/blob");
    assertThat(items.get(0).ok()).isTrue();
    assertThat(items.get(1).failure()).contains("is image/png, not an HTML page");
    assertThat(items.get(2).ok()).as("no Content-Type, but the bytes are a page").isTrue();
    assertThat(items.get(3).failure())
        .contains("has no Content-Type and does not look like an HTML page");
  }

  @Test
  void progressCountsTheFileBytes() throws IOException {
    Path file = write("p.warc.gz", Warcs.ccNews(true).bytes());
    try (Source s = Sources.open(file.toString(), config)) {
      assertThat(s.describe()).isEqualTo("WARC " + file);
      assertThat(s.totalBytes()).isEqualTo(Files.size(file));
      Drain.all(s);
      assertThat(s.bytesRead()).isEqualTo(Files.size(file));
    }
  }
}
