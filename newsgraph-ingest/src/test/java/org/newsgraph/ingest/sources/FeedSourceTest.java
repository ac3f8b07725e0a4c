package org.newsgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestConfig;

/** Feeds from files and addresses, their links fetched from a loopback server. */
class FeedSourceTest {

  @TempDir Path dir;

  private TestServer server;

  /** No pause, so these tests run fast; the pause has its own test. */
  private final SourceConfig fast = SourceConfig.DEFAULTS.withPerHostDelay(Duration.ZERO);

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
    server.page("/a", "text/html; charset=UTF-8", "<html><body><p>Story A</p></body></html>");
    server.page("/b", "text/html", "<html><body><p>Story B</p></body></html>");
    server.page("/c", "text/plain", "Story C in plain text.");
    server.page("/private/x", "text/html", "<p>secret</p>");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               + "<rss version=\"2.0\"><channel><title>News</title><link>"
        + server.base()
        + "/</link><description>d</description>"
        + String.join("", items)
        + "</channel></rss>";
  }

  private static String item(String title, String link, String pubDate) {
    return "<item><title>"
        + title
        + "</title>"
        + (link == null ? "" : "<link>" + link + "</link>")
        + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>")
        + "</item>";
  }

  @Test
  void aFeedAtAnAddressGivesItsPagesPolitelyWithTheirDates() throws IOException {
    server.page(
        "/feed",
        "application/rss+xml; charset=UTF-8",
        rss(
            item("A", server.url("/a"), "Wed, 10 Jun 2020 22:30:00 -0400"),
            item("B", "/b", "Thu, 11 Jun 2020 08:00:00 +0200"),
            item("Private", server.url("/private/x"), null),
            item("Gone", server.url("/gone"), null),
            item("A again", server.url("/a"), null),
            item("No link", null, null),
            item("C", server.url("/c"), null)));
    String feed = server.url("/feed");
    List<SourceItem> items;
    try (Source s = Sources.open(feed, fast)) {
      assertThat(s.describe()).isEqualTo("feed " + feed + " (7 entries)");
      assertThat(s.totalBytes()).isEqualTo(-1);
      items = Drain.all(s);
    }
    assertThat(items).hasSize(6); // the repeated link is fetched once

    SourceItem a = items.get(0);
    assertThat(a.ok()).isTrue();
    assertThat(a.key()).isEqualTo(server.url("/a"));
    assertThat(a.name()).isEqualTo(server.url("/a"));
    assertThat(a.url()).isEqualTo(server.url("/a"));
    assertThat(a.published())
        .as("the date the feed states, not UTC's")
        .isEqualTo(LocalDate.of(2020, 6, 10));
    assertThat(a.publishedEvidence()).isEqualTo("feed entry date");
    assertThat(a.input().mediaTypeHint()).isEqualTo("text/html");
    assertThat(a.input().declaredCharset()).isEqualTo("UTF-8");
    assertThat(Drain.text(a)).contains("Story A");

    SourceItem b = items.get(1);
    assertThat(b.url())
        .as("a relative link, resolved against the feed")
        .isEqualTo(server.url("/b"));
    assertThat(b.published()).isEqualTo(LocalDate.of(2020, 6, 11));

    SourceItem priv = items.get(2);
    assertThat(priv.ok()).isFalse();
    assertThat(priv.failure())
        .contains("is disallowed for newsgraph by " + server.url("/robots.txt"))
        .contains("Disallow: /private");
    assertThat(items.get(3).failure()).contains("the server answered HTTP 404");
    assertThat(items.get(3).url()).isEqualTo(server.url("/gone"));
    assertThat(items.get(4).failure()).contains("has no link");
    assertThat(items.get(4).name()).isEqualTo(feed + " entry 6 (\"No link\")");
    assertThat(items.get(5).input().mediaTypeHint()).isEqualTo("text/plain");

    assertThat(server.requests("/private/x")).as("a disallowed page is never asked for").isEmpty();
    assertThat(server.requests("/robots.txt")).as("robots.txt is read once per host").hasSize(1);
    assertThat(server.requests("/a")).hasSize(1);
    assertThat(server.requests())
        .allSatisfy(r -> assertThat(r.userAgent()).startsWith("newsgraph/"));
  }

  @Test
  void anAtomFeedFileIsReadWithPublishedElseUpdated() throws IOException {
    String atom =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>T</title><id>urn:x</id><updated>2020-06-12T00:00:00Z</updated>"
            + "<entry><title>A</title><id>urn:a</id><link href=\""
            + server.url("/a")
            + "\"/><published>2020-06-10T23:00:00-05:00</published><updated>2020-06-12T00:00:00Z</updated></entry><entry><title>B</title><id>urn:b</id><link"
            + " rel=\"alternate\" href=\""
            + server.url("/b")
            + "\"/>"
            + "<updated>2020-06-09T12:00:00Z</updated></entry></feed>";
    Path f = dir.resolve("news.atom");
    Files.writeString(f, atom, StandardCharsets.UTF_8);
    List<SourceItem> items = Drain.open(f.toString(), fast);
    assertThat(items)
        .extracting(SourceItem::url)
        .containsExactly(server.url("/a"), server.url("/b"));
    assertThat(items)
        .extracting(SourceItem::published)
        .containsExactly(LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 9));
    assertThat(items).allMatch(SourceItem::ok);
  }

  @Test
  void withoutRespectRobotsTheDisallowedPageIsFetchedAndRobotsTxtIsNotAskedFor()
      throws IOException {
    server.page("/feed", "application/rss+xml", rss(item("P", server.url("/private/x"), null)));
    SourceConfig rude =
        new SourceConfig(IngestConfig.DEFAULTS, Duration.ZERO, "newsgraph/0.1 (test)", false);
    List<SourceItem> items = Drain.open(server.url("/feed"), rude);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).ok()).isTrue();
    assertThat(server.requests("/robots.txt")).isEmpty();
  }

  @Test
  void robotsTxtThatCannotBeReadForbidsTheHostAndOneThatIsMissingAllowsIt() throws IOException {
    server.reply("/robots.txt", 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8), 0);
    Path f = dir.resolve("f.rss");
    Files.writeString(f, rss(item("A", server.url("/a"), null)), StandardCharsets.UTF_8);
    List<SourceItem> items = Drain.open(f.toString(), fast);
    assertThat(items.get(0).failure())
        .contains(server.url("/robots.txt") + " could not be read (HTTP 503)")
        .contains("try again later");

    try (TestServer other = new TestServer()) {
      other.page("/a", "text/html", "<p>A</p>"); // no robots.txt: 404
      Files.writeString(f, rss(item("A", other.url("/a"), null)), StandardCharsets.UTF_8);
      List<SourceItem> ok = Drain.open(f.toString(), fast);
      assertThat(ok.get(0).ok()).isTrue();
      assertThat(other.requests("/robots.txt")).hasSize(1);
    }
  }

  @Test
  void requestsToOneHostKeepThePerHostDelay() throws IOException {
    Duration delay = Duration.ofMillis(300);
    server.page(
        "/feed",
        "application/rss+xml",
        rss(
            item("A", server.url("/a"), null),
            item("B", server.url("/b"), null),
            item("C", server.url("/c"), null)));
    SourceConfig polite = SourceConfig.DEFAULTS.withPerHostDelay(delay);
    List<SourceItem> items = Drain.open(server.url("/feed"), polite);
    assertThat(items).hasSize(3).allMatch(SourceItem::ok);
    List<TestServer.Request> log = server.requests();
    assertThat(log)
        .extracting(TestServer.Request::path)
        .containsExactly("/robots.txt", "/feed", "/a", "/b", "/c");
    for (int i = 1; i < log.size(); i++) {
      long gap = log.get(i).nanos() - log.get(i - 1).nanos();
      assertThat(gap).as("gap before " + log.get(i).path()).isGreaterThanOrEqualTo(delay.toNanos());
    }
  }

  @Test
  void twoSourcesReadAtOnceStillAskOneHostOneThingAtATime() throws Exception {
    for (String p : List.of("/s1", "/s2", "/s3", "/s4", "/s5", "/s6")) {
      server.reply(p, 200, "text/html", ("<p>" + p + "</p>").getBytes(StandardCharsets.UTF_8), 150);
    }
    server.page(
        "/f1",
        "application/rss+xml",
        rss(
            item("1", server.url("/s1"), null),
            item("2", server.url("/s2"), null),
            item("3", server.url("/s3"), null)));
    server.page(
        "/f2",
        "application/rss+xml",
        rss(
            item("4", server.url("/s4"), null),
            item("5", server.url("/s5"), null),
            item("6", server.url("/s6"), null)));
    SourceConfig config = SourceConfig.DEFAULTS.withPerHostDelay(Duration.ZERO);
    Source one = Sources.open(server.url("/f1"), config);
    Source two = Sources.open(server.url("/f2"), config);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var x = pool.submit(() -> Drain.all(one));
      var y = pool.submit(() -> Drain.all(two));
      assertThat(x.get()).hasSize(3).allMatch(SourceItem::ok);
      assertThat(y.get()).hasSize(3).allMatch(SourceItem::ok);
    } finally {
      pool.shutdownNow();
      one.close();
      two.close();
    }
    assertThat(server.maxInFlight()).isEqualTo(1);
  }

  @Test
  void theConfiguredUserAgentIsSentAndItsNameMatchesRobotsGroups() throws IOException {
    server.page(
        "/robots.txt",
        "text/plain",
        "User-agent: acmebot\nDisallow: /a\n\nUser-agent: *\nDisallow:\n");
    server.page(
        "/feed",
        "application/rss+xml",
        rss(item("A", server.url("/a"), null), item("B", server.url("/b"), null)));
    SourceConfig acme =
        new SourceConfig(
            IngestConfig.DEFAULTS,
            Duration.ZERO,
            "acmebot/2.0 (newsgraph; ops@acme.example)",
            true);
    List<SourceItem> items = Drain.open(server.url("/feed"), acme);
    assertThat(items.get(0).failure()).contains("is disallowed");
    assertThat(items.get(1).ok()).isTrue();
    assertThat(server.requests())
        .allSatisfy(
            r -> assertThat(r.userAgent()).isEqualTo("acmebot/2.0 (newsgraph; ops@acme.example)"));
  }

  @Test
  void aFeedThatDoesNotParseIsAnErrorNamingTheFeed() throws IOException {
    server.page("/broken", "application/rss+xml", "<html><body>Service unavailable</body></html>");
    assertThatThrownBy(() -> Sources.open(server.url("/broken"), fast))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith(server.url("/broken") + ": does not parse as an RSS or Atom feed");

    Path f = dir.resolve("cut.rss");
    Files.writeString(
        f,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Sources.open(f.toString(), fast))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith(f + ": does not parse as an RSS or Atom feed");

    Path doctype = dir.resolve("entity.rss");
    Files.writeString(
        doctype,
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Sources.open(doctype.toString(), fast))
        .as("no XML entity tricks")
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith(doctype + ": declares a DOCTYPE");
  }
}
