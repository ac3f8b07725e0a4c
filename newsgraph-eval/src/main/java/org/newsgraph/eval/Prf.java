package org.newsgraph.eval;

import java.util.Locale;

/**
 * Precision, recall and F1. A value whose denominator is zero is "n/a" (FORMATS.md §1), held as
 * {@link Double#NaN}, printed as {@code n/a} and written to JSON as {@code null}.
 */
public record Prf(double precision, double recall, double f1) {

  /** Printed for a value with a zero denominator. */
  public static final String NOT_AVAILABLE = "n/a";

  /**
   * P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN).
   *
   * <p>The F1 formula equals 2PR/(P+R) whenever P and R are both defined (and gives 0 when
   * P+R = 0, as FORMATS.md asks). It also gives 0, not n/a, when only one of P and R is n/a:
   * a system that returns nothing while the gold has items scores 0, and so does one that
   * returns items where the gold has none. F1 is n/a only when both sides are empty.
   */
  public static Prf of(Counts c) {
    return new Prf(
        ratio(c.tp(), c.tp() + c.fp()),
        ratio(c.tp(), c.tp() + c.fn()),
        ratio(2 * c.tp(), 2 * c.tp() + c.fp() + c.fn()));
  }

  /**
   * P and R computed elsewhere (MUC, B³, CEAF-e have their own denominators), with F1 =
   * 2PR/(P+R) under the conventions of {@link #of(Counts)}: 0 when P+R = 0 or when exactly one
   * of them is n/a, n/a when both are.
   */
  public static Prf of(double precision, double recall) {
    boolean noP = Double.isNaN(precision);
    boolean noR = Double.isNaN(recall);
    double f1;
    if (noP && noR) {
      f1 = Double.NaN;
    } else if (noP || noR || precision + recall == 0) {
      f1 = 0;
    } else {
      f1 = 2 * precision * recall / (precision + recall);
    }
    return new Prf(precision, recall, f1);
  }

  /** {@code num / den}, or NaN (n/a) when {@code den} is zero. */
  public static double ratio(long num, long den) {
    return den == 0 ? Double.NaN : (double) num / den;
  }

  /** Three decimals, or {@code n/a}. */
  public static String format(double v) {
    return Double.isNaN(v) ? NOT_AVAILABLE : String.format(Locale.ROOT, "%.3f", v);
  }
}
