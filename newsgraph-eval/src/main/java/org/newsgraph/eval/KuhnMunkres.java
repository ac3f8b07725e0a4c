package org.newsgraph.eval;

import java.util.Arrays;

/**
 * Maximum-weight one-to-one assignment (Kuhn–Munkres, the Hungarian method with potentials),
 * exact up to floating-point rounding. O(r² c) time for r ≤ c, O(r c) memory; callers keep the
 * matrices small (CEAF-e solves one connected component at a time).
 */
public final class KuhnMunkres {

  private KuhnMunkres() {}

  /**
   * For each row, the column it is assigned to, or -1 when there are more rows than columns and
   * the row is left out. The sum of the weights of the assigned cells is the largest possible.
   *
   * @param weight a rectangular matrix of finite weights (rows × columns)
   */
  public static int[] maximize(double[][] weight) {
    int rows = weight.length;
    int cols = rows == 0 ? 0 : weight[0].length;
    for (double[] row : weight) {
      if (row.length != cols) {
        throw new IllegalArgumentException("the weight matrix must be rectangular");
      }
    }
    if (rows <= cols) {
      return solve(weight, rows, cols, false);
    }
    // More rows than columns: solve the transpose, then read the assignment back.
    int[] colToRow = solve(weight, cols, rows, true);
    int[] rowToCol = new int[rows];
    Arrays.fill(rowToCol, -1);
    for (int c = 0; c < cols; c++) {
      rowToCol[colToRow[c]] = c;
    }
    return rowToCol;
  }

  /** The largest total weight of a one-to-one assignment. */
  public static double maxWeight(double[][] weight) {
    int[] assignment = maximize(weight);
    double sum = 0;
    for (int r = 0; r < assignment.length; r++) {
      if (assignment[r] >= 0) {
        sum += weight[r][assignment[r]];
      }
    }
    return sum;
  }

  /**
   * Minimises the cost -weight over n rows and m ≥ n columns (1-based potentials u, v; p[j] =
   * the row assigned to column j). With {@code transposed}, row i is {@code weight[.][i]}.
   */
  private static int[] solve(double[][] weight, int n, int m, boolean transposed) {
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    double[] minv = new double[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = -1;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cost = -(transposed ? weight[j - 1][i0 - 1] : weight[i0 - 1][j - 1]);
            double cur = cost - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] rowToCol = new int[n];
    Arrays.fill(rowToCol, -1);
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        rowToCol[p[j] - 1] = j - 1;
      }
    }
    return rowToCol;
  }
}
