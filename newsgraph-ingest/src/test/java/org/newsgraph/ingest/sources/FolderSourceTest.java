package org.newsgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestConfig;

class FolderSourceTest {

  @TempDir Path dir;

  private final SourceConfig config = SourceConfig.DEFAULTS.withPerHostDelay(Duration.ZERO);

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  /** A corpus of every kind, with files and folders to pass over. */
  private void corpus() throws IOException {
    write("b.html", "<html><body><p>B</p></body></html>");
    write("a.txt", "A plain text.");
    write("c/z.htm", "<p>Z</p>");
    write("c/d.html.gz", Warcs.gzip("<p>D</p>".getBytes(StandardCharsets.UTF_8)));
    write("c/lines.jsonl", "{\"text\": \"line one\"}\n\n{\"html\": \"<p>line three</p>\"}\n");
    write("c/crawl.warc.gz", Warcs.ccNews(true).bytes());
    write("notes.md", "# not an input");
    write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    write("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>");
    write(".hidden.html", "<p>hidden</p>");
    write(".git/config.txt", "hidden folder");
    write("B2.TXT", "Upper-case extension.");
  }

  @Test
  void aFolderIsWalkedInSortedOrderWithItsFilesOfManyInputsStreamedInPlace() throws IOException {
    corpus();
    List<Long> at = Warcs.ccNews(true).offsetsAfterWrite(); // the same fixture, the same offsets
    String warc = dir.resolve("c/crawl.warc.gz").toString();
    List<SourceItem> items;
    try (Source s = Sources.open(dir.toString(), config)) {
      assertThat(s.describe()).isEqualTo("folder " + dir + " (7 files)");
      items = Drain.all(s);
      assertThat(s.bytesRead()).isEqualTo(s.totalBytes());
    }
    assertThat(items)
        .extracting(SourceItem::name)
        .containsExactly(
            dir.resolve("B2.TXT").toString(),
            dir.resolve("a.txt").toString(),
            dir.resolve("b.html").toString(),
            warc + "@offset " + at.get(2) + " (https://news.example.org/2020/06/11/first)",
            warc + "@offset " + at.get(4) + " (https://news.example.org/2020/06/11/second)",
            warc + "@offset " + at.get(5) + " (https://news.example.org/report.pdf)",
            warc + "@offset " + at.get(6) + " (https://news.example.org/gone)",
            dir.resolve("c/d.html.gz").toString(),
            dir.resolve("c/lines.jsonl") + ":1",
            dir.resolve("c/lines.jsonl") + ":3",
            dir.resolve("c/z.htm").toString());
    SourceItem d = items.get(7);
    assertThat(Drain.text(d)).isEqualTo("<p>D</p>");
    assertThat(d.input().mediaTypeHint()).isEqualTo("text/html");
    assertThat(items.get(0).input().mediaTypeHint()).isEqualTo("text/plain");
    assertThat(items.get(9).input().mediaTypeHint()).isEqualTo("text/html");
  }

  @Test
  void keysAreTheSameOnEveryRunAndWhicheverWayTheFolderIsNamed() throws IOException {
    corpus();
    List<String> first = Drain.keys(Drain.open(dir.toString(), config));
    List<String> second = Drain.keys(Drain.open(dir.toString(), config));
    List<String> roundabout =
        Drain.keys(Drain.open(dir.resolve("c").resolve("..").toString(), config));
    assertThat(first).hasSize(11).doesNotHaveDuplicates();
    assertThat(second).isEqualTo(first);
    assertThat(roundabout).isEqualTo(first);
    assertThat(first.get(0)).isEqualTo(dir.toAbsolutePath().resolve("B2.TXT").toString());
    assertThat(first).allSatisfy(k -> assertThat(k).startsWith(dir.toAbsolutePath().toString()));
    assertThat(first.get(8)).isEqualTo(dir.toAbsolutePath().resolve("c/lines.jsonl") + "#1");
    assertThat(first.get(3))
        .startsWith(dir.toAbsolutePath().resolve("c/crawl.warc.gz") + "#urn:uuid:");
  }

  @Test
  void aGzipBombIsAFailedItemAndTheWalkGoesOn() throws IOException {
    write("a-bomb.html.gz", Warcs.gzip(new byte[500_000]));
    write("b.html", "<p>after</p>");
    List<SourceItem> items =
        Drain.open(dir.toString(), config.withLimits(IngestConfig.DEFAULTS.withMaxBytes(1000)));
    assertThat(items).hasSize(2);
    assertThat(items.get(0).failure()).startsWith("decompresses beyond 1000 bytes");
    assertThat(items.get(1).ok()).isTrue();
  }

  @Test
  void aSymbolicLinkLoopIsWalkedOnce() throws IOException {
    write("a/page.html", "<p>A</p>");
    write("b/page.html", "<p>B</p>");
    try {
      Files.createSymbolicLink(dir.resolve("a/loop"), dir);
      Files.createSymbolicLink(dir.resolve("b/again"), dir.resolve("a"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    List<SourceItem> items = Drain.open(dir.toString(), config);
    assertThat(items)
        .extracting(SourceItem::name)
        .containsExactly(
            dir.resolve("a/page.html").toString(), dir.resolve("b/page.html").toString());
  }

  @Test
  void aFeedFileAmongThePagesIsFetchedInPlaceAndABrokenOneIsAFailedItem() throws IOException {
    try (TestServer server = new TestServer()) {
      server.page("/story", "text/html", "<p>Story</p>");
      write("1.html", "<p>one</p>");
      write(
          "2-feed.xml",
          "<?xml version=\"1.0\"?><rss"
              + " version=\"2.0\"><channel><title>t</title><link>l</link><description>d</description>"
              + "<item><link>"
              + server.url("/story")
              + "</link><pubDate>Thu, 11 Jun 2020 10:00:00 GMT</pubDate></item></channel></rss>");
      write("3-broken.rss", "<rss><channel><item>");
      write("4.html", "<p>four</p>");
      List<SourceItem> items = Drain.open(dir.toString(), config);
      assertThat(items).hasSize(4);
      assertThat(items.get(1).url()).isEqualTo(server.url("/story"));
      assertThat(items.get(1).published()).isEqualTo(java.time.LocalDate.of(2020, 6, 11));
      assertThat(items.get(2).name()).isEqualTo(dir.resolve("3-broken.rss").toString());
      assertThat(items.get(2).key())
          .isEqualTo(dir.resolve("3-broken.rss").toAbsolutePath().toString());
      assertThat(items.get(2).failure()).startsWith("does not parse as an RSS or Atom feed");
      assertThat(items.get(3).ok()).isTrue();
    }
  }

  @Test
  void theCountIsWrittenWithThousandsSeparatorsAndProgressIsInBytes() throws IOException {
    for (int i = 0; i < 1234; i++) {
      write(String.format(java.util.Locale.ROOT, "d%02d/%04d.txt", i % 10, i), "x");
    }
    try (Source s = Sources.open(dir.toString(), config)) {
      assertThat(s.describe()).isEqualTo("folder " + dir + " (1,234 files)");
      assertThat(s.totalBytes()).isEqualTo(1234);
      assertThat(s.bytesRead()).isZero();
      s.next();
      s.next();
      assertThat(s.bytesRead()).isEqualTo(2);
    }
  }

  @Test
  void anEmptyFolderIsAnEmptySource() throws IOException {
    try (Source s = Sources.open(dir.toString(), config)) {
      assertThat(s.describe()).isEqualTo("folder " + dir + " (0 files)");
      assertThat(s.next()).isNull();
    }
  }
}
