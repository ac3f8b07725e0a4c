package org.newsgraph.ingest.sources;

import java.io.IOException;
import java.util.Objects;

/**
 * A source that cannot be used as a whole: a missing path, a feed that does not parse, a file of a
 * kind {@code newsgraph ingest} does not read. The message names the source and the reason.
 */
public class SourceException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  public SourceException(String source, String reason) {
    super(source + ": " + reason);
    this.source = Objects.requireNonNull(source);
    this.reason = Objects.requireNonNull(reason);
  }

  /** The source as the user named it. */
  public String source() {
    return source;
  }

  /** Why it cannot be used, and the remedy when there is one. */
  public String reason() {
    return reason;
  }
}
