package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class TimexEvalTest {

  private static Timex t(int start, int end, String type, String value) {
    return new Timex(Span.of(start, end), type, value);
  }

  // Gold:   [0,10) DATE 2008-03-01   [20,26) DURATION P1Y   [30,35) DATE 2008-03-06
  // System: [0,10) DATE 2008-03-01   [18,26) SET P1Y        [30,35) TIME XXXX-03-06   [40,45) DATE 2008
  private static final List<Timex> GOLD =
      List.of(t(0, 10, "DATE", "2008-03-01"), t(20, 26, "DURATION", "P1Y"), t(30, 35, "DATE", "2008-03-06"));
  private static final List<Timex> SYSTEM =
      List.of(
          t(0, 10, "DATE", "2008-03-01"),
          t(18, 26, "SET", "P1Y"),
          t(30, 35, "TIME", "XXXX-03-06"),
          t(40, 45, "DATE", "2008"));

  @Test
  void spanValueAndTypeCounts() {
    TimexCounts c = TimexEval.score(GOLD, SYSTEM);
    assertThat(c.strict()).isEqualTo(new Counts(2, 2, 1));
    assertThat(c.relaxed()).isEqualTo(new Counts(3, 1, 0));
    // Same value on pairs 1 and 2; same type on pair 1 only.
    assertThat(c.value()).isEqualTo(new Counts(2, 2, 1));
    assertThat(c.type()).isEqualTo(new Counts(1, 3, 2));
    assertThat(c.valueByType())
        .containsExactly(
            Map.entry("DATE", new Accuracy(1, 2)),
            Map.entry("TIME", Accuracy.ZERO),
            Map.entry("DURATION", new Accuracy(1, 1)),
            Map.entry("SET", Accuracy.ZERO));
  }

  @Test
  void valueF1IsRelaxedF1TimesValueAccuracy() {
    Report r = TimexEval.report(TimexEval.score(GOLD, SYSTEM));
    // Relaxed: P 3/4, R 1, F1 6/7 (the headline).
    assertThat(r.headline()).isEqualTo(new Prf(0.75, 1.0, 6.0 / 7));
    // Value: P_v = 2/4, R_v = 2/3, F1_v = 4/7 = 6/7 x 2/3.
    assertThat(r.extra().get("value_precision")).isEqualTo(0.5);
    assertThat(r.extra().get("value_recall")).isEqualTo(2.0 / 3);
    assertThat(r.extra().get("value_f1")).isEqualTo(4.0 / 7);
    assertThat(r.extra().get("value_f1")).isCloseTo(6.0 / 7 * 2.0 / 3, within(1e-12));
    assertThat(r.extra().get("type_f1")).isEqualTo(2.0 / 7);
    assertThat(r.extra().get("strict_f1")).isEqualTo(4.0 / 7);
    assertThat(r.extra().get("value_accuracy_time")).isNaN();
  }

  @Test
  void noSystemOutput() {
    Report r = TimexEval.report(TimexEval.score(GOLD, List.of()));
    assertThat(r.headline().precision()).isNaN();
    assertThat(r.headline().recall()).isZero();
    assertThat(r.headline().f1()).isZero();
    assertThat(r.extra().get("value_accuracy")).isNaN();
  }
}
