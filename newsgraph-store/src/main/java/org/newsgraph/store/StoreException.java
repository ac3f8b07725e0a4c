package org.newsgraph.store;

/** A store that cannot be read or written, with the reason and, where there is one, the fix. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
