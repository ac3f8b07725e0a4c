package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EntitiesEval.RecordMentions;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;

class EntitiesEvalTest {

  private static final double EPS = 1e-12;

  /** Gold mention at [10k, 10k+5). */
  private static GoldMention g(int k, String entity) {
    return new GoldMention(Span.of(10 * k, 10 * k + 5), entity, null, true);
  }

  /** System name mention at [10k, 10k+5). */
  private static SystemMention s(int k, String entity) {
    return s(Span.of(10 * k, 10 * k + 5), entity, null);
  }

  private static SystemMention s(Span span, String entity, String link) {
    return new SystemMention(span, entity, "r#" + entity, ReferenceKind.NAME, "ORG", link);
  }

  private static EntityScores score(RecordMentions... records) {
    return EntitiesEval.score(List.of(records));
  }

  @Test
  void textbookCaseThroughMentionAlignment() {
    // Gold {a,b,c} {d,e}; system {a,b} {c,d,e}, mentions at k = 0..4.
    RecordMentions r =
        new RecordMentions(
            "r",
            List.of(g(0, "G1"), g(1, "G1"), g(2, "G1"), g(3, "G2"), g(4, "G2")),
            List.of(s(0, "S1"), s(1, "S1"), s(2, "S2"), s(3, "S2"), s(4, "S2")));
    EntityScores c = score(r);
    assertThat(c.mentionsExact()).isEqualTo(new Counts(5, 0, 0));
    Report report = EntitiesEval.report(c);
    // CoNLL = mean of MUC 2/3, B³ 11/15, CEAF-e 4/5 (see CorefEvalTest).
    assertThat(report.headline().f1()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(report.headline().precision()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(report.extra().get("muc_f1")).isCloseTo(2.0 / 3, within(EPS));
    assertThat(report.extra().get("b3_f1")).isCloseTo(11.0 / 15, within(EPS));
    assertThat(report.extra().get("ceafe_f1")).isCloseTo(0.8, within(EPS));
  }

  @Test
  void aSystemMentionNotInGoldOnlyCostsMentionPrecision() {
    RecordMentions r =
        new RecordMentions("r", List.of(g(0, "E"), g(1, "E")), List.of(s(0, "S"), s(1, "S"), s(2, "S")));
    EntityScores c = score(r);
    assertThat(c.mentionsExact()).isEqualTo(new Counts(2, 1, 0));
    assertThat(c.exact().conll().f1()).isCloseTo(1.0, within(EPS));
    assertThat(EntitiesEval.report(c).extra().get("mention_precision")).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void anUnfoundGoldMentionIsASystemSingleton() {
    // Gold {a,b,c}; system finds a and b as one entity, misses c.
    RecordMentions r =
        new RecordMentions("r", List.of(g(0, "E"), g(1, "E"), g(2, "E")), List.of(s(0, "S"), s(1, "S")));
    CorefScores c = score(r).exact();
    // MUC R = (3 - 2) / 2; P = (2 - 1) / 1.
    assertThat(c.muc().recall()).isCloseTo(0.5, within(EPS));
    assertThat(c.muc().precision()).isCloseTo(1.0, within(EPS));
    // B³: a, b: P 1, R 2/3; c: P 1, R 1/3.
    assertThat(c.bCubed().precision()).isCloseTo(1.0, within(EPS));
    assertThat(c.bCubed().recall()).isCloseTo(5.0 / 9, within(EPS));
  }

  @Test
  void noSystemMentionsScoreTheAllSingletonsBaseline() {
    RecordMentions r = new RecordMentions("r", List.of(g(0, "E"), g(1, "E"), g(2, "F")), List.of());
    EntityScores c = score(r);
    assertThat(c.mentionsExact()).isEqualTo(new Counts(0, 0, 3));
    assertThat(c.exact().muc().recall()).isZero();
    assertThat(c.exact().muc().precision()).isNaN();
    // B³ is not zero: singletons are pure. R = (1/2 + 1/2 + 1) / 3.
    assertThat(c.exact().bCubed().precision()).isEqualTo(1.0);
    assertThat(c.exact().bCubed().recall()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(EntitiesEval.report(c).headline().precision()).isNaN();
    // The baseline line is exactly this case, whatever the system did.
    assertThat(c.singletons()).isEqualTo(c.exact());
  }

  @Test
  void entitiesAreClusteredAcrossRecords() {
    RecordMentions r1 = new RecordMentions("r1", List.of(g(0, "AIRBUS")), List.of(s(0, "name:ORG:airbus")));
    RecordMentions r2 = new RecordMentions("r2", List.of(g(3, "AIRBUS")), List.of(s(3, "name:ORG:airbus")));
    assertThat(score(r1, r2).exact().muc().f1()).isCloseTo(1.0, within(EPS));
    // With document-local ids the same entity is split in two: no MUC link found.
    RecordMentions l1 = new RecordMentions("r1", List.of(g(0, "AIRBUS")), List.of(s(0, "local:r1#e1")));
    RecordMentions l2 = new RecordMentions("r2", List.of(g(3, "AIRBUS")), List.of(s(3, "local:r2#e1")));
    assertThat(score(l1, l2).exact().muc().recall()).isZero();
  }

  @Test
  void equalSystemIdsInDifferentRecordsAreOneEntity() {
    // The same mention offsets in two records are two mentions, never one.
    RecordMentions r1 = new RecordMentions("r1", List.of(g(0, "A")), List.of(s(0, "X")));
    RecordMentions r2 = new RecordMentions("r2", List.of(g(0, "B")), List.of(s(0, "X")));
    EntityScores c = score(r1, r2);
    // Gold {r1:0} {r2:0}; system {r1:0, r2:0}: B³ P 1/2, R 1.
    assertThat(c.exact().bCubed().precision()).isCloseTo(0.5, within(EPS));
    assertThat(c.exact().bCubed().recall()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void relaxedAlignmentTakesOverlappingMentions() {
    // Gold "the company" [0,11) and "it" [20,22); system "company" [4,11) and "it" [20,22).
    RecordMentions r =
        new RecordMentions(
            "r",
            List.of(new GoldMention(Span.of(0, 11), "E", null, false), new GoldMention(Span.of(20, 22), "E", null, false)),
            List.of(s(Span.of(4, 11), "S", null), s(Span.of(20, 22), "S", null)));
    EntityScores c = score(r);
    assertThat(c.mentionsExact()).isEqualTo(new Counts(1, 1, 1));
    assertThat(c.mentionsRelaxed()).isEqualTo(new Counts(2, 0, 0));
    assertThat(c.exact().muc().recall()).isZero();
    assertThat(c.relaxed().muc().f1()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void namedOnlyKeepsTheNamedGoldMentions() {
    // Gold: "Kazimi" (named) [0,6), "he" [10,12), "Mustafa al-Kazimi" (named) [20,37), one entity.
    // The system links both names but puts "he" in another entity.
    RecordMentions r =
        new RecordMentions(
            "r",
            List.of(
                new GoldMention(Span.of(0, 6), "K", null, true),
                new GoldMention(Span.of(10, 12), "K", null, false),
                new GoldMention(Span.of(20, 37), "K", null, true)),
            List.of(s(Span.of(0, 6), "S", null), s(Span.of(10, 12), "T", null), s(Span.of(20, 37), "S", null)));
    EntityScores c = score(r);
    assertThat(c.exact().muc().recall()).isCloseTo(0.5, within(EPS));
    assertThat(c.namedExact().conll().f1()).isCloseTo(1.0, within(EPS));
    assertThat(EntitiesEval.report(c).extra().get("named_conll_f1")).isCloseTo(1.0, within(EPS));
  }

  @Test
  void goldMentionsWithTheSameSpanStayTwoMentions() {
    // MEANTIME has three: "Canada" for a LOC and for another entity at the same offsets.
    RecordMentions r =
        new RecordMentions(
            "r",
            List.of(new GoldMention(Span.of(0, 6), "LOC1", null, false), new GoldMention(Span.of(0, 6), "X", null, true)),
            List.of(s(Span.of(0, 6), "S", null)));
    EntityScores c = score(r);
    assertThat(c.mentionsExact()).isEqualTo(new Counts(1, 0, 1));
    // Two mentions, two gold singletons, system one aligned + one unaligned singleton.
    assertThat(c.exact().bCubed().f1()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void linkingCounts() {
    RecordMentions r =
        new RecordMentions(
            "r",
            List.of(
                new GoldMention(Span.of(0, 5), "A", "Washington,_D.C.", true), // right link: TP
                new GoldMention(Span.of(10, 15), "B", "Airbus", true), // no system link: FN
                new GoldMention(Span.of(20, 25), "C", null, true), // system link, none in gold: FP
                new GoldMention(Span.of(30, 35), "D", "Boeing", false), // nominal: accuracy only
                new GoldMention(Span.of(40, 45), "E", "EADS", true)), // wrong link: FP + FN
            List.of(
                s(Span.of(0, 5), "a", "washington, D.C."),
                s(Span.of(10, 15), "b", null),
                s(Span.of(20, 25), "c", "Paris"),
                s(Span.of(30, 35), "d", "Boeing"),
                s(Span.of(40, 45), "e", "Airbus_Group"),
                s(Span.of(50, 55), "f", "Toulouse"))); // unaligned name with a link: FP
    EntityScores c = score(r);
    assertThat(c.links()).isEqualTo(new Counts(1, 3, 2));
    // Aligned gold mentions with a link: A right, B wrong, D right, E wrong.
    assertThat(c.linkAccuracy()).isEqualTo(new Accuracy(2, 4));
    assertThat(c.systemLinks()).isEqualTo(5);
  }

  @Test
  void withoutSystemLinksLinkPrecisionIsNotAvailable() {
    RecordMentions r =
        new RecordMentions("r", List.of(new GoldMention(Span.of(0, 5), "A", "Airbus", true)), List.of(s(0, "S")));
    EntityScores c = score(r);
    Report report = EntitiesEval.report(c);
    assertThat(report.extra().get("link_precision")).isNaN();
    assertThat(report.extra()).containsEntry("link_recall", 0.0).containsEntry("link_f1", 0.0);
    assertThat(report.extra()).containsEntry("link_accuracy", 0.0);
    assertThat(report.table()).anyMatch(l -> l.contains("the system gives no links"));
  }
}
