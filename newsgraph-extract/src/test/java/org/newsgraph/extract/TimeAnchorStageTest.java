package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnchorStatus;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.TimeAnchor;
import org.newsgraph.testkit.Shared;

class TimeAnchorStageTest {

  private static final SourceInfo SRC =
      new SourceInfo("t", "text/plain", "UTF-8", "test", 0, List.of());

  private static Clock at(String date) {
    return Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneOffset.UTC);
  }

  private static Document doc(String text, Metadata meta) {
    return new PlainTextExtractor().extract("t", text, SRC, meta);
  }

  private static String seed() throws IOException {
    return Files.readString(Shared.seedExample(), StandardCharsets.UTF_8);
  }

  @Test
  void aGivenDateIsTheAnchor() throws IOException {
    Metadata m = Metadata.EMPTY.withPublished(new DateClaim(LocalDate.of(2020, 6, 11), "--published"));
    TimeAnchor a = new TimeAnchorStage(AnchorConfig.DEFAULTS, at("2026-11-29")).anchor(doc(seed(), m));
    assertThat(a.status()).isEqualTo(AnchorStatus.PROVIDED);
    assertThat(a.date()).isEqualTo(LocalDate.of(2020, 6, 11));
  }

  @Test
  void withoutADateTheSeedYearStaysUnknownAndTheClockIsNeverUsed() throws IOException {
    TimeAnchor a =
        new TimeAnchorStage(AnchorConfig.DEFAULTS, at("2026-11-29")).anchor(doc(seed(), Metadata.EMPTY));
    assertThat(a.status()).isEqualTo(AnchorStatus.UNKNOWN);
    assertThat(a.date()).isNull();
    assertThat(a.candidateYears()).containsExactly(2020, 2026);
    assertThat(a.evidence()).contains("Covid-19").contains("does not tell which");
  }

  @Test
  void aSingleCandidateYearIsInferredWithItsEvidence() throws IOException {
    // Read in 2021, the seed can only be from 2020: the inference says why.
    TimeAnchor a =
        new TimeAnchorStage(AnchorConfig.DEFAULTS, at("2021-03-01")).anchor(doc(seed(), Metadata.EMPTY));
    assertThat(a.status()).isEqualTo(AnchorStatus.INFERRED);
    assertThat(a.date()).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(a.evidence()).startsWith("inferred: ").contains("Thursday");
  }

  @Test
  void noEvidenceMeansUnknown() {
    TimeAnchor a =
        new TimeAnchorStage(AnchorConfig.DEFAULTS, at("2026-11-29"))
            .anchor(doc("The vote took place on Thursday in the capital.\n", Metadata.EMPTY));
    assertThat(a.isKnown()).isFalse();
    assertThat(a.candidateYears()).isEmpty();
  }

  @Test
  void aDatelineIsExtracted() {
    TimeAnchor a =
        new TimeAnchorStage(AnchorConfig.DEFAULTS, at("2026-11-29"))
            .anchor(doc("Storm hits coast\nFriday, July 21, 2017\n\nThe storm hit on Tuesday.\n", Metadata.EMPTY));
    assertThat(a.status()).isEqualTo(AnchorStatus.EXTRACTED);
    assertThat(a.date()).isEqualTo(LocalDate.of(2017, 7, 21));
  }
}
