package org.newsgraph.model;

import java.util.Objects;

/**
 * An input that cannot be analyzed: empty, binary, undecodable, too large, in an unsupported
 * language. The message names the input, the reason and what to do.
 */
public class InputException extends StageException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;

  public InputException(String input, String reason) {
    super(input + ": " + reason);
    this.input = Objects.requireNonNull(input);
    this.reason = Objects.requireNonNull(reason);
  }

  /** The input as the user named it. */
  public String input() {
    return input;
  }

  /** Why it was refused, and the remedy when there is one. */
  public String reason() {
    return reason;
  }
}
