package org.newsgraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.SearchIndex.ArticleDoc;
import org.newsgraph.store.Segments.Segment;

/**
 * A store: one data directory holding the tables (Parquet segments, the source of truth), the
 * search index derived from them, and the ingest error log. Any number of readers, in any
 * number of processes, may read while one writer commits.
 *
 * <pre>
 * DIR/segments/s00000001-00000001/articles.parquet ...   committed batches (see Segments)
 * DIR/tmp/                                               segments being written
 * DIR/index/                                             Lucene, rebuilt by 'newsgraph reindex'
 * DIR/writer.lock                                        held by the one writer
 * DIR/errors.log                                         why inputs failed, one line each
 * </pre>
 */
public final class Store {

  private Store() {}

  /** Opens a store for reading; a directory that holds no store yet reads as empty. */
  public static Reader openReader(Path dir) {
    return new Reader(dir);
  }

  /**
   * Opens a store for writing: takes the writer lock, removes what an interrupted writer left,
   * and brings the search index up to the tables (rebuilding it when an older newsgraph made it:
   * see {@link SearchIndex#LAYOUT}).
   */
  public static Writer openWriter(Path dir) {
    return new Writer(dir);
  }

  /** The reading side: SQL over the tables and full-text search. */
  public static final class Reader implements AutoCloseable {
    private final Path dir;
    private final StoreReader tables;
    private final SearchIndex index;

    private Reader(Path dir) {
      this.dir = dir;
      this.tables = new StoreReader(dir);
      this.index = SearchIndex.openReader(dir.resolve("index"));
    }

    public Path dir() {
      return dir;
    }

    public StoreReader tables() {
      return tables;
    }

    public SearchIndex index() {
      return index;
    }

    @Override
    public void close() {
      try {
        index.close();
      } finally {
        tables.close();
      }
    }
  }

  /** The writing side: commits batches, keeps the index in step, merges small segments. */
  public static final class Writer implements AutoCloseable {
    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Segments segments;
    private final SearchIndex index;

    private Writer(Path dir) {
      this.dir = dir;
      try {
        Files.createDirectories(dir);
        lockChannel =
            FileChannel.open(
                dir.resolve("writer.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
          l = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null;
        }
        if (l == null) {
          lockChannel.close();
          throw new StoreException(
              "another newsgraph process is writing to the store " + dir
                  + " (an ingest or a server); wait for it to finish, or stop it");
        }
        lock = l;
        segments = new Segments(dir);
        segments.recover();
      } catch (IOException e) {
        throw new StoreException("cannot open the store " + dir + " for writing: " + e, e);
      }
      index = SearchIndex.openWriter(dir.resolve("index"));
      if (index.layout() < SearchIndex.LAYOUT) {
        reindex(); // made by an older newsgraph: documents without what this one reads
      } else {
        catchUp();
      }
    }

    public Path dir() {
      return dir;
    }

    public SearchIndex index() {
      return index;
    }

    public Segments segments() {
      return segments;
    }

    /**
     * Commits a batch: the segment first (the commit point), then its articles in the index,
     * then merges. A crash after the segment and before the index is repaired by {@link
     * #catchUp} when the store is next opened for writing.
     */
    public Segment commit(Batch batch, List<ArticleDoc> docs) {
      try {
        Segment s = segments.commit(batch);
        index.add(docs);
        index.commit(s.last());
        while (segments.compact(10).isPresent()) {
          // merge until no ten segments of one size class are left
        }
        return s;
      } catch (IOException e) {
        throw new StoreException("cannot commit to the store " + dir + ": " + e.getMessage(), e);
      }
    }

    /** Indexes the articles of the segments the index does not hold yet. */
    void catchUp() {
      int indexed = index.indexedBatch();
      List<Segment> missing = new ArrayList<>();
      int last = 0;
      for (Segment s : segments.live()) {
        if (s.last() > indexed) {
          missing.add(s);
        }
        last = Math.max(last, s.last());
      }
      if (missing.isEmpty()) {
        return;
      }
      index.add(articleDocs(missing));
      index.commit(last);
    }

    /** Rebuilds the index from the tables; returns the number of articles indexed. */
    public int reindex() {
      List<Segment> live = segments.live();
      index.clear();
      List<ArticleDoc> docs = live.isEmpty() ? List.of() : articleDocs(live);
      index.add(docs);
      index.commit(segments.lastBatch());
      return docs.size();
    }

    @Override
    public void close() {
      try {
        index.close();
      } finally {
        try {
          lock.release();
          lockChannel.close();
        } catch (IOException e) {
          throw new StoreException("cannot release the store's writer lock: " + e, e);
        }
      }
    }

    /** Appends lines to the store's error log. */
    public void logErrors(List<String> lines) {
      if (lines.isEmpty()) {
        return;
      }
      try {
        Files.write(dir.resolve("errors.log"), lines, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new StoreException("cannot write the error log in " + dir + ": " + e, e);
      }
    }
  }

  /** What the index holds of the articles in these segments, read from their tables. */
  static List<ArticleDoc> articleDocs(List<Segment> segments) {
    String sql =
        "SELECT a.id, a.title, a.text, coalesce(a.canonical_url, a.url), a.site_name, a.language,"
            + " a.authors, a.published,"
            + " (SELECT list(DISTINCT e.corpus_id) FROM read_parquet("
            + Segments.fileList(segments, Tables.ENTITIES)
            + ") e WHERE e.article_id = a.id AND e.corpus_id IS NOT NULL)"
            + " FROM read_parquet(" + Segments.fileList(segments, Tables.ARTICLES) + ") a";
    List<ArticleDoc> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(
            new ArticleDoc(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                strings(rs.getArray(7)),
                rs.getObject(8, LocalDate.class),
                strings(rs.getArray(9))));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the articles to index: " + e.getMessage(), e);
    }
    return out;
  }

  private static List<String> strings(java.sql.Array a) throws SQLException {
    if (a == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : (Object[]) a.getArray()) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }
}
