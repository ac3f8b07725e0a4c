package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.eval.Alignment.Pair;

/**
 * One-to-one matching of system to gold attributions by their content words (FORMATS.md §7).
 *
 * <p>C(a) is the set of word tokens overlapping a's content pieces. A pair is a candidate when
 * the Jaccard ratio |C(s) ∩ C(g)| / |C(s) ∪ C(g)| is at least {@link #MIN_JACCARD}. Candidates
 * are taken by ratio (highest first, compared as exact fractions), then gold content start,
 * then system content start, then list indices; a pair is accepted when neither member is used.
 * Content without any word token matches nothing.
 */
public final class QuoteMatching {

  /**
   * FORMATS.md §7: at least half of the words either side has must be shared, so a quote cut
   * at a different clause boundary still matches but one of two quotes merged into one does not
   * match both.
   */
  public static final double MIN_JACCARD = 0.5;

  private record Candidate(
      int gold, int system, int shared, int union, int goldStart, int systemStart) {}

  /** Ratio shared/union descending, compared by cross-multiplication (no rounding ties). */
  private static final Comparator<Candidate> ORDER =
      ((Comparator<Candidate>)
              (a, b) -> Long.compare((long) b.shared() * a.union(), (long) a.shared() * b.union()))
          .thenComparingInt(Candidate::goldStart)
          .thenComparingInt(Candidate::systemStart)
          .thenComparingInt(Candidate::gold)
          .thenComparingInt(Candidate::system);

  private QuoteMatching() {}

  /** The content words C(a) of an attribution. */
  public static BitSet contentWords(Attribution a, WordTokens tokens) {
    BitSet words = new BitSet(tokens.size());
    a.content().forEach(p -> tokens.addOverlapping(p, words));
    return words;
  }

  /** The accepted (gold, system) pairs, in acceptance order. */
  public static List<Pair> match(List<Attribution> gold, List<Attribution> system, WordTokens tokens) {
    List<BitSet> g = gold.stream().map(a -> contentWords(a, tokens)).toList();
    List<BitSet> s = system.stream().map(a -> contentWords(a, tokens)).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < g.size(); gi++) {
      for (int si = 0; si < s.size(); si++) {
        BitSet shared = (BitSet) g.get(gi).clone();
        shared.and(s.get(si));
        int inter = shared.cardinality();
        int union = g.get(gi).cardinality() + s.get(si).cardinality() - inter;
        if (union > 0 && inter >= MIN_JACCARD * union) {
          candidates.add(
              new Candidate(
                  gi, si, inter, union, gold.get(gi).contentStart(), system.get(si).contentStart()));
        }
      }
    }
    candidates.sort(ORDER);
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] systemUsed = new boolean[system.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.gold()] && !systemUsed[c.system()]) {
        goldUsed[c.gold()] = true;
        systemUsed[c.system()] = true;
        pairs.add(new Pair(c.gold(), c.system()));
      }
    }
    return pairs;
  }
}
