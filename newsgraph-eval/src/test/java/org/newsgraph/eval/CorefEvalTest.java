package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MUC, B³ and CEAF-e on small clusterings worked out by hand. */
class CorefEvalTest {

  private static final double EPS = 1e-12;

  /**
   * Labels for mentions written as letters: {@code labels("abc de", "abcde")} puts a, b, c in
   * cluster 0 and d, e in cluster 1, in the mention order of the second argument.
   */
  private static int[] labels(String clusters, String mentions) {
    Map<Character, Integer> of = new HashMap<>();
    int cluster = 0;
    for (char ch : clusters.toCharArray()) {
      if (ch == ' ') {
        cluster++;
      } else {
        of.put(ch, cluster);
      }
    }
    int[] out = new int[mentions.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = of.get(mentions.charAt(i));
    }
    return out;
  }

  private static CorefScores score(String gold, String system, String mentions) {
    return CorefEval.score(labels(gold, mentions), labels(system, mentions));
  }

  private static void assertPrf(Prf p, double precision, double recall, double f1) {
    assertThat(p.precision()).as("precision").isCloseTo(precision, within(EPS));
    assertThat(p.recall()).as("recall").isCloseTo(recall, within(EPS));
    assertThat(p.f1()).as("f1").isCloseTo(f1, within(EPS));
  }

  @Test
  void textbookSplitAndMerge() {
    // Gold {a,b,c} {d,e}; system {a,b} {c,d,e}.
    CorefScores s = score("abc de", "ab cde", "abcde");
    // MUC R: {a,b,c} falls into 2 system clusters (3-2) + {d,e} into 1 (2-1) = 2 of 2+1 links.
    // MUC P: {a,b} in 1 gold cluster (2-1) + {c,d,e} in 2 (3-2) = 2 of 1+2.
    assertPrf(s.muc(), 2.0 / 3, 2.0 / 3, 2.0 / 3);
    // B³ P: a, b 2/2; c 1/3; d, e 2/3 -> 11/15. R: a, b 2/3; c 1/3; d, e 2/2 -> 11/15.
    assertPrf(s.bCubed(), 11.0 / 15, 11.0 / 15, 11.0 / 15);
    // CEAF-e: phi(abc,ab) = 4/5, phi(de,cde) = 4/5 (best), phi(abc,cde) = 1/3; 8/5 over 2 and 2.
    assertPrf(s.ceafE(), 0.8, 0.8, 0.8);
    // CoNLL = (10/15 + 11/15 + 12/15) / 3.
    assertThat(s.conll().f1()).isCloseTo(11.0 / 15, within(EPS));
  }

  @Test
  void baggaBaldwinMergingTwoEntities() {
    // Bagga & Baldwin (1998): gold {1..5} {6,7} {8,9,A,B,C}; system {1..5} {6,7,8,9,A,B,C}.
    CorefScores s = score("12345 67 89ABC", "12345 6789ABC", "123456789ABC");
    // MUC: recall 9/9, precision 9/10 (the merged cluster of 7 has 6 links, 5 of them right).
    assertPrf(s.muc(), 0.9, 1.0, 2 * 0.9 / 1.9);
    // B³ precision: 5 x 1 + 2 x 2/7 + 5 x 5/7 = 64/7 over 12 mentions = 16/21 (their 76%).
    assertPrf(s.bCubed(), 16.0 / 21, 1.0, 2 * (16.0 / 21) / (16.0 / 21 + 1));
    // CEAF-e: phi(12345,12345) = 1, phi(89ABC, merged) = 10/12; {6,7} is left out.
    double phi = 1 + 10.0 / 12;
    assertPrf(s.ceafE(), phi / 2, phi / 3, 2 * (phi / 2) * (phi / 3) / (phi / 2 + phi / 3));
  }

  @Test
  void identicalClusteringsScoreOne() {
    CorefScores s = score("abc de f", "f de abc", "abcdef");
    assertPrf(s.muc(), 1, 1, 1);
    assertPrf(s.bCubed(), 1, 1, 1);
    assertPrf(s.ceafE(), 1, 1, 1);
  }

  @Test
  void allSingletonsAgainstOneGoldCluster() {
    // What an evaluation sees when the system finds no mention at all: each gold mention is a
    // singleton on the system side.
    CorefScores s = score("abc", "a b c", "abc");
    // MUC: no system links -> precision n/a; 0 of 2 gold links; F1 0.
    assertThat(s.muc().precision()).isNaN();
    assertThat(s.muc().recall()).isZero();
    assertThat(s.muc().f1()).isZero();
    // B³: every singleton is pure (P 1) and holds 1/3 of its entity (R 1/3).
    assertPrf(s.bCubed(), 1, 1.0 / 3, 0.5);
    // CEAF-e: one singleton aligns with {a,b,c}: phi = 2/4; P = 1/2 / 3, R = 1/2 / 1.
    assertPrf(s.ceafE(), 1.0 / 6, 0.5, 0.25);
  }

  @Test
  void singletonsMergedBySystem() {
    // Gold {a} {b}; system {a,b}. No gold links: MUC recall n/a, precision 0 of 1.
    CorefScores s = score("a b", "ab", "ab");
    assertThat(s.muc().recall()).isNaN();
    assertThat(s.muc().precision()).isZero();
    assertThat(s.muc().f1()).isZero();
    assertPrf(s.bCubed(), 0.5, 1, 2.0 / 3);
    // phi({a},{a,b}) = 2/3, one system cluster, two gold clusters.
    assertPrf(s.ceafE(), 2.0 / 3, 1.0 / 3, 4.0 / 9);
  }

  @Test
  void onlySingletonsOnBothSidesHaveNoMucButPerfectB3AndCeaf() {
    CorefScores s = score("a b", "a b", "ab");
    assertThat(s.muc().f1()).isNaN();
    assertPrf(s.bCubed(), 1, 1, 1);
    assertPrf(s.ceafE(), 1, 1, 1);
    assertThat(s.conll().f1()).isNaN();
  }

  @Test
  void noMentionsAtAll() {
    CorefScores s = CorefEval.score(new int[0], new int[0]);
    assertThat(s.bCubed().f1()).isNaN();
    assertThat(s.ceafE().f1()).isNaN();
  }

  @Test
  void ceafNeedsTheOptimumNotTheGreedyAlignment() {
    // Gold {a,b,c,d} {e}; system {a,b,c,e} {d}. phi(abcd, abce) = 6/8 is the largest cell, but
    // taking it leaves {e} with {d} (phi 0): 0.75. The optimum pairs abcd-d (2/5) and e-abce
    // (2/5): 0.8.
    CorefScores s = score("abcd e", "abce d", "abcde");
    assertPrf(s.ceafE(), 0.4, 0.4, 0.4);
  }

  @Test
  void componentsAreTheConnectedClusterGroups() {
    Contingency c = Contingency.of(labels("ab cd e", "abcde"), labels("a b cd e", "abcde"));
    // {ab} with {a},{b}; {cd} with {cd}; {e} with {e}.
    assertThat(CorefEval.components(c)).hasSize(3);
    assertThat(c.mentions()).isEqualTo(5);
    assertThat(c.cells()).hasSize(4);
  }
}
