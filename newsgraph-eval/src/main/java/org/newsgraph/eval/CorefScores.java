package org.newsgraph.eval;

/**
 * The three coreference metrics of one comparison (FORMATS.md §11).
 *
 * @param muc link-based MUC
 * @param bCubed mention-based B³
 * @param ceafE entity-based CEAF-e (φ4)
 */
public record CorefScores(Prf muc, Prf bCubed, Prf ceafE) {

  /**
   * CoNLL: the mean of the three precisions, of the three recalls and of the three F1 (the F1 is
   * the mean of the F1s, not the harmonic mean of the mean P and R); n/a when any part is.
   */
  public Prf conll() {
    return new Prf(
        mean(muc.precision(), bCubed.precision(), ceafE.precision()),
        mean(muc.recall(), bCubed.recall(), ceafE.recall()),
        mean(muc.f1(), bCubed.f1(), ceafE.f1()));
  }

  private static double mean(double a, double b, double c) {
    return (a + b + c) / 3;
  }
}
