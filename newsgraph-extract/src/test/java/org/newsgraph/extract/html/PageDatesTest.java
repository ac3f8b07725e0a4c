package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.html.MetadataTestPages.ld;
import static org.newsgraph.extract.html.MetadataTestPages.meta;
import static org.newsgraph.extract.html.MetadataTestPages.page;
import static org.newsgraph.extract.html.MetadataTestPages.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Metadata;

class PageDatesTest {

  private static final LocalDate JUNE_11 = LocalDate.of(2020, 6, 11);

  private static DateClaim published(String head, String body) {
    return read(page(head, body)).published();
  }

  @Test
  void jsonLdArticleDatesKeepTheirTimeAndOffset() {
    Metadata m =
        read(page(ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2020-06-11T09:30:00+02:00\",\"dateModified\":\"2020-06-12T10:00:00+02:00\"}"), ""));
    assertThat(m.published().date()).isEqualTo(JUNE_11);
    assertThat(m.published().evidence()).isEqualTo("json-ld datePublished");
    assertThat(m.published().time()).isEqualTo(OffsetDateTime.parse("2020-06-11T09:30:00+02:00"));
    assertThat(m.modified().date()).isEqualTo(LocalDate.of(2020, 6, 12));
    assertThat(m.modified().evidence()).isEqualTo("json-ld dateModified");
  }

  @Test
  void jsonLdInAGraphAndInAnArray() {
    String graph = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"X\"},"
        + "{\"@type\":[\"BlogPosting\"],\"datePublished\":\"2020-06-11\"}]}";
    assertThat(published(ld(graph), "").evidence()).isEqualTo("json-ld datePublished");
    assertThat(published(ld("[{\"@type\":\"ReportageNewsArticle\",\"dateCreated\":\"2020-06-11\"}]"), "").date())
        .isEqualTo(JUNE_11);
  }

  @ParameterizedTest
  @CsvSource({
    "property, article:published_time, 2020-06-11T08:00:00Z",
    "name, pubdate, 20200611",
    "name, publishdate, 2020-06-11",
    "name, DC.date.issued, 2020-06-11",
    "name, sailthru.date, 2020-06-11 08:00:00",
    "name, parsely-pub-date, 2020-06-11T08:00:00Z",
    "itemprop, datePublished, 2020-06-11",
    "name, date, 2020/06/11",
  })
  void metaNames(String attr, String key, String value) {
    DateClaim d = published(meta(attr, key, value), "<p>Text</p>");
    assertThat(d.date()).isEqualTo(JUNE_11);
    assertThat(d.evidence()).isEqualTo("meta " + key.toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void updatedTimeIsTheModificationNotThePublication() {
    Metadata m =
        read(page(meta("property", "og:updated_time", "2021-01-05T10:00:00Z")
            + meta("property", "article:published_time", "2020-06-11T10:00:00Z"), ""));
    assertThat(m.published().date()).isEqualTo(JUNE_11);
    assertThat(m.modified().date()).isEqualTo(LocalDate.of(2021, 1, 5));
    assertThat(m.modified().evidence()).isEqualTo("meta og:updated_time");
  }

  @Test
  void aPageWithOnlyAModificationDateGivesItAsTheDateItWasThere() {
    Metadata m = read(page(meta("property", "article:modified_time", "2020-06-11T10:00:00Z"), "<p>x</p>"));
    assertThat(m.published().date()).isEqualTo(JUNE_11);
    assertThat(m.published().evidence()).isEqualTo("meta article:modified_time");
    assertThat(m.modified().date()).isEqualTo(JUNE_11);
  }

  @Test
  void timeElements() {
    assertThat(published("", "<article><time datetime=\"2020-06-11T10:00\">11 June</time></article>").evidence())
        .isEqualTo("time datetime");
    DateClaim pub =
        published("", "<time datetime=\"2019-01-01\">old</time><time pubdate datetime=\"2020-06-11\">x</time>");
    assertThat(pub.date()).isEqualTo(JUNE_11);
    assertThat(pub.evidence()).isEqualTo("time pubdate");
    assertThat(published("", "<span itemprop=\"datePublished\" content=\"2020-06-11\">11.6.</span>").evidence())
        .isEqualTo("itemprop datePublished");
  }

  @Test
  void dateClassedElementsAndAbbrTitles() {
    assertThat(published("", "<abbr class=\"published\" title=\"2020-06-11T10:00:00+02:00\">June 11</abbr>").date())
        .isEqualTo(JUNE_11);
    DateClaim d = published("", "<div class=\"entry-meta\"><span class=\"post-date\">11.06.2020</span></div><p>x</p>");
    assertThat(d.date()).isEqualTo(JUNE_11);
    assertThat(d.evidence()).isEqualTo("date element");
  }

  @Test
  void urlPath() {
    Metadata m = read(page("", "<p>No dates here.</p>"), "https://blog.example.org/2020/06/11/a-post/");
    assertThat(m.published().date()).isEqualTo(JUNE_11);
    assertThat(m.published().evidence()).isEqualTo("url path");
    assertThat(PageDates.urlDate("https://x.org/news/20200611/story").orElseThrow().date()).isEqualTo(JUNE_11);
    assertThat(PageDates.urlDate("https://x.org/2020-06-11-story").orElseThrow().date()).isEqualTo(JUNE_11);
    assertThat(PageDates.urlDate("https://x.org/2020/13/45/story")).isEmpty();
    assertThat(PageDates.urlDate("https://x.org/item/20201234567")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de | Veröffentlicht am 11. Juni 2020 von Anna",
        "fr | Publié le 11 juin 2020 à 10h02",
        "en | Posted on June 11, 2020 by admin",
        "es | Publicado el 11 de junio de 2020",
        "it | Pubblicato il 11 giugno 2020",
        "de | Datum: 11.06.2020",
        "en-US | Published 06/11/2020",
        "en-GB | Published 11/06/2020",
      })
  void visibleDatelinesInSeveralLanguages(String lang, String line) {
    String html =
        "<!doctype html><html lang=\"" + lang + "\"><head><title>T</title></head><body>"
            + "<nav>Home</nav><h1>A headline</h1><p>" + line + "</p><p>Body text of the story.</p>"
            + "<footer>© 2024 Example</footer></body></html>";
    DateClaim d = read(html, null).published();
    assertThat(d.date()).as(line).isEqualTo(JUNE_11);
    assertThat(d.evidence()).isEqualTo("text published label");
  }

  @Test
  void theDatelineUnderTheHeadlineWinsWhenTheMarkupStatesIt() {
    String head = meta("property", "article:published_time", "2020-06-01T10:00:00Z")
        + meta("property", "article:modified_time", "2020-06-11T10:00:00Z");
    DateClaim d = published(head, "<h1>Headline</h1><p class=\"byline\">By Jane Doe | Updated June 11, 2020</p>");
    assertThat(d.date()).isEqualTo(JUNE_11);
    assertThat(d.evidence()).isEqualTo("visible dateline");
    assertThat(d.time()).isEqualTo(OffsetDateTime.parse("2020-06-11T10:00:00Z"));
  }

  @Test
  void aDateOnlyInTheTextUnderTheHeadline() {
    DateClaim d = published("", "<header>Menu</header><h1>Headline</h1><p>Berlin, 11.06.2020 – Body.</p>");
    assertThat(d.date()).isEqualTo(JUNE_11);
    assertThat(d.evidence()).isEqualTo("text after headline");
  }

  @Test
  void copyrightYearsAreNoDates() {
    assertThat(published("", "<h1>Headline</h1><p>Body.</p><footer>© 2019 Example Corp. 2005–2020</footer>"))
        .isNull();
  }

  @Test
  void textDatesYearsAfterThePageDatesAreEvents() {
    // The markup says 2019 (a modification); a date element announces a 2022 event.
    DateClaim d = published(meta("property", "article:modified_time", "2019-03-01"),
        "<span class=\"event-date\">1 March 2022</span>");
    assertThat(d.date()).isEqualTo(LocalDate.of(2019, 3, 1));
  }

  @Test
  void absurdDatesAreSkipped() {
    DateClaim d = published(meta("name", "pubdate", "0001-01-01") + meta("name", "publishdate", "9999-12-31")
        + meta("name", "date", "1970-01-01") + meta("property", "article:published_time", "2020-06-11"), "");
    assertThat(d.date()).isEqualTo(JUNE_11);
  }

  @Test
  void aModificationBeforeThePublicationIsDropped() {
    Metadata m = read(page(meta("property", "article:published_time", "2020-06-11")
        + meta("property", "article:modified_time", "2020-06-01"), ""));
    assertThat(m.published().date()).isEqualTo(JUNE_11);
    assertThat(m.modified()).isNull();
  }

  @Test
  void otherCreativeWorksOfThePage() {
    DateClaim d = published(ld("{\"@type\":\"VideoObject\",\"uploadDate\":\"2020-06-11T10:00:00Z\"}")
        + ld("{\"@type\":\"Organization\",\"foundingDate\":\"1990-01-01\",\"datePublished\":\"1999-01-01\"}"), "");
    assertThat(d.date()).isEqualTo(JUNE_11);
    assertThat(d.evidence()).isEqualTo("json-ld work uploadDate");
  }

  @Test
  void aScriptBuiltPageDatesItselfInItsData() {
    String body = "<div id=\"app\"></div><script>window.__STATE__={\"post\":{\"title\":\"T\","
        + "\"publishedAt\":\"2020-06-11T10:00:00+02:00\"}}</script>";
    DateClaim d = published("", body);
    assertThat(d.date()).isEqualTo(JUNE_11);
    assertThat(d.evidence()).isEqualTo("script data");
  }
}
