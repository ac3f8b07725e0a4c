package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeAndReversedSpans() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(3, 2)).hasMessageContaining("[3, 2)");
  }

  @Test
  void overlapIsSharingAtLeastOneCodeUnit() {
    assertThat(Span.of(0, 3).overlaps(Span.of(3, 5))).isFalse();
    assertThat(Span.of(0, 4).overlaps(Span.of(3, 5))).isTrue();
    assertThat(Span.of(0, 4).overlapLength(Span.of(2, 9))).isEqualTo(2);
    assertThat(Span.of(2, 2).overlaps(Span.of(0, 5))).isFalse();
  }

  @Test
  void surfaceIsTheCoveredSubstring() {
    assertThat(Span.of(4, 9).in("The quick fox")).isEqualTo("quick");
    assertThatThrownBy(() -> Span.of(4, 20).in("short")).hasMessageContaining("ends after the text");
  }

  @Test
  void ordersByStartThenEnd() {
    assertThat(Span.of(1, 5)).isLessThan(Span.of(2, 3));
    assertThat(Span.of(1, 3)).isLessThan(Span.of(1, 5));
  }

  @Test
  void countsUtf16CodeUnits() {
    String text = "a\uD83D\uDE00b"; // an emoji counts 2
    assertThat(Span.of(3, 4).in(text)).isEqualTo("b");
  }
}
