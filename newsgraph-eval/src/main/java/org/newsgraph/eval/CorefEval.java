package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Contingency.Cell;

/**
 * Coreference metrics over two clusterings of the same mentions (FORMATS.md §11): MUC, B³ and
 * CEAF-e, as pure functions of their {@link Contingency} table.
 */
public final class CorefEval {

  private CorefEval() {}

  /** All three metrics for mention labelings {@code gold[i]}, {@code system[i]}. */
  public static CorefScores score(int[] gold, int[] system) {
    Contingency c = Contingency.of(gold, system);
    return new CorefScores(muc(c), bCubed(c), ceafE(c));
  }

  /**
   * MUC (Vilain et al. 1995): R = Σ_g (|g| − p(g)) / Σ_g (|g| − 1), p(g) = the number of system
   * clusters g's mentions fall into; P the same with the roles swapped. n/a when a side has only
   * singletons (no links).
   */
  public static Prf muc(Contingency c) {
    int[] partsOfGold = new int[c.goldSizes().length];
    int[] partsOfSystem = new int[c.systemSizes().length];
    for (Cell cell : c.cells()) {
      partsOfGold[cell.gold()]++;
      partsOfSystem[cell.system()]++;
    }
    return Prf.of(mucRatio(c.systemSizes(), partsOfSystem), mucRatio(c.goldSizes(), partsOfGold));
  }

  private static double mucRatio(int[] sizes, int[] parts) {
    long num = 0;
    long den = 0;
    for (int k = 0; k < sizes.length; k++) {
      num += sizes[k] - parts[k];
      den += sizes[k] - 1;
    }
    return Prf.ratio(num, den);
  }

  /**
   * B³ (Bagga and Baldwin 1998): P = mean over mentions m of |S(m) ∩ G(m)| / |S(m)|, R the same
   * over |G(m)|. Each of the n(g, s) mentions of a cell contributes n(g, s) / |s| to P.
   */
  public static Prf bCubed(Contingency c) {
    int n = c.mentions();
    double p = 0;
    double r = 0;
    for (Cell cell : c.cells()) {
      double shared = cell.count();
      p += shared * shared / c.systemSizes()[cell.system()];
      r += shared * shared / c.goldSizes()[cell.gold()];
    }
    return n == 0 ? Prf.of(Double.NaN, Double.NaN) : Prf.of(p / n, r / n);
  }

  /**
   * CEAF-e (Luo 2005, φ4): φ(g, s) = 2|g ∩ s| / (|g| + |s|); the one-to-one cluster alignment
   * that maximises Σφ (Kuhn–Munkres); P = Σφ / system clusters, R = Σφ / gold clusters.
   *
   * <p>φ is zero for clusters that share no mention, so the optimum is the sum of the optima of
   * the connected components of the graph of cells: each is solved on its own small matrix.
   */
  public static Prf ceafE(Contingency c) {
    double total = 0;
    for (List<Cell> component : components(c)) {
      total += bestAlignment(c, component);
    }
    return Prf.of(
        Prf.ratio(1, c.systemSizes().length) * total, Prf.ratio(1, c.goldSizes().length) * total);
  }

  /** The largest Σφ over one component's cells. */
  private static double bestAlignment(Contingency c, List<Cell> cells) {
    Map<Integer, Integer> rows = new HashMap<>();
    Map<Integer, Integer> cols = new HashMap<>();
    for (Cell cell : cells) {
      rows.putIfAbsent(cell.gold(), rows.size());
      cols.putIfAbsent(cell.system(), cols.size());
    }
    double[][] phi = new double[rows.size()][cols.size()];
    for (Cell cell : cells) {
      phi[rows.get(cell.gold())][cols.get(cell.system())] =
          2.0 * cell.count() / (c.goldSizes()[cell.gold()] + c.systemSizes()[cell.system()]);
    }
    return KuhnMunkres.maxWeight(phi);
  }

  /** The cells grouped by connected component (gold and system clusters as nodes). */
  static List<List<Cell>> components(Contingency c) {
    int goldCount = c.goldSizes().length;
    int[] parent = new int[goldCount + c.systemSizes().length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (Cell cell : c.cells()) {
      int a = find(parent, cell.gold());
      int b = find(parent, goldCount + cell.system());
      if (a != b) {
        parent[a] = b;
      }
    }
    Map<Integer, List<Cell>> byRoot = new HashMap<>();
    List<List<Cell>> out = new ArrayList<>();
    for (Cell cell : c.cells()) {
      byRoot
          .computeIfAbsent(
              find(parent, cell.gold()),
              k -> {
                List<Cell> list = new ArrayList<>();
                out.add(list);
                return list;
              })
          .add(cell);
    }
    return out;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
