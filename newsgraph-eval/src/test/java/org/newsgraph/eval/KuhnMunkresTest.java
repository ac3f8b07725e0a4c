package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KuhnMunkresTest {

  /** Replay a failure with -Dnewsgraph.seed=N, N the seed in the failure message. */
  private static final long SEED = Long.getLong("newsgraph.seed", System.nanoTime());

  /** Small enough for brute force over every assignment (7! = 5040 permutations). */
  private static final int MAX_SIDE = 7;

  private static final int CASES = 300;

  @Test
  void squareMatrix() {
    double[][] w = {{1, 2, 3}, {2, 4, 6}, {3, 6, 9}};
    // Best: 3 + 4 + 3 = 10 (anti-diagonal) vs 1 + 4 + 9 = 14 (diagonal): the diagonal.
    assertThat(KuhnMunkres.maximize(w)).containsExactly(0, 1, 2);
    assertThat(KuhnMunkres.maxWeight(w)).isEqualTo(14.0);
  }

  @Test
  void moreRowsThanColumnsLeavesRowsOut() {
    double[][] w = {{0.1}, {0.9}, {0.5}};
    assertThat(KuhnMunkres.maximize(w)).containsExactly(-1, 0, -1);
  }

  @Test
  void moreColumnsThanRows() {
    double[][] w = {{0.4, 0.75, 0}, {0, 0.4, 0}};
    // Greedy takes 0.75 first and ends at 0.75; the optimum is 0.4 + 0.4.
    assertThat(KuhnMunkres.maximize(w)).containsExactly(0, 1);
    assertThat(KuhnMunkres.maxWeight(w)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void emptyMatrix() {
    assertThat(KuhnMunkres.maximize(new double[0][0])).isEmpty();
    assertThat(KuhnMunkres.maxWeight(new double[0][0])).isZero();
  }

  @Test
  void agreesWithBruteForceOnRandomMatrices() {
    System.out.println("KuhnMunkresTest seed: " + SEED + " (rerun with -Dnewsgraph.seed=" + SEED + ")");
    Random random = new Random(SEED);
    for (int k = 0; k < CASES; k++) {
      int rows = 1 + random.nextInt(MAX_SIDE);
      int cols = 1 + random.nextInt(MAX_SIDE);
      double[][] w = new double[rows][cols];
      for (double[] row : w) {
        for (int j = 0; j < cols; j++) {
          // Many zeros, as in CEAF-e matrices.
          row[j] = random.nextInt(3) == 0 ? random.nextDouble() : 0;
        }
      }
      int[] assignment = KuhnMunkres.maximize(w);
      boolean[] usedCol = new boolean[cols];
      for (int a : assignment) {
        if (a >= 0) {
          assertThat(usedCol[a]).as("column used twice, -Dnewsgraph.seed=%d", SEED).isFalse();
          usedCol[a] = true;
        }
      }
      assertThat(KuhnMunkres.maxWeight(w))
          .as("case %d, -Dnewsgraph.seed=%d", k, SEED)
          .isCloseTo(brute(w, 0, new boolean[cols]), within(1e-9));
    }
  }

  private static double brute(double[][] w, int row, boolean[] used) {
    if (row == w.length) {
      return 0;
    }
    double best = brute(w, row + 1, used); // row left out
    for (int j = 0; j < used.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.max(best, w[row][j] + brute(w, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
