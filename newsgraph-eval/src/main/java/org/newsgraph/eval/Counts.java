package org.newsgraph.eval;

/**
 * True positives, false positives and false negatives of one comparison, summed over records
 * for micro averages (FORMATS.md §1).
 */
public record Counts(long tp, long fp, long fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** The counts of a one-to-one alignment of {@code matched} pairs between two lists. */
  public static Counts ofAlignment(int gold, int system, int matched) {
    if (matched > gold || matched > system) {
      throw new IllegalArgumentException(
          matched + " matches between " + gold + " gold and " + system + " system items");
    }
    return new Counts(matched, system - matched, gold - matched);
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** Items on the gold side: TP + FN. */
  public long gold() {
    return tp + fn;
  }

  /** Items on the system side: TP + FP. */
  public long system() {
    return tp + fp;
  }

  public Prf prf() {
    return Prf.of(this);
  }
}
