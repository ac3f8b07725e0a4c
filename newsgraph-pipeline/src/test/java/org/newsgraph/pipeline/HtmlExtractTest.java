package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawInput;

/** {@link Newsgraph#extract} on web pages: metadata without models, also when no text is found. */
class HtmlExtractTest {

  private final Newsgraph ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);

  private static RawInput page(String html) {
    return new RawInput("page.html", html.getBytes(StandardCharsets.UTF_8), "text/html", null);
  }

  @Test
  void aPageWithoutArticleTextStillGivesItsMetadataButIsNotAnalyzed() {
    RawInput in = page("<html lang=\"de\"><head><title>Heute | Beispiel</title>"
        + "<meta property=\"article:published_time\" content=\"2020-06-11T10:00:00+02:00\"></head>"
        + "<body><div id=\"app\"></div></body></html>");
    Outcome extracted = ng.extract(in, AnalyzeOptions.NONE.withUrl("https://beispiel.de/heute"));
    assertThat(extracted.ok()).isTrue();
    assertThat(extracted.document().metadata().published().date()).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(extracted.document().metadata().language()).isEqualTo("de");
    Outcome analyzed = ng.analyze(in, AnalyzeOptions.NONE);
    assertThat(analyzed.ok()).isFalse();
    assertThat(analyzed.failedStage()).isEqualTo(Newsgraph.HTML);
    assertThat(analyzed.error()).contains("holds no article text");
  }

  @Test
  void theUrlIsEvidenceOfTheDate() {
    Outcome o = ng.extract(page("<html><body><p>Text of the story, long enough to be a paragraph.</p></body></html>"),
        AnalyzeOptions.NONE.withUrl("https://blog.example.org/2020/06/11/story/"));
    assertThat(o.document().metadata().published().evidence()).isEqualTo("url path");
  }
}
