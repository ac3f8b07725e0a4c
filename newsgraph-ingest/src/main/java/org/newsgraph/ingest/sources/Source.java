package org.newsgraph.ingest.sources;

import java.io.IOException;

/**
 * A lazy stream of inputs from one argument of {@code newsgraph ingest}: a folder, a file of many
 * inputs (WARC, JSONL, a feed) or one page. Opened with {@link Sources#open}; {@link #next} is
 * called by one thread at a time ({@link #bytesRead} may be polled from another, for progress);
 * close it when done.
 */
public interface Source extends AutoCloseable {

  /** What the source is, for progress lines: "folder /x (1,234 files)", "WARC /y.warc.gz". */
  String describe();

  /**
   * The next item, or {@code null} at the end. Never throws for a bad input item: that becomes a
   * failed item. Throws only when the source as a whole cannot be used (then with a message that
   * names it and the reason).
   */
  SourceItem next() throws IOException;

  /** Bytes of the source's files, or -1 when unknown (feeds, pages): for a progress estimate. */
  long totalBytes();

  /** Bytes of the source's files consumed so far (compressed bytes for compressed files). */
  long bytesRead();

  @Override
  void close() throws IOException;
}
