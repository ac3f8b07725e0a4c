package org.newsgraph.eval;

/** A share: {@code correct} out of {@code total}; n/a (NaN) when {@code total} is zero. */
public record Accuracy(long correct, long total) {

  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy {
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException("invalid accuracy " + correct + "/" + total);
    }
  }

  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, total + o.total);
  }

  public double value() {
    return Prf.ratio(correct, total);
  }
}
