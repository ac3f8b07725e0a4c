package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.newsgraph.model.Span;
import org.newsgraph.model.Spanned;

/**
 * One-to-one alignment of gold and system spans (FORMATS.md §1).
 *
 * <p>Candidates are the (gold, system) pairs that match — same start and end for strict, at
 * least one shared code unit for relaxed — and that a caller's predicate accepts (same type, for
 * typed metrics). They are taken by overlap length (longest first), then gold start, then system
 * start, and a pair is accepted when neither member is already used. The list indices break any
 * remaining tie, so the result never depends on hash or sort stability.
 */
public final class Alignment {

  /** An accepted pair: indices into the gold and the system list. */
  public record Pair(int gold, int system) {}

  /** How spans must relate to be candidates. */
  public enum Mode {
    /** Same start and same end. */
    STRICT,
    /** At least one shared UTF-16 code unit. */
    RELAXED;

    boolean matches(Span g, Span s) {
      return switch (this) {
        case STRICT -> g.start() == s.start() && g.end() == s.end();
        case RELAXED -> g.overlapLength(s) > 0;
      };
    }
  }

  private record Candidate(int gold, int system, int overlap, int goldStart, int systemStart) {}

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::overlap)
          .reversed()
          .thenComparingInt(Candidate::goldStart)
          .thenComparingInt(Candidate::systemStart)
          .thenComparingInt(Candidate::gold)
          .thenComparingInt(Candidate::system);

  private Alignment() {}

  /** Aligns without a type condition. */
  public static <T extends Spanned> List<Pair> align(List<T> gold, List<T> system, Mode mode) {
    return align(gold, system, mode, (g, s) -> true);
  }

  /**
   * Aligns the pairs that match by {@code mode} and that {@code compatible} accepts; the pairs
   * come back in acceptance order.
   */
  public static <T extends Spanned> List<Pair> align(
      List<T> gold, List<T> system, Mode mode, BiPredicate<? super T, ? super T> compatible) {
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      Span g = gold.get(gi).span();
      for (int si = 0; si < system.size(); si++) {
        Span s = system.get(si).span();
        if (mode.matches(g, s) && compatible.test(gold.get(gi), system.get(si))) {
          candidates.add(new Candidate(gi, si, g.overlapLength(s), g.start(), s.start()));
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

  /** TP/FP/FN of the untyped alignment. */
  public static <T extends Spanned> Counts count(List<T> gold, List<T> system, Mode mode) {
    return count(gold, system, mode, (g, s) -> true);
  }

  /** TP/FP/FN of the alignment: accepted pairs are TP, unaligned system FP, unaligned gold FN. */
  public static <T extends Spanned> Counts count(
      List<T> gold, List<T> system, Mode mode, BiPredicate<? super T, ? super T> compatible) {
    return Counts.ofAlignment(gold.size(), system.size(), align(gold, system, mode, compatible).size());
  }
}
