package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics of FORMATS.md §3 and §4 on tiny inputs, expected values computed by hand. */
class MetadataEvalTest {

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);
  private static final LocalDate D3 = LocalDate.of(2024, 1, 4);

  @Test
  void pubdateOutcomes() {
    assertThat(DateCounts.of(D1, D1)).isEqualTo(new DateCounts(1, 0, 0, 0));
    assertThat(DateCounts.of(D1, D2)).isEqualTo(new DateCounts(0, 1, 0, 0)); // FP only, not FN
    assertThat(DateCounts.of(D1, null)).isEqualTo(new DateCounts(0, 0, 1, 0));
    assertThat(DateCounts.of(null, null)).isEqualTo(new DateCounts(0, 0, 0, 1));
    assertThat(DateCounts.of(null, D1)).isEqualTo(new DateCounts(0, 1, 0, 0));
  }

  @Test
  void pubdateScores() {
    // gold d1 d2 d3 - -, system d1 d3 - - d1: TP 1, FP 2, FN 1, TN 1
    DateCounts c =
        DateCounts.of(D1, D1)
            .plus(DateCounts.of(D2, D3))
            .plus(DateCounts.of(D3, null))
            .plus(DateCounts.of(null, null))
            .plus(DateCounts.of(null, D1));
    assertThat(c).isEqualTo(new DateCounts(1, 2, 1, 1));
    assertThat(c.prf().precision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(c.prf().recall()).isCloseTo(0.5, within(1e-12));
    assertThat(c.prf().f1()).isCloseTo(2.0 / 5, within(1e-12)); // 2TP / (2TP + FP + FN)
    assertThat(c.accuracy().value()).isCloseTo(2.0 / 5, within(1e-12));
  }

  @Test
  void pubdateTallyReportsAccuracyPerSubset() {
    PubdateTask task = new PubdateTask();
    EvalTask.Tally<PubdateTask.Gold, PubdateTask.Answer> t = task.newTally();
    t.add(pubGold("a", D1, "news"), new PubdateTask.Answer(D1, "url path"));
    t.add(pubGold("b", D2, "news"), new PubdateTask.Answer(D3, "meta date"));
    t.add(pubGold("c", D3, "blogs"), PubdateTask.Answer.NONE);
    Report r = t.report();
    assertThat(r.headline().precision()).isEqualTo(0.5);
    assertThat(r.headline().recall()).isEqualTo(0.5);
    assertThat(r.headline().f1()).isEqualTo(0.5);
    assertThat(r.extra()).containsEntry("accuracy", 1.0 / 3).containsEntry("accuracy.news", 0.5)
        .containsEntry("accuracy.blogs", 0.0);
  }

  private static PubdateTask.Gold pubGold(String id, LocalDate date, String subset) {
    return new PubdateTask.Gold(new PageRecord(id, 1, Path.of(id + ".html"), null), date, subset);
  }

  @Test
  void titleTokensAndExactness() {
    assertThat(MetadataEval.sameText("Big  News\u00a0Today", "big news today")).isTrue();
    assertThat(MetadataEval.sameText("Big News", null)).isFalse();
    assertThat(MetadataEval.tokenF1("Hello, World", "hello world!")).isEqualTo(1.0);
    assertThat(MetadataEval.tokenF1("a b c", "a b")).isCloseTo(0.8, within(1e-12)); // 2*2/(3+2)
    assertThat(MetadataEval.tokenF1("a a b", "a b b")).isCloseTo(2.0 * 2 / 6, within(1e-12));
    assertThat(MetadataEval.tokenF1("a b", null)).isZero();
    assertThat(MetadataEval.tokenF1("--", "")).isEqualTo(1.0);
  }

  @Test
  void authorNamesAreNormalisedAndComparedAsSets() {
    assertThat(MetadataEval.authorKey("By  Jane DOE")).isEqualTo("jane doe");
    assertThat(MetadataEval.authorKey("Byron Smith")).isEqualTo("byron smith");
    Counts c = MetadataEval.authorCounts(List.of("Jane Doe", "John Roe"), List.of("by jane doe", "Staff", "Jane Doe"));
    assertThat(c).isEqualTo(new Counts(1, 1, 1));
    assertThat(MetadataEval.authorCounts(List.of(), List.of("AFP"))).isEqualTo(new Counts(0, 1, 0));
  }

  @Test
  void languagesCompareByPrimarySubtag() {
    assertThat(MetadataEval.primaryLanguage("en-US")).isEqualTo("en");
    assertThat(MetadataEval.primaryLanguage("pt_BR")).isEqualTo("pt");
    assertThat(MetadataEval.primaryLanguage(" DE ")).isEqualTo("de");
    assertThat(MetadataEval.primaryLanguage(null)).isNull();
  }

  @Test
  void instantsNeedATimeAndAnOffset() {
    OffsetDateTime a = MetadataEval.parseInstant("2021-11-01T10:52:50+0100");
    assertThat(a).isEqualTo(OffsetDateTime.parse("2021-11-01T10:52:50+01:00"));
    assertThat(MetadataEval.parseInstant("2024-05-03")).isNull();
    assertThat(MetadataEval.parseInstant("2024-05-03T15:47:42")).isNull();
    assertThat(MetadataEval.parseInstant("2018-04-05T06:00")).isNull();
    OffsetDateTime b = MetadataEval.parseInstant("2024-05-03T15:47:42.389000+00:00");
    assertThat(MetadataEval.sameInstant(b, OffsetDateTime.parse("2024-05-03T17:47:42+02:00"))).isTrue();
    assertThat(MetadataEval.sameInstant(b, OffsetDateTime.parse("2024-05-03T15:47:43Z"))).isFalse();
    assertThat(MetadataEval.sameInstant(b, null)).isFalse();
    assertThat(MetadataEval.parseInstant("2015-07-10 09:53:00 Z")).isEqualTo(OffsetDateTime.parse("2015-07-10T09:53:00Z"));
  }

  @Test
  void metadataTallyOnTwoRecords() {
    MetadataTask task = new MetadataTask();
    EvalTask.Tally<MetadataTask.Gold, MetadataTask.Answer> t = task.newTally();
    OffsetDateTime ten = OffsetDateTime.parse("2024-01-02T10:00:00Z");
    t.add(
        new MetadataTask.Gold(page("r1"), "Big News", List.of("A B"), null, D1, ten, "en-US"),
        new MetadataTask.Answer(
            "big  news", List.of("A B", "C D"), D1, "json-ld datePublished",
            OffsetDateTime.parse("2024-01-02T11:00:00+01:00"), "en"));
    t.add(
        new MetadataTask.Gold(page("r2"), "Other", null, "By X Y", D2, null, "de"),
        new MetadataTask.Answer("Other story", List.of("X Y"), D3, "meta date", null, null));
    Report r = t.report();
    Map<String, Double> x = r.extra();
    assertThat(x.get("title_exact")).isEqualTo(0.5);
    assertThat(x.get("title_token_f1")).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
    assertThat(x.get("authors_precision")).isEqualTo(0.5);
    assertThat(x.get("authors_recall")).isEqualTo(1.0);
    assertThat(x.get("authors_f1")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(x.get("authors_exact")).isEqualTo(0.0);
    assertThat(x.get("byline_token_f1")).isCloseTo(0.8, within(1e-12)); // [by x y] vs [x y]
    assertThat(x.get("date_precision")).isEqualTo(0.5);
    assertThat(x.get("date_recall")).isEqualTo(1.0);
    assertThat(x.get("date_f1")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(x.get("date_accuracy")).isEqualTo(0.5);
    assertThat(x.get("date_instant_accuracy")).isEqualTo(1.0);
    assertThat(x.get("lang_accuracy")).isEqualTo(0.5);
    // headline, r1: title TP, authors TP+FP, date TP, lang TP; r2: title FP, date FP, lang FN
    assertThat(r.headline().precision()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(r.headline().recall()).isCloseTo(4.0 / 5, within(1e-12));
    assertThat(r.headline().f1()).isCloseTo(8.0 / 12, within(1e-12));
  }

  @Test
  void fieldsTheGoldLacksAreNotScored() {
    EvalTask.Tally<MetadataTask.Gold, MetadataTask.Answer> t = new MetadataTask().newTally();
    t.add(
        new MetadataTask.Gold(page("r"), null, null, null, null, null, null),
        new MetadataTask.Answer("T", List.of("A"), D1, "url path", null, "en"));
    Report r = t.report();
    assertThat(r.headline().f1()).isNaN();
    assertThat(r.extra().get("title_exact")).isNaN();
    assertThat(r.extra().get("authors_f1")).isNaN();
    assertThat(r.extra().get("date_f1")).isNaN();
  }

  private static PageRecord page(String id) {
    return new PageRecord(id, 1, Path.of(id + ".html"), null);
  }
}
