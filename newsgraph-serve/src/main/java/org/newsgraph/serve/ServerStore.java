package org.newsgraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.newsgraph.corpus.CorpusQueries;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store as the server holds it: a reader for every request, and the writer (with the store's
 * writer lock) when ingest is on and no other process holds the lock. The handlers of all endpoints
 * go through this one object.
 */
final class ServerStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServerStore.class);

  /** Time limit of the server's own table queries (CorpusQueries has its own, also 10 s). */
  static final Duration QUERY_TIME = Duration.ofSeconds(10);

  private final Path dir;
  private final boolean ingest;
  private Store.Writer writer; // guarded by this
  private String writerProblem; // guarded by this; why there is no writer
  private final Store.Reader reader;
  private final CorpusQueries queries;

  /**
   * Opens the store: for writing first when ingest is on (that creates an empty store), then for
   * reading. A store another process writes to is served read-only, and says why.
   */
  ServerStore(Path dir, boolean ingest) {
    this.dir = dir;
    this.ingest = ingest;
    if (ingest) {
      tryOpenWriter();
      if (writer == null) {
        LOG.warn("serving {} read-only: {}", dir, writerProblem);
      }
    } else {
      writerProblem = "the server was started with --no-ingest";
    }
    if (!Files.isDirectory(dir.resolve("segments")) && writer == null) {
      throw new StoreException(
          "there is no store in "
              + dir.toAbsolutePath().normalize()
              + " yet; run 'newsgraph ingest PATH --store "
              + dir
              + "' first, or serve it with ingest on");
    }
    try {
      reader = Store.openReader(dir);
    } catch (RuntimeException e) {
      if (writer != null) {
        writer.close();
      }
      throw e;
    }
    queries = new CorpusQueries(reader.tables());
  }

  private synchronized void tryOpenWriter() {
    try {
      writer = Store.openWriter(dir);
      writerProblem = null;
    } catch (StoreException e) {
      writerProblem = e.getMessage();
    }
  }

  Path dir() {
    return dir;
  }

  StoreReader tables() {
    return reader.tables();
  }

  SearchIndex index() {
    return reader.index();
  }

  CorpusQueries queries() {
    return queries;
  }

  boolean ingestEnabled() {
    return ingest;
  }

  /**
   * The writer, opened now if another process held the lock before and has let it go; a 409 saying
   * who holds it otherwise.
   */
  synchronized Store.Writer requireWriter() {
    if (writer == null && ingest) {
      tryOpenWriter();
    }
    if (writer == null) {
      throw new ApiException(409, "this server cannot write to the store: " + writerProblem, null);
    }
    return writer;
  }

  /** "writer" (ingest can run), "read-only" (another process writes) or "disabled". */
  synchronized String mode() {
    return !ingest ? "disabled" : writer != null ? "writer" : "read-only";
  }

  /** Why ingest cannot run now, or null. */
  synchronized String writerProblem() {
    return writerProblem;
  }

  long articles() {
    List<Object> row =
        reader
            .tables()
            .query("SELECT count(*) FROM articles", List.of(), 1, QUERY_TIME)
            .rows()
            .get(0);
    return ((Number) row.get(0)).longValue();
  }

  @Override
  public synchronized void close() {
    try {
      reader.close();
    } finally {
      if (writer != null) {
        writer.close();
        writer = null;
      }
    }
  }

  /** Closes the reader only: for a writer still used by a job that would not stop. */
  synchronized void closeReaderOnly() {
    reader.close();
  }
}
