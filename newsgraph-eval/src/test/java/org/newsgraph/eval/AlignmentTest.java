package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Alignment.Mode;
import org.newsgraph.eval.Alignment.Pair;
import org.newsgraph.model.Span;

class AlignmentTest {

  private static Entity e(int start, int end) {
    return new Entity(Span.of(start, end), NerEval.PER, null);
  }

  private static Entity e(int start, int end, String type) {
    return new Entity(Span.of(start, end), type, null);
  }

  @Test
  void equalOverlapsGoToTheEarlierSystemStart() {
    // Gold [0,10) overlaps [5,15) and [0,5) by 5 each: the system span starting first wins.
    List<Entity> gold = List.of(e(0, 10));
    List<Entity> system = List.of(e(5, 15), e(0, 5));
    assertThat(Alignment.align(gold, system, Mode.RELAXED)).containsExactly(new Pair(0, 1));
  }

  @Test
  void equalOverlapsGoToTheEarlierGoldStart() {
    // System [2,8) overlaps gold [0,4) and [6,10) by 2 each: the gold span starting first wins.
    List<Entity> gold = List.of(e(6, 10), e(0, 4));
    List<Entity> system = List.of(e(2, 8));
    assertThat(Alignment.align(gold, system, Mode.RELAXED)).containsExactly(new Pair(1, 0));
  }

  @Test
  void longestOverlapFirst() {
    // System [5,20) overlaps gold [0,10) by 5 and [10,20) by 10.
    List<Entity> gold = List.of(e(0, 10), e(10, 20));
    List<Entity> system = List.of(e(5, 20));
    assertThat(Alignment.align(gold, system, Mode.RELAXED)).containsExactly(new Pair(1, 0));
  }

  @Test
  void greedyByOverlapNotMaximumMatching() {
    // S0 [2,14) overlaps G0 [0,10) by 8 and G1 [10,14) by 4; S1 [0,3) overlaps G0 by 3.
    // Greedy takes (G0,S0) first, after which neither G1 nor S1 has a free partner: 1 TP, though
    // a maximum matching would find 2. FORMATS.md defines the greedy order.
    List<Entity> gold = List.of(e(0, 10), e(10, 14));
    List<Entity> system = List.of(e(2, 14), e(0, 3));
    assertThat(Alignment.align(gold, system, Mode.RELAXED)).containsExactly(new Pair(0, 0));
    assertThat(Alignment.count(gold, system, Mode.RELAXED, (a, b) -> true))
        .isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertThat(Alignment.align(List.of(e(0, 5)), List.of(e(5, 10)), Mode.RELAXED)).isEmpty();
  }

  @Test
  void strictNeedsSameStartAndEnd() {
    List<Entity> gold = List.of(e(0, 5), e(10, 15));
    List<Entity> system = List.of(e(0, 5), e(10, 14));
    assertThat(Alignment.align(gold, system, Mode.STRICT)).containsExactly(new Pair(0, 0));
  }

  @Test
  void eachSpanIsUsedOnce() {
    // Two identical system spans for one gold span: one TP, one FP.
    List<Entity> gold = List.of(e(0, 5));
    List<Entity> system = List.of(e(0, 5), e(0, 5));
    assertThat(Alignment.count(gold, system, Mode.STRICT, (a, b) -> true)).isEqualTo(new Counts(1, 1, 0));
  }

  @Test
  void typedAlignmentSkipsOtherTypes() {
    // The ORG system span overlaps the gold more, but only the PER one may pair with gold PER.
    List<Entity> gold = List.of(e(0, 10, NerEval.PER));
    List<Entity> system = List.of(e(0, 10, NerEval.ORG), e(0, 4, NerEval.PER));
    assertThat(Alignment.align(gold, system, Mode.RELAXED, Entity::sameType)).containsExactly(new Pair(0, 1));
  }

  @Test
  void emptySides() {
    assertThat(Alignment.count(List.<Entity>of(), List.of(e(0, 1)), Mode.RELAXED, (a, b) -> true))
        .isEqualTo(new Counts(0, 1, 0));
    assertThat(Alignment.count(List.of(e(0, 1)), List.<Entity>of(), Mode.RELAXED, (a, b) -> true))
        .isEqualTo(new Counts(0, 0, 1));
  }
}
