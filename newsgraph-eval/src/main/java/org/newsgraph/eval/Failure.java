package org.newsgraph.eval;

/**
 * A record the system could not process; it scored as empty output.
 *
 * @param id the record id
 * @param line the record's line in the gold file
 * @param reason why, in one line
 */
public record Failure(String id, int line, String reason) {

  @Override
  public String toString() {
    return "record '" + id + "' (line " + line + "): " + reason;
  }
}
