package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.html.MetadataTestPages.ld;
import static org.newsgraph.extract.html.MetadataTestPages.page;
import static org.newsgraph.extract.html.MetadataTestPages.read;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Metadata;

/** Broken and hostile pages: metadata never throws and stays within its bounds. */
class HostilePagesTest {

  @Test
  void brokenJsonLdKeepsWhatParses() {
    String rawNewline = "{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\",\"datePublished\":\"2020-06-11\",}";
    assertThat(read(page(ld(rawNewline), "")).published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    String two = "{\"@type\":\"WebSite\",\"name\":\"X\"}{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-06-11\"}";
    assertThat(read(page(ld(two), "")).published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    String garbageAfter = "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-06-11\"} ; var x = {";
    assertThat(read(page(ld(garbageAfter), "")).published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    String wrapped = "<!--\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-06-11\"}\n-->";
    assertThat(read(page(ld(wrapped), "")).published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    for (String bad : List.of("{", "}", "[[[[", "null", "\"text\"", "{\"@type\":", "{'a':}", "<![CDATA[ ]]>")) {
      assertThat(read(page(ld(bad), "<p>x</p>"))).as(bad).isNotNull();
    }
  }

  @Test
  void deepAndHugeJsonLdIsBounded() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String huge = "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + "x".repeat(2_000_000) + "\"}";
    long t0 = System.nanoTime();
    Metadata m = read(page(ld(deep) + ld(huge), "<h1>T</h1>"));
    assertThat(m.title()).isEqualTo("T");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void missingHeadEmptyPageAndNoBody() {
    assertThat(read("").title()).isNull();
    assertThat(read("<p>Only a paragraph on 11.06.2020</p>").published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(read("<html><head><title>T</title></head></html>").title()).isEqualTo("T");
    assertThat(read("<html><frameset><frame src=x></frameset></html>").authors()).isEmpty();
  }

  @Test
  void manyElementsAreBounded() {
    String times = "<time datetime=\"2020-06-11\">x</time>".repeat(20_000);
    String metas = "<meta name=\"author\" content=\"Jane Doe\">".repeat(5_000);
    Metadata m = read(page(metas, times + "<span class=\"date\">11 June 2020</span>".repeat(5_000)));
    assertThat(m.published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(m.authors()).containsExactly("Jane Doe");
  }

  @Test
  void absurdValuesEverywhere() {
    String head = "<meta property=\"article:published_time\" content=\"99999-99-99T99:99\">"
        + "<meta name=\"date\" content=\"-1\"><meta name=\"author\" content=\"" + "a".repeat(10_000) + "\">"
        + ld("{\"@type\":\"NewsArticle\",\"datePublished\":{\"@value\":[1,2]},\"author\":{\"name\":{\"x\":1}},"
            + "\"headline\":[],\"image\":[null],\"publisher\":[]}");
    Metadata m = read(page(head, "<time datetime=\"2020-02-30\">x</time>"), "https://x.org/2020/02/31/a");
    assertThat(m.published()).isNull();
    assertThat(m.authors()).isEmpty();
  }

  @Test
  void randomMarkupNeverThrows() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String[] pieces = {
      "<", ">", "</", "\"", "'", "=", "<meta name=\"date\" content=\"", "<time datetime=\"",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",", "\"author\":", "[", "]",
      "{", "}", "2020-06-11", "11. Juni 2020", "By ", "<h1>", "<title>", "&amp;", "\u00a0", "\uD83D",
      "<div class=\"byline date\">", "<svg>", "</script>", ":", ",", "\n"
    };
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(200);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      String html = sb.toString();
      try {
        read(html, r.nextBoolean() ? null : "https://x.org/" + html.hashCode());
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", page " + i + ": " + html, e);
      }
    }
  }
}
