package org.newsgraph.ingest.sources;

import java.io.IOException;

/** A source of one input: a page file, a text file, a page at a URL. */
final class OneItemSource implements Source {

  /** Reads the item when it is asked for, not before. */
  interface Reader {
    SourceItem read() throws IOException;
  }

  private final String description;
  private final long totalBytes;
  private final Reader reader;
  private boolean done;

  OneItemSource(String description, long totalBytes, Reader reader) {
    this.description = description;
    this.totalBytes = totalBytes;
    this.reader = reader;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public SourceItem next() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    return reader.read();
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public long bytesRead() {
    return done ? Math.max(0, totalBytes) : 0;
  }

  @Override
  public void close() {
    done = true;
  }
}
