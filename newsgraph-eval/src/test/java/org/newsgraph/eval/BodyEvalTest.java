package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two body metrics of FORMATS.md §2 on inputs small enough to count by hand. */
class BodyEvalTest {

  private static final double EPS = 1e-9;

  @Test
  void shinglesAreFourTokenWindowsOrOneShortShingle() {
    assertThat(BodyEval.shingles(BodyEval.tokens("a b, c d e")))
        .isEqualTo(Map.of(List.of("a", "b", "c", "d"), 1, List.of("b", "c", "d", "e"), 1));
    assertThat(BodyEval.shingles(BodyEval.tokens("Zwei Wörter"))).isEqualTo(Map.of(List.of("Zwei", "Wörter"), 1));
    assertThat(BodyEval.shingles(BodyEval.tokens(" ... "))).isEmpty();
    // a multiset: five equal tokens give the same shingle twice
    assertThat(BodyEval.shingles(BodyEval.tokens("a a a a a"))).isEqualTo(Map.of(List.of("a", "a", "a", "a"), 2));
  }

  @Test
  void onePageIsNormalisedByItsShingleCount() {
    // gold {abcd, bcde}, system {abcd, bcdx}: TP 1, FP 1, FN 1, each divided by 3
    BodyEval.Page p = BodyEval.page("a b c d e", "a b c d x");
    assertThat(p.tp()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(p.fp()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(p.fn()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(p.precision()).isCloseTo(0.5, within(EPS));
    assertThat(p.recall()).isCloseTo(0.5, within(EPS));
    assertThat(p.exact()).isFalse();

    // gold aaaa x2, system aaaa x1: TP 1, FN 1 -> P 1, R 0.5
    BodyEval.Page q = BodyEval.page("a a a a a", "a a a a");
    assertThat(q.precision()).isEqualTo(1.0);
    assertThat(q.recall()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void emptyTextsFollowTheBenchmarkRules() {
    BodyEval.Page none = BodyEval.page("", "");
    assertThat(none.countsForPrecision()).isFalse();
    assertThat(none.countsForRecall()).isFalse();
    assertThat(none.exact()).isTrue();
    assertThat(none.precision()).isEqualTo(1.0); // FP = FN = 0

    BodyEval.Page missed = BodyEval.page("one two", "");
    assertThat(missed.countsForPrecision()).isFalse();
    assertThat(missed.countsForRecall()).isTrue();
    assertThat(missed.recall()).isEqualTo(0.0);

    BodyEval.Page extra = BodyEval.page("", "menu home");
    assertThat(extra.countsForPrecision()).isTrue();
    assertThat(extra.precision()).isEqualTo(0.0);
    assertThat(extra.countsForRecall()).isFalse();
  }

  @Test
  void precisionAndRecallAreMeansOverThePagesThatCount() {
    List<BodyEval.Page> pages =
        List.of(
            BodyEval.page("a b c d e", "a b c d x"), // P 0.5, R 0.5
            BodyEval.page("one two", ""), // no precision, R 0
            BodyEval.page("x y z w", "x  y\nz w")); // P 1, R 1, exact
    BodyEval.Shingles s = BodyEval.over(pages);
    assertThat(s.prf().precision()).isCloseTo(0.75, within(EPS)); // (0.5 + 1) / 2
    assertThat(s.prf().recall()).isCloseTo(0.5, within(EPS)); // (0.5 + 0 + 1) / 3
    assertThat(s.prf().f1()).isCloseTo(0.6, within(EPS)); // 2 * 0.75 * 0.5 / 1.25
    assertThat(s.accuracy()).isCloseTo(1 / 3.0, within(EPS));
  }

  @Test
  void bootstrapSpreadIsRepeatableAndZeroOnIdenticalPages() {
    List<BodyEval.Page> same = List.of(BodyEval.page("a b c d", "a b c d"), BodyEval.page("a b c d", "a b c d"));
    BodyEval.ShingleReport r = BodyEval.shingleReport(same, 200, 1);
    assertThat(r.sd().prf().f1()).isEqualTo(0.0);
    assertThat(r.sd().accuracy()).isEqualTo(0.0);

    List<BodyEval.Page> mixed =
        List.of(BodyEval.page("a b c d e", "a b c d x"), BodyEval.page("one two", ""), BodyEval.page("x y z w", "x y z w"));
    BodyEval.ShingleReport a = BodyEval.shingleReport(mixed, 300, 7);
    BodyEval.ShingleReport b = BodyEval.shingleReport(mixed, 300, 7);
    assertThat(a).isEqualTo(b);
    assertThat(a.sd().prf().f1()).isGreaterThan(0.0);
    assertThat(a.value()).isEqualTo(BodyEval.over(mixed));
  }

  @Test
  void sampleStandardDeviationLeavesNotAvailableOut() {
    // mean 2.5, squares 2.25 + 0.25 + 0.25 + 2.25 = 5, / (4 - 1)
    assertThat(BodyEval.sd(new double[] {1, 2, 3, 4, Double.NaN})).isCloseTo(Math.sqrt(5 / 3.0), within(EPS));
    assertThat(BodyEval.sd(new double[] {1})).isNaN();
  }

  @Test
  void snippetsAreFoundAfterWhiteSpaceIsSqueezed() {
    String text = "Die  GEMA\ndreht völlig\n\nMenü\u00a0Start";
    BodyEval.Snippets s =
        BodyEval.snippets(List.of("Die GEMA dreht", "nicht da"), List.of("Impressum", "Menü  Start"), text);
    assertThat(s).isEqualTo(new BodyEval.Snippets(1, 1, 1, 1));
    assertThat(s.prf().precision()).isCloseTo(0.5, within(EPS));
    assertThat(s.accuracy()).isCloseTo(0.5, within(EPS));

    // a failed page: every 'with' is missed, every 'without' rightly absent
    BodyEval.Snippets failed = BodyEval.snippets(List.of("x"), List.of("y"), "");
    assertThat(failed).isEqualTo(new BodyEval.Snippets(0, 0, 1, 1));

    BodyEval.Snippets sum = s.plus(failed); // TP 1, FP 1, FN 2, TN 2
    assertThat(sum.prf().precision()).isCloseTo(0.5, within(EPS));
    assertThat(sum.prf().recall()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(sum.prf().f1()).isCloseTo(0.4, within(EPS)); // 2 / (2 + 1 + 2)
    assertThat(sum.accuracy()).isCloseTo(0.5, within(EPS)); // 3 / 6
  }
}
