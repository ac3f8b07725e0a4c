package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrfTest {

  @Test
  void ordinaryCounts() {
    Prf p = new Counts(3, 1, 2).prf();
    assertThat(p.precision()).isEqualTo(0.75);
    assertThat(p.recall()).isEqualTo(0.6);
    assertThat(p.f1()).isCloseTo(2 * 0.75 * 0.6 / (0.75 + 0.6), within(1e-12));
  }

  @Test
  void nothingOnEitherSideIsNotAvailable() {
    Prf p = Counts.ZERO.prf();
    assertThat(p.precision()).isNaN();
    assertThat(p.recall()).isNaN();
    assertThat(p.f1()).isNaN();
    assertThat(Prf.format(p.f1())).isEqualTo("n/a");
  }

  @Test
  void noSystemOutputHasNoPrecisionButZeroRecallAndF1() {
    Prf p = new Counts(0, 0, 5).prf();
    assertThat(p.precision()).isNaN();
    assertThat(p.recall()).isZero();
    assertThat(p.f1()).isZero();
  }

  @Test
  void noGoldHasNoRecallButZeroPrecisionAndF1() {
    Prf p = new Counts(0, 3, 0).prf();
    assertThat(p.precision()).isZero();
    assertThat(p.recall()).isNaN();
    assertThat(p.f1()).isZero();
  }

  @Test
  void zeroPrecisionAndRecallGiveZeroF1() {
    Prf p = new Counts(0, 2, 2).prf();
    assertThat(p.precision()).isZero();
    assertThat(p.recall()).isZero();
    assertThat(p.f1()).isZero();
  }

  @Test
  void formatUsesThreeDecimalsWhateverTheLocale() {
    assertThat(Prf.format(2.0 / 3)).isEqualTo("0.667");
  }

  @Test
  void ratiosGivenDirectlyFollowTheSameConventions() {
    assertThat(Prf.of(0.5, 1.0).f1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Prf.of(0.0, 0.0).f1()).isZero();
    assertThat(Prf.of(Double.NaN, 0.4).f1()).isZero();
    assertThat(Prf.of(0.4, Double.NaN).f1()).isZero();
    assertThat(Prf.of(Double.NaN, Double.NaN).f1()).isNaN();
  }
}
