package org.newsgraph.eval;

import java.time.LocalDate;

/**
 * The outcomes of one date per page (FORMATS.md §3, htmldate's {@code evaluation.py}): gold "no
 * date" and no answer is TN, any answer FP; a gold date and no answer is FN, the same day TP,
 * another day FP (only).
 */
public record DateCounts(long tp, long fp, long fn, long tn) {

  public static final DateCounts ZERO = new DateCounts(0, 0, 0, 0);

  public DateCounts {
    if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn + "/" + tn);
    }
  }

  /** The outcome of one page; either date may be {@code null} (none). */
  public static DateCounts of(LocalDate gold, LocalDate system) {
    if (gold == null) {
      return system == null ? new DateCounts(0, 0, 0, 1) : new DateCounts(0, 1, 0, 0);
    }
    if (system == null) {
      return new DateCounts(0, 0, 1, 0);
    }
    return gold.equals(system) ? new DateCounts(1, 0, 0, 0) : new DateCounts(0, 1, 0, 0);
  }

  public DateCounts plus(DateCounts o) {
    return new DateCounts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
  }

  public long pages() {
    return tp + fp + fn + tn;
  }

  /** P = TP/(TP+FP), R = TP/(TP+FN), F = 2TP/(2TP+FP+FN). */
  public Prf prf() {
    return new Counts(tp, fp, fn).prf();
  }

  /** (TP+TN) / pages. */
  public Accuracy accuracy() {
    return new Accuracy(tp + tn, pages());
  }
}
