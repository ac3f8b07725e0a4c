package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.html.MetadataTestPages.ld;
import static org.newsgraph.extract.html.MetadataTestPages.meta;
import static org.newsgraph.extract.html.MetadataTestPages.page;
import static org.newsgraph.extract.html.MetadataTestPages.read;

import org.junit.jupiter.api.Test;

class PageTitlesTest {

  private static String title(String head, String body) {
    return read(page(head, body)).title();
  }

  @Test
  void theTitleTagLosesItsSiteSuffixWhenAnotherSourceAgrees() {
    assertThat(title("<title>Storm hits the coast | Example News</title>", "<h1>Storm hits the coast</h1>"))
        .isEqualTo("Storm hits the coast");
    assertThat(title("<title>Storm hits the coast - Example News</title>", "<h1>Storm hits the coast</h1>"))
        .isEqualTo("Storm hits the coast");
  }

  @Test
  void aKnownSiteNameIsCutFromAnyTitle() {
    String head = meta("property", "og:site_name", "Example News")
        + meta("property", "og:title", "Storm hits the coast – Example News");
    assertThat(title(head, "")).isEqualTo("Storm hits the coast");
    assertThat(title(meta("property", "og:site_name", "Example News")
        + "<title>Example News: Storm hits the coast</title>", "")).isEqualTo("Storm hits the coast");
  }

  @Test
  void theProposalMostSourcesAgreeWithWins() {
    String head = ld("{\"@type\":\"NewsArticle\",\"headline\":\"Storm hits the coast\"}")
        + meta("property", "og:title", "Storm hits coast: what we know")
        + "<title>Storm hits the coast | Example</title>";
    assertThat(title(head, "<h1>Storm hits the coast</h1>")).isEqualTo("Storm hits the coast");
  }

  @Test
  void withoutAgreementTheDeclaredTitleComesFirstAndTheH1Last() {
    assertThat(title(meta("property", "og:title", "Storm hits the coast"), "<h1>Example News</h1>"))
        .isEqualTo("Storm hits the coast");
    assertThat(title("<title>Storm hits the coast | Example</title>", "<h1>Menu</h1>"))
        .isEqualTo("Storm hits the coast");
    assertThat(title("<title>Storm hits the coast | and what the town does now</title>", "<h1>Menu</h1>"))
        .isEqualTo("Storm hits the coast | and what the town does now");
  }

  @Test
  void entitiesAndSpacesAreCleaned() {
    assertThat(title(meta("property", "og:title", "Fish &amp;amp; chips\u00a0 today"), "")).isEqualTo("Fish & chips today");
  }

  @Test
  void noSourceNoTitle() {
    assertThat(title("", "<p>text</p>")).isNull();
    assertThat(read(page("", "<p>text</p>")).titleEvidence()).isNull();
  }

  @Test
  void theEvidenceNamesTheSourceThatWon() {
    String agreed = ld("{\"@type\":\"NewsArticle\",\"headline\":\"Storm hits the coast\"}")
        + "<title>Storm hits the coast | Example</title>";
    assertThat(read(page(agreed, "")).titleEvidence()).isEqualTo("json-ld headline");
    assertThat(read(page("<title>Storm hits the coast | Example</title>", "<h1>Menu</h1>"))
        .titleEvidence()).isEqualTo("title");
    assertThat(read(page("", "<h1>Storm hits the coast</h1>")).titleEvidence()).isEqualTo("h1");
  }
}
