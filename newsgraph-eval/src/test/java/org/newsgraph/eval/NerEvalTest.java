package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.eval.NerEval.LOC;
import static org.newsgraph.eval.NerEval.MISC;
import static org.newsgraph.eval.NerEval.ORG;
import static org.newsgraph.eval.NerEval.PER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class NerEvalTest {

  private static Entity e(int start, int end, String type) {
    return new Entity(Span.of(start, end), type, null);
  }

  // Gold:   PER [0,5)  MISC [10,15)  ORG [20,30)  LOC [40,45)
  // System: PER [0,5)  MISC [10,14)  LOC [20,30)  LOC [41,45)  PER [50,55)
  private static final List<Entity> GOLD =
      List.of(e(0, 5, PER), e(10, 15, MISC), e(20, 30, ORG), e(40, 45, LOC));
  private static final List<Entity> SYSTEM =
      List.of(e(0, 5, PER), e(10, 14, MISC), e(20, 30, LOC), e(41, 45, LOC), e(50, 55, PER));

  @Test
  void allFiguresOfOneRecord() {
    NerCounts c = NerEval.score(GOLD, SYSTEM);
    // Strict typed: only PER [0,5).
    assertThat(c.strict()).isEqualTo(new Counts(1, 4, 3));
    // Relaxed typed: PER, MISC [10,15)~[10,14), LOC [40,45)~[41,45); ORG vs LOC is a type miss.
    assertThat(c.relaxed()).isEqualTo(new Counts(3, 2, 1));
    // Untyped strict: [0,5) and [20,30).
    assertThat(c.untypedStrict()).isEqualTo(new Counts(2, 3, 2));
    // Untyped relaxed: every gold span finds a partner; [50,55) is left over.
    assertThat(c.untypedRelaxed()).isEqualTo(new Counts(4, 1, 0));
    // Headline without MISC: gold PER, ORG, LOC; system PER, LOC, LOC, PER; strict typed.
    assertThat(c.headline()).isEqualTo(new Counts(1, 3, 2));
    assertThat(c.headlineRelaxed()).isEqualTo(new Counts(2, 2, 1));

    assertThat(c.strictByType())
        .containsExactly(
            Map.entry(PER, new Counts(1, 1, 0)),
            Map.entry(ORG, new Counts(0, 0, 1)),
            Map.entry(LOC, new Counts(0, 2, 1)),
            Map.entry(MISC, new Counts(0, 1, 1)));
    assertThat(c.relaxedByType())
        .containsExactly(
            Map.entry(PER, new Counts(1, 1, 0)),
            Map.entry(ORG, new Counts(0, 0, 1)),
            Map.entry(LOC, new Counts(1, 1, 0)),
            Map.entry(MISC, new Counts(1, 0, 0)));
  }

  @Test
  void headlineFigures() {
    Report r = NerEval.report(NerEval.score(GOLD, SYSTEM));
    // TP 1, FP 3, FN 2: P = 1/4, R = 1/3, F1 = 2/7.
    assertThat(r.headline().precision()).isEqualTo(0.25);
    assertThat(r.headline().recall()).isEqualTo(1.0 / 3);
    assertThat(r.headline().f1()).isEqualTo(2.0 / 7);
    // ORG was never predicted: precision n/a, recall and F1 0.
    assertThat(r.extra()).containsEntry("org_f1", 0.0);
    assertThat(r.table()).anyMatch(l -> l.startsWith("ORG strict") && l.contains("n/a"));
  }

  @Test
  void typedTotalsAreTheSumOverTypes() {
    NerCounts c = NerEval.score(GOLD, SYSTEM);
    Counts sum = c.strictByType().values().stream().reduce(Counts.ZERO, Counts::plus);
    assertThat(sum).isEqualTo(c.strict());
    Counts relaxedSum = c.relaxedByType().values().stream().reduce(Counts.ZERO, Counts::plus);
    assertThat(relaxedSum).isEqualTo(c.relaxed());
  }

  @Test
  void miscIsRemovedOnBothSidesForTheHeadline() {
    // A record with MISC only: MISC errors count in the all-types figures, not in the headline.
    NerCounts c = NerEval.score(List.of(e(0, 5, MISC)), List.of(e(10, 15, MISC)));
    assertThat(c.strict()).isEqualTo(new Counts(0, 1, 1));
    assertThat(c.headline()).isEqualTo(Counts.ZERO);
    assertThat(NerEval.report(c).headline().f1()).isNaN();
  }

  @Test
  void aGoldMiscDoesNotPairWithASystemOrgEvenInTheUntypedHeadline() {
    // Gold MISC "Airbus A380" vs system ORG "Airbus": the ORG is an FP for the headline.
    NerCounts c = NerEval.score(List.of(e(0, 11, MISC)), List.of(e(0, 6, ORG)));
    assertThat(c.headline()).isEqualTo(new Counts(0, 1, 0));
    assertThat(c.untypedRelaxed()).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void countsAddUpOverRecords() {
    NerCounts one = NerEval.score(GOLD, SYSTEM);
    NerCounts two = one.plus(NerEval.score(List.of(e(0, 3, PER)), List.of()));
    assertThat(two.strict()).isEqualTo(new Counts(1, 4, 4));
    assertThat(two.strictByType().get(PER)).isEqualTo(new Counts(1, 1, 1));
    assertThat(NerCounts.ZERO.plus(one)).isEqualTo(one);
  }
}
