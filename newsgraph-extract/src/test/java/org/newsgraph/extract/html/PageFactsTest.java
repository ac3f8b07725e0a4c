package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.html.MetadataTestPages.ld;
import static org.newsgraph.extract.html.MetadataTestPages.meta;
import static org.newsgraph.extract.html.MetadataTestPages.page;
import static org.newsgraph.extract.html.MetadataTestPages.read;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Metadata;

class PageFactsTest {

  @Test
  void languageFromHtmlLangThenContentLanguageThenOgLocale() {
    assertThat(read("<html lang=\"de-AT\"><head></head><body></body></html>").language()).isEqualTo("de-AT");
    assertThat(read(page(meta("http-equiv", "Content-Language", "fr, en"), "")).language()).isEqualTo("fr");
    assertThat(read(page(meta("property", "og:locale", "en_US"), "")).language()).isEqualTo("en-US");
  }

  @Test
  void addressesAreAbsolute() {
    Metadata m = read(page("<link rel=\"canonical\" href=\"/world/story-123\">"
        + meta("property", "og:image", "/img/a.jpg"), ""), "https://news.example.com/world/story-123?ref=rss");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/world/story-123");
    assertThat(m.imageUrl()).isEqualTo("https://news.example.com/img/a.jpg");
    assertThat(m.url()).isEqualTo("https://news.example.com/world/story-123?ref=rss");
    assertThat(read(page(meta("property", "og:url", "https://news.example.com/s"), "")).canonicalUrl())
        .isEqualTo("https://news.example.com/s");
    assertThat(read(page(meta("property", "og:image", "javascript:alert(1)"), "")).imageUrl()).isNull();
  }

  @Test
  void siteNameSectionDescription() {
    Metadata m = read(page(meta("property", "og:site_name", "Example News")
        + meta("property", "article:section", "Middle East")
        + meta("name", "description", "What happened."), ""));
    assertThat(m.siteName()).isEqualTo("Example News");
    assertThat(m.section()).isEqualTo("Middle East");
    assertThat(m.description()).isEqualTo("What happened.");
    Metadata ldOnly = read(page(ld("{\"@type\":\"NewsArticle\",\"articleSection\":\"Sport\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example\"},\"image\":{\"url\":\"https://x.org/i.jpg\"}}"), ""));
    assertThat(ldOnly.siteName()).isEqualTo("Example");
    assertThat(ldOnly.section()).isEqualTo("Sport");
    assertThat(ldOnly.imageUrl()).isEqualTo("https://x.org/i.jpg");
  }

  @Test
  void sectionFromTheBreadcrumb() {
    String crumbs = "{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
        + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\"},"
        + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"World\"},"
        + "{\"@type\":\"ListItem\",\"position\":3,\"item\":{\"name\":\"Storm hits the coast\"}}]}";
    Metadata m = read(page(ld(crumbs) + meta("property", "og:title", "Storm hits the coast"), ""));
    assertThat(m.section()).isEqualTo("World");
  }
}
