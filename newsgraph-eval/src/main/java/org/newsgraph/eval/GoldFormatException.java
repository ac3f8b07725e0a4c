package org.newsgraph.eval;

import java.nio.file.Path;

/**
 * A gold file that does not follow FORMATS.md: the message names the file, the line (when the
 * problem is on one) and what is wrong.
 */
public final class GoldFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Path file;
  private final int line;

  /** @param line 1-based line number, or 0 when the problem concerns the whole file */
  public GoldFormatException(Path file, int line, String reason) {
    this(file, line, reason, null);
  }

  public GoldFormatException(Path file, int line, String reason, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** 1-based line number, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
