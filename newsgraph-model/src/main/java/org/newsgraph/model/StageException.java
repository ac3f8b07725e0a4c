package org.newsgraph.model;

/**
 * A document could not be processed by a stage. The message says what went wrong; the
 * pipeline adds the document and the stage.
 */
public class StageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StageException(String message) {
    super(message);
  }

  public StageException(String message, Throwable cause) {
    super(message, cause);
  }
}
