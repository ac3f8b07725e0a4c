package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.html.MetadataTestPages.ld;
import static org.newsgraph.extract.html.MetadataTestPages.meta;
import static org.newsgraph.extract.html.MetadataTestPages.page;
import static org.newsgraph.extract.html.MetadataTestPages.read;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageAuthorsTest {

  private static final Set<String> SITE = AuthorNames.siteNames(List.of("Example News"), "https://www.example.com/a");

  private static List<String> authors(String head, String body) {
    return read(page(meta("property", "og:site_name", "Example News") + head, body), "https://www.example.com/a").authors();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "By Jane Doe and John Roe | Jane Doe;John Roe",
        "by Jane Doe & John Roe | Jane Doe;John Roe",
        "Von: JÖRG ZSCHOCHE | JÖRG ZSCHOCHE",
        "Par Sébastien Farcis | Sébastien Farcis",
        "Por María Pérez y Juan Gómez | María Pérez;Juan Gómez",
        "Felix Schröder und Jörg Soldwisch, dpa | Felix Schröder;Jörg Soldwisch;dpa",
        "Jane Doe, Staff Writer | Jane Doe",
        "Ulrich Exner Korrespondent | Ulrich Exner",
        "Matthew Loh 20:00, 29 Jan 2024 | Matthew Loh",
        "By Associated Press12:20pm Jan 7, 2024 | Associated Press",
        "Elena Oberholzer (obe) | Elena Oberholzer",
        "jane.doe@example.com | ",
        "https://www.facebook.com/example | ",
        "Updated | ",
        "Staff | ",
        "Example News | ",
        "The Associated Press | The Associated Press",
        "MND Staff | MND Staff",
        "Luigi Di Maio | Luigi Di Maio",
        "di Mario Rossi | Mario Rossi",
        "Written by Rob Ewaschuk Edited by Betsy Beyer | Rob Ewaschuk;Betsy Beyer",
        "By Brenda Goodman, MA | Brenda Goodman",
        "Sie haben einen Fehler gefunden? Melden Sie ihn! | ",
        "Jane Doe @janedoe | Jane Doe",
        "capital von Jemima Kelly | Jemima Kelly",
        "Ursula von der Leyen | Ursula von der Leyen",
        "신현주 기자 | 신현주",
        "3 Min | ",
      })
  void bylinesBecomeCleanNames(String byline, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
    assertThat(AuthorNames.parse(byline, SITE)).as(byline).isEqualTo(want);
  }

  @Test
  void siteNamesIncludeTheHost() {
    assertThat(AuthorNames.siteNames(List.of("The Guardian"), "https://www.theguardian.com/x"))
        .contains("the guardian", "guardian", "theguardian.com", "theguardian");
  }

  @Test
  void jsonLdAuthorAsStringObjectArrayAndNestedPerson() {
    assertThat(authors(ld("{\"@type\":\"NewsArticle\",\"author\":\"Jane Doe\"}"), "")).containsExactly("Jane Doe");
    assertThat(authors(ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}"), ""))
        .containsExactly("Jane Doe");
    assertThat(authors(ld("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
        + "{\"@type\":\"Person\",\"givenName\":\"John\",\"familyName\":\"Roe\"}]}"), ""))
        .containsExactly("Jane Doe", "John Roe");
    assertThat(authors(ld("{\"@type\":\"NewsArticle\",\"author\":[[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]]}"), ""))
        .containsExactly("Jane Doe");
  }

  @Test
  void jsonLdAuthorByReferenceIntoTheGraph() {
    String graph = "{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"Article\",\"author\":{\"@id\":\"https://x/#/person/1\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"https://x/#/person/1\",\"name\":\"Jane Doe\"}]}";
    assertThat(authors(ld(graph), "")).containsExactly("Jane Doe");
  }

  @Test
  void thePublisherAsAuthorIsNoAuthorAndTheBylineIsReadInstead() {
    String json = "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Example News\"},"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}";
    assertThat(authors(ld(json), "<h1>H</h1><span class=\"article__author\">Von Seb Dumitru</span>"))
        .containsExactly("Seb Dumitru");
  }

  @Test
  void metaNames() {
    assertThat(authors(meta("name", "author", "Jane Doe"), "")).containsExactly("Jane Doe");
    assertThat(authors(meta("property", "article:author", "https://www.facebook.com/jane")
        + meta("name", "parsely-author", "Jane Doe"), "")).containsExactly("Jane Doe");
    assertThat(authors(meta("name", "sailthru.author", "Jane Doe, John Roe"), "")).containsExactly("Jane Doe", "John Roe");
    assertThat(authors(meta("name", "DC.creator", "Jane Doe"), "")).containsExactly("Jane Doe");
  }

  @Test
  void relAuthorItempropAndBylineElements() {
    assertThat(authors("", "<a rel=\"author\" href=\"/jane\">Jane Doe</a>")).containsExactly("Jane Doe");
    assertThat(authors("", "<div itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span>"
        + "<span>Senior Editor</span></div>")).containsExactly("Jane Doe");
    assertThat(authors("", "<p class=\"byline\">By Jane Doe | June 11, 2020</p>")).containsExactly("Jane Doe");
  }

  @Test
  void commentAndPhotoCreditsAreNoBylines() {
    String body = "<figure><img src=x><span class=\"author\">Photo: Max Mustermann</span></figure>"
        + "<div class=\"comments\"><cite class=\"author\">Troll</cite></div>"
        + "<span class=\"image-credit author\">AP</span><p class=\"byline\">Von Anna Schmidt</p>";
    assertThat(authors("", body)).containsExactly("Anna Schmidt");
  }

  @Test
  void anAuthorBoxIsNoByline() {
    String box = "Jane Doe is a reporter covering politics, science and the economy. She joined the"
        + " paper in 2012 after ten years at the wire services, and lives in Berlin with her family,"
        + " two cats and a very large collection of records that she will tell you about at length.";
    assertThat(authors("", "<div class=\"author-box\">" + box + "</div>")).isEmpty();
  }
}
