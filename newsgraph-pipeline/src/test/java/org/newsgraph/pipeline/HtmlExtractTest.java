package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RawInput;
import org.newsgraph.model.json.RecordJson;

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

  @Test
  void aGivenTitleAndDateWinOverThePagesAndTheRecordSaysWhereTheTitleCameFrom() {
    RawInput in = page("<html><head><title>Heute | Beispiel</title>"
        + "<meta property=\"article:published_time\" content=\"2020-06-11T10:00:00+02:00\"></head>"
        + "<body><p>Text of the story, long enough to be a paragraph.</p></body></html>");
    AnalyzeOptions given =
        AnalyzeOptions.published(LocalDate.of(2020, 6, 12)).withTitle("Given headline", "jsonl title");
    Metadata m = ng.extract(in, given).document().metadata();
    assertThat(m.title()).isEqualTo("Given headline");
    assertThat(m.titleEvidence()).isEqualTo("jsonl title");
    assertThat(m.published().date()).isEqualTo(LocalDate.of(2020, 6, 12));
    var record = RecordJson.toTree(ng.extract(in, given).document(), RecordJson.Options.DEFAULT);
    assertThat(record.at("/metadata/title").asText()).isEqualTo("Given headline");
    assertThat(record.at("/metadata/titleEvidence").asText()).isEqualTo("jsonl title");
    Metadata found = ng.extract(in, AnalyzeOptions.NONE).document().metadata();
    assertThat(found.title()).isEqualTo("Heute");
    assertThat(found.titleEvidence()).isEqualTo("title");
  }

  @Test
  void aGivenTitleNeedsItsEvidence() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AnalyzeOptions.NONE.withTitle("Given headline", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence");
  }
}
