package org.newsgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawInput;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestConfig;

/** What an argument opens as: files by name and by their bytes, addresses by their content. */
class SourcesTest {

  @TempDir Path dir;

  private TestServer server;
  private final SourceConfig fast = SourceConfig.DEFAULTS.withPerHostDelay(Duration.ZERO);

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anAddressOfAPageIsASourceOfThatPage() throws IOException {
    server.page(
        "/article", "text/html; charset=ISO-8859-1", "<html><body><p>Page</p></body></html>");
    server.redirect("/old", "/article");
    try (Source s = Sources.open(server.url("/article"), fast)) {
      assertThat(s.describe()).isEqualTo("page " + server.url("/article"));
      SourceItem item = s.next();
      assertThat(item.ok()).isTrue();
      assertThat(item.key()).isEqualTo(server.url("/article"));
      assertThat(item.input().mediaTypeHint()).isEqualTo("text/html");
      assertThat(item.input().declaredCharset()).isEqualTo("ISO-8859-1");
      assertThat(s.next()).isNull();
    }
    SourceItem moved = Drain.open(server.url("/old"), fast).get(0);
    assertThat(moved.key()).isEqualTo(server.url("/old"));
    assertThat(moved.url()).as("where the redirect led").isEqualTo(server.url("/article"));
  }

  @Test
  void anAddressThatCannotBeReadIsOneFailedItemNotAnError() throws IOException {
    server.page("/report.pdf", "application/pdf", "%PDF-1.4");
    server.page(
        "/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><urlset><url/></urlset>");
    server.page("/private/p", "text/html", "<p>no</p>");
    assertThat(Drain.open(server.url("/missing"), fast))
        .singleElement()
        .satisfies(i -> assertThat(i.failure()).startsWith("the server answered HTTP 404"));
    assertThat(Drain.open(server.url("/report.pdf"), fast).get(0).failure())
        .startsWith("is not a web page but application/pdf");
    assertThat(Drain.open(server.url("/sitemap.xml"), fast).get(0).failure())
        .isEqualTo(
            "is application/xml but neither an RSS or Atom feed nor a web page (its root element is"
                + " <urlset>)");
    assertThat(Drain.open(server.url("/private/p"), fast).get(0).failure())
        .contains("is disallowed");
    assertThat(server.requests("/private/p")).isEmpty();
  }

  @Test
  void xmlWithAFeedRootIsAFeedWhateverItsGenericType() throws IOException {
    server.page("/a", "text/html", "<p>A</p>");
    server.page(
        "/feed.xml",
        "text/xml",
        "<?xml version=\"1.0\"?>\n"
            + "<!-- generated -->\n"
            + "<rss version=\"2.0\"><channel><title>t</title><link>x</link><description>d</description>"
            + "<item><link>"
            + server.url("/a")
            + "</link></item></channel></rss>");
    try (Source s = Sources.open(server.url("/feed.xml"), fast)) {
      assertThat(s.describe()).startsWith("feed ");
      assertThat(Drain.all(s))
          .singleElement()
          .satisfies(i -> assertThat(i.url()).isEqualTo(server.url("/a")));
    }
  }

  @Test
  void filesOpenByTheirNameOrElseTheirFirstBytes() throws IOException {
    Path page = dir.resolve("page.htm");
    Files.writeString(page, "<p>x</p>", StandardCharsets.UTF_8);
    Path text = dir.resolve("story.txt");
    Files.writeString(text, "<b> is not markup in a text file", StandardCharsets.UTF_8);
    Path noExt = dir.resolve("download");
    Files.writeString(noExt, "<!DOCTYPE html><html><p>y</p></html>", StandardCharsets.UTF_8);
    Path warcNoExt = dir.resolve("crawl.dat");
    Files.write(warcNoExt, Warcs.ccNews(false).bytes());
    Path jsonGz = dir.resolve("dump.gz");
    Files.write(jsonGz, Warcs.gzip("{\"text\": \"z\"}\n".getBytes(StandardCharsets.UTF_8)));

    try (Source s = Sources.open(page.toString(), fast)) {
      assertThat(s.describe()).isEqualTo("file " + page);
      SourceItem item = s.next();
      assertThat(item.key()).isEqualTo(page.toAbsolutePath().toString());
      assertThat(item.input().mediaTypeHint()).isEqualTo("text/html");
      assertThat(s.bytesRead()).isEqualTo(s.totalBytes()).isEqualTo(Files.size(page));
    }
    assertThat(Drain.open(text.toString(), fast).get(0).input().mediaTypeHint())
        .isEqualTo("text/plain");
    assertThat(Drain.open(noExt.toString(), fast).get(0).input().mediaTypeHint())
        .isEqualTo("text/html");
    try (Source s = Sources.open(warcNoExt.toString(), fast)) {
      assertThat(s.describe()).startsWith("WARC ");
    }
    try (Source s = Sources.open(jsonGz.toString(), fast)) {
      assertThat(s.describe()).startsWith("JSONL ");
      assertThat(Drain.text(s.next())).isEqualTo("z");
    }
  }

  @Test
  void whatCannotBeOpenedIsAnErrorThatNamesItAndSaysWhy() throws IOException {
    assertThatThrownBy(() -> Sources.open(dir.resolve("nope").toString(), fast))
        .isInstanceOf(SourceException.class)
        .hasMessage(dir.resolve("nope") + ": no such file or folder");
    assertThatThrownBy(() -> Sources.open(" ", fast))
        .as("not the working folder")
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("empty argument");
    Path bin = dir.resolve("photo.jpg");
    Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
    assertThatThrownBy(() -> Sources.open(bin.toString(), fast))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("is not a kind of file newsgraph ingest reads")
        .hasMessageContaining(".warc.gz");
    Path sitemap = dir.resolve("sitemap.xml");
    Files.writeString(sitemap, "<?xml version=\"1.0\"?><urlset/>", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Sources.open(sitemap.toString(), fast))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("is an XML file but not an RSS or Atom feed");
  }

  @Test
  void aSinglePageFileOverTheLimitOrAGzipBombIsAFailedItem() throws IOException {
    SourceConfig small = fast.withLimits(IngestConfig.DEFAULTS.withMaxBytes(1000));
    Path big = dir.resolve("big.html");
    Files.write(big, new byte[1001]);
    assertThat(Drain.open(big.toString(), small).get(0).failure())
        .startsWith("is larger than the limit of 1000 bytes (1001 bytes)");
    Path bomb = dir.resolve("bomb.html.gz");
    Files.write(bomb, Warcs.gzip(new byte[500_000]));
    assertThat(Files.size(bomb)).isLessThan(1000);
    assertThat(Drain.open(bomb.toString(), small).get(0).failure())
        .startsWith("decompresses beyond 1000 bytes");
  }

  @Test
  void itemsAndConfigRefuseWhatMakesNoSense() {
    assertThatThrownBy(() -> new SourceItem("k", "n", null, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    RawInput raw = new RawInput("n", new byte[] {'x'}, "text/plain", null);
    assertThatThrownBy(() -> SourceItem.ok("k", "n", raw, null, java.time.LocalDate.of(2020, 6, 11), null))
        .as("a date without its evidence")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceItem.failed("k", "n", "r").withTitle("A title", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceItem.failed("k", "n", " "))
        .isInstanceOf(IllegalArgumentException.class);
    SourceItem f = SourceItem.failed("k", "file.jsonl:3", "is not JSON");
    assertThat(f.ok()).isFalse();
    assertThat(f.message()).isEqualTo("file.jsonl:3: is not JSON");
    assertThatThrownBy(() -> SourceConfig.DEFAULTS.withPerHostDelay(Duration.ofMillis(-1)))
        .hasMessageContaining("perHostDelay");
    assertThat(SourceConfig.DEFAULTS.perHostDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(SourceConfig.DEFAULTS.userAgent()).startsWith("newsgraph/");
    assertThat(SourceConfig.DEFAULTS.respectRobots()).isTrue();
    assertThat(List.of(SourceConfig.DEFAULTS.limits())).containsExactly(IngestConfig.DEFAULTS);
  }
}
