package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.RawInput;
import org.newsgraph.model.RelatedLink;
import org.newsgraph.testkit.Shared;

/**
 * The seed article as a web page would carry it: the same paragraphs inside a page with a menu,
 * a cookie banner, a share bar, teasers as links, a credit line, the site footer and JSON-LD.
 * The page is built here from the example text, so the HTML path is held to the plain-text
 * path's expectations: the same article text, teasers as related links (with their links), the
 * date from the page anchoring "Thursday (June 11th)", and the same names found.
 */
class SeedPageTest {

  private static List<String> lines;
  private static Document doc;

  @BeforeAll
  static void analyze() throws IOException {
    lines = Files.readAllLines(Shared.seedExample(), StandardCharsets.UTF_8);
    String html = page(lines);
    Newsgraph ng = TestNewsgraph.get();
    RawInput raw =
        new RawInput("seed.html", html.getBytes(StandardCharsets.UTF_8), "text/html", null);
    doc =
        ng.analyze(raw, AnalyzeOptions.NONE.withUrl("https://news.example/en/20200611-us-iraq"))
            .requireDocument();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Lines 1-41 are the article (teasers at 7, 19, 35; sub-headings at 13, 27); 43 the credit. */
  static String page(List<String> lines) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>US to reduce its troops in Iraq - News Example</title>")
        .append("<meta property=\"og:site_name\" content=\"News Example\">")
        .append("<link rel=\"canonical\" href=\"https://news.example/en/20200611-us-iraq\">")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
        .append("\"@type\":\"NewsArticle\",\"headline\":\"US to reduce its troops in Iraq\",")
        .append("\"datePublished\":\"2020-06-11T21:05:00+02:00\"}</script>")
        .append("<script>window.tracking = {page: 'article'};</script>")
        .append("</head><body><header><nav><ul>")
        .append("<li><a href=\"/en/\">Home</a></li><li><a href=\"/en/world\">World</a></li>")
        .append("<li><a href=\"/en/business\">Business</a></li></ul></nav></header>")
        .append("<div class=\"cookie-banner\"><p>We use cookies to improve your experience on")
        .append(" this site. <button>Accept all</button></p></div>")
        .append("<main><article><h1>US to reduce its troops in Iraq</h1>")
        .append("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a>")
        .append("<a href=\"#\">Share on Twitter</a></div><div class=\"article-body\">");
    for (int i = 0; i < 43; i++) {
      String line = lines.get(i).strip();
      int n = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith(">>")) {
        int colon = line.indexOf(':');
        b.append("<p>").append(esc(line.substring(0, colon + 1))).append(" <a href=\"/en/teaser-")
            .append(n).append("\">").append(esc(line.substring(colon + 1).strip()))
            .append("</a></p>");
      } else if (n == 13 || n == 27) {
        b.append("<h2>").append(esc(line)).append("</h2>");
      } else {
        b.append("<p>").append(esc(line)).append("</p>");
      }
    }
    b.append("</div></article></main><footer>");
    for (int i = 44; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        b.append("<p>").append(esc(lines.get(i).strip())).append("</p>");
      }
    }
    b.append("<p>&copy; 2020 News Example. All rights reserved.</p></footer></body></html>");
    return b.toString();
  }

  private static String articleText() {
    StringBuilder sb = new StringBuilder();
    doc.blocks().stream()
        .filter(b -> b.kind().isArticleText())
        .forEach(b -> sb.append(doc.surface(b)).append('\n'));
    return sb.toString();
  }

  @Test
  void everyParagraphAndSubHeadingIsArticleTextAndNothingElseIs() {
    String text = articleText();
    for (int i = 0; i < 42; i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith(">>")) {
        assertThat(text).as("line %d", i + 1).contains(line);
      }
    }
    for (String furniture :
        List.of("Home", "cookies", "Share on", "France 24 app", "I subscribe", "rights reserved",
            "google-play-badge", "Exclusive report", "With AFP")) {
      assertThat(text).as("furniture %s", furniture).doesNotContain(furniture);
    }
    assertThat(doc.blocks())
        .filteredOn(b -> b.kind() == BlockKind.HEADING)
        .extracting(doc::surface)
        .contains(lines.get(12).strip(), lines.get(26).strip());
  }

  @Test
  void teasersAreRelatedLinksWithTheirAddresses() {
    assertThat(doc.layer(org.newsgraph.model.Layers.RELATED_LINKS))
        .extracting(RelatedLink::label, RelatedLink::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Exclusive report", "https://news.example/en/teaser-7"),
            org.assertj.core.groups.Tuple.tuple("See", "https://news.example/en/teaser-19"),
            org.assertj.core.groups.Tuple.tuple("Read", "https://news.example/en/teaser-35"));
    assertThat(doc.surface(doc.layer(org.newsgraph.model.Layers.RELATED_LINKS).get(2)))
        .isEqualTo("Faced with the specter of an American departure, where are the Iraqi security forces?");
  }

  @Test
  void metadataComesFromThePage() {
    var m = doc.metadata();
    assertThat(m.title()).isEqualTo("US to reduce its troops in Iraq");
    assertThat(m.published().date()).hasToString("2020-06-11");
    assertThat(m.published().evidence()).containsAnyOf("json-ld", "url path");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example/en/20200611-us-iraq");
    assertThat(m.siteName()).isEqualTo("News Example");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.credit()).isEqualTo("AFP");
    assertThat(doc.source().mediaType()).isEqualTo("text/html");
  }

  @Test
  void thePagesDateAnchorsTheTimeExpressions() {
    assertThat(doc.timexes())
        .filteredOn(t -> doc.surface(t).equals("June 11th"))
        .singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo("2020-06-11"));
  }

  @Test
  void theNamesOfTheTextVersionAreFound() {
    assertThat(doc.mentions())
        .extracting(doc::surface)
        .contains("Moustafa al-Kazimi", "Mustafa al-Kazimi", "Robert Ford", "Qassem Soleimani",
            "Middle East Institute", "Washington", "Baghdad");
  }
}
