package org.newsgraph.eval;

/** A record the system could not process, with the reason; it scores as empty output. */
public final class RecordFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordFailure(String reason) {
    super(reason);
  }
}
