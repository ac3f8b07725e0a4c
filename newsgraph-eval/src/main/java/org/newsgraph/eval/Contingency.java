package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How two clusterings of the same mentions overlap: the size of every gold and system cluster,
 * and the non-empty cells n(g, s) = |g ∩ s|. Memory grows with the number of non-empty cells,
 * never with gold clusters × system clusters.
 *
 * @param goldSizes |g| for gold cluster g = 0..G-1
 * @param systemSizes |s| for system cluster s = 0..S-1
 * @param cells the pairs sharing at least one mention, in order of first shared mention
 */
public record Contingency(int[] goldSizes, int[] systemSizes, List<Cell> cells) {

  /** Gold cluster {@code gold} and system cluster {@code system} share {@code count} mentions. */
  public record Cell(int gold, int system, int count) {}

  public Contingency {
    goldSizes = goldSizes.clone();
    systemSizes = systemSizes.clone();
    cells = List.copyOf(cells);
  }

  /**
   * The table of two labelings of mentions 0..n-1: mention i is in gold cluster {@code gold[i]}
   * and system cluster {@code system[i]}. Labels are any ints; equal labels = same cluster.
   */
  public static Contingency of(int[] gold, int[] system) {
    if (gold.length != system.length) {
      throw new IllegalArgumentException(
          "both clusterings must cover the same mentions: " + gold.length + " gold vs " + system.length + " system labels");
    }
    int[] g = dense(gold);
    int[] s = dense(system);
    int[] goldSizes = new int[max(g) + 1];
    int[] systemSizes = new int[max(s) + 1];
    Map<Long, Integer> cellIndex = new HashMap<>();
    List<int[]> counts = new ArrayList<>();
    for (int i = 0; i < g.length; i++) {
      goldSizes[g[i]]++;
      systemSizes[s[i]]++;
      long key = ((long) g[i] << 32) | s[i];
      Integer at = cellIndex.get(key);
      if (at == null) {
        cellIndex.put(key, counts.size());
        counts.add(new int[] {g[i], s[i], 1});
      } else {
        counts.get(at)[2]++;
      }
    }
    List<Cell> cells = counts.stream().map(c -> new Cell(c[0], c[1], c[2])).toList();
    return new Contingency(goldSizes, systemSizes, cells);
  }

  /** Mentions in the table. */
  public int mentions() {
    int n = 0;
    for (int size : goldSizes) {
      n += size;
    }
    return n;
  }

  /** Labels renumbered 0, 1, ... in order of first appearance. */
  private static int[] dense(int[] labels) {
    Map<Integer, Integer> ids = new HashMap<>();
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
    }
    return out;
  }

  private static int max(int[] a) {
    int m = -1;
    for (int v : a) {
      m = Math.max(m, v);
    }
    return m;
  }
}
